package dev.tminus.checklist.silence;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.alerting.Silence;
import dev.tminus.alerting.SilenceWindow;
import dev.tminus.check.Check;
import dev.tminus.checklist.SilenceChecklist;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Profile;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

/**
 * The silence audit of the seed ("planned 75 min, actually 68"): release silences are attributable and
 * follow the plan. A release silence is an active or pending silence whose comment names the release,
 * or that mutes a planned alert.
 */
@SilenceChecklist
@ExtendWith(AlertingFactsResolver.class)
class ReleaseSilenceAuditChecks {

    /**
     * SIL-04: every release silence names {@code launch.release} in its comment and has an author
     * ({@code createdBy}), so the audit can tell who muted what for which release.
     *
     * <p>If this fails: who created the named silence (Alertmanager's UI shows it); recreate it from
     * the pipeline with the release id.
     */
    @Test
    @Check(id = "SIL-04", item = "release silences", claim = "name the release and an author", where = "alertmanager")
    @Severity(SeverityLevel.NORMAL)
    void release_silences_name_release_and_author(AlertingFacts facts, Profile profile) {
        String release = profile.launch().release();
        List<Silence> silences = releaseSilences(facts, profile);
        List<String> findings = new ArrayList<>();
        for (Silence s : silences) {
            boolean named = s.comment().contains(release);
            boolean authored = !s.createdBy().isBlank();
            if (!named || !authored) {
                findings.add("silence " + s.label() + (named ? "" : " does not name release " + release
                        + " (comment: \"" + s.comment() + "\")") + (named || authored ? "" : " and") + (authored ? "" : " has no author"));
            }
        }
        assertThat(findings).withFailMessage(() -> SilenceMessages.unattributed(release,
                facts.alerting().alertmanager().toString(), findings, profile)).isEmpty();
    }

    /**
     * SIL-05: no release silence lasts longer than {@code maxDuration}; each starts within
     * {@code tolerance} of {@code max(planned start, its creation)} and ends within {@code tolerance}
     * of the planned end.
     *
     * <p>If this fails: the window the pipeline computed (time zone, duration unit) against the plan.
     */
    @Test
    @Check(id = "SIL-05", item = "release silences", claim = "follow the planned window, none too long",
            where = "alertmanager")
    @Severity(SeverityLevel.CRITICAL)
    void release_silences_follow_the_plan(AlertingFacts facts, Profile profile) {
        SilenceWindow window = SilenceWindow.of(plan(facts), profile.launch().at());
        List<String> findings = new ArrayList<>();
        for (Silence s : releaseSilences(facts, profile)) {
            List<String> deviations = window.deviations(s);
            if (!deviations.isEmpty()) {
                findings.add("silence " + s.label() + " " + String.join(" and ", deviations));
            }
        }
        assertThat(findings).withFailMessage(() -> SilenceMessages.offPlan(window,
                facts.alerting().alertmanager().toString(), findings, profile)).isEmpty();
    }

    private static Alerting.SilencePlan plan(AlertingFacts facts) {
        return facts.alerting().silence().orElseGet(() -> {
            Assumptions.abort("not configured: alerting.silence is absent");
            return null;
        });
    }

    private static List<Silence> releaseSilences(AlertingFacts facts, Profile profile) {
        Alerting.SilencePlan plan = plan(facts);
        String release = profile.launch().release();
        List<Silence> silences = facts.liveSilences().stream()
                .filter(s -> s.comment().contains(release) || plan.alerts().stream().anyMatch(s::mutes)).toList();
        Evidence.attach("release silences", silences.isEmpty() ? "(none)" : silences.stream()
                .map(s -> s.label() + " [" + s.state() + "] " + s.startsAt() + " → " + s.endsAt() + " (updated "
                        + s.updatedAt() + "): \"" + s.comment() + "\"").collect(Collectors.joining("\n")));
        silences.forEach(s -> Evidence.attachJson("silence " + s.id(), s.json()));
        if (silences.isEmpty()) {
            Assumptions.abort("not applicable: no active or pending release silence to audit"
                    + " (SIL-02 reports missing coverage)");
        }
        return silences;
    }
}
