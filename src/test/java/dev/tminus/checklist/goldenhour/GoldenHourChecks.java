package dev.tminus.checklist.goldenhour;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.check.Check;
import dev.tminus.checklist.GoldenHourChecklist;
import dev.tminus.golden.Escalation;
import dev.tminus.golden.EscalationFile;
import dev.tminus.golden.HttpProbeClient;
import dev.tminus.golden.ObservationWindow;
import dev.tminus.golden.ReleaseSilence;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.alerting.AlertingHttp;
import dev.tminus.alerting.AlertmanagerProbe;
import dev.tminus.profile.Secrets;
import dev.tminus.golden.SloVerdict;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.GoldenHour;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The golden three hours after launch: the SLOs stay within bounds over the window, the probes came
 * up in time and keep answering, the release silences have expired, no protected alert fired, and
 * no breach calls for paging or rolling back.
 */
@GoldenHourChecklist
@ExtendWith(GoldenHourFacts.Resolver.class)
@Severity(SeverityLevel.BLOCKER)
class GoldenHourChecks {

    /**
     * The SLO's query, evaluated over {@code [start, min(now, start + window)]} at {@code step}, stays
     * within {@code min}/{@code max}, allowing {@code maxBreaches} points outside. No series, NaN
     * points or a query error is COULD NOT CHECK, never a pass.
     *
     * <p>If this fails: look at the attached chart and breaching points, compare with the release's
     * rollout timeline, and follow the SLO's escalation level (L1 annotate, L2 page, L3 roll back).
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GoldenHourItems.Slos.class)
    @Check(id = "GH-01", claim = "each SLO stays within its bounds over the golden hour")
    void slo_stays_within_bounds(GoldenHour.Slo slo, GoldenHourFacts facts) {
        SloVerdict verdict = facts.verdict(slo);
        ObservationWindow w = facts.startedWindow();
        String where = facts.prometheus().where();
        GoldenHourEvidence.slo(verdict, where);
        assertThat(verdict.breaches().size())
                .withFailMessage(() -> GoldenHourMessages.sloBreached(verdict, w, where, facts.rerun()))
                .isLessThanOrEqualTo(slo.maxBreaches());
        if (verdict.inconclusive()) {
            throw new ProbeException(GoldenHourMessages.sloWithoutValue(verdict, w, where, facts.rerun()));
        }
    }

    /**
     * The URL answers the expected status within {@code within} after the golden hour's start, and
     * keeps answering once up. Polls with a bounded interval; each request has the profile's timeout.
     *
     * <p>If this fails: look at the service's log, its readiness endpoint and its dependencies
     * (database pools, Redis), and at the load balancer's health checks.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GoldenHourItems.Probes.class)
    @Check(id = "GH-02", claim = "each probe comes up within its deadline and keeps answering")
    void probe_comes_up_and_keeps_answering(GoldenHour.HttpProbe probe, GoldenHourFacts facts) {
        ObservationWindow w = facts.startedWindow();
        ProbeWatch watch = new ProbeWatch(probe, new HttpProbeClient(facts.goldenHour.timeout(), Clock.systemUTC()),
                facts.goldenHour.timeout(), facts.rerun());
        watch.awaitUp(w.start(), Instant.now());
        watch.awaitStillUp();
    }

    /**
     * Once the planned silence window ({@code startsBy + duration}) is over, no silence carrying
     * {@code launch.release} still mutes alerts past the plan plus {@code tolerance}. Before then the
     * item is skipped: the silences may rightly still be active.
     *
     * <p>If this fails: expire the listed silences in Alertmanager, and fix the pipeline step that
     * creates them so their end matches the plan.
     */
    @Test
    @Check(id = "GH-03", claim = "release silences have expired after the planned silence window")
    void release_silences_expired(GoldenHourFacts facts) {
        Alerting alerting = facts.profile.alerting().orElse(null);
        if (alerting == null) {
            Assumptions.abort("not configured: the alerting section is absent");
        }
        Alerting.SilencePlan plan = alerting.silence().orElse(null);
        if (plan == null) {
            Assumptions.abort("not configured: alerting.silence is absent");
        }
        Instant planEnd = plan.startsBy().resolve(facts.profile.launch().at()).plus(plan.duration());
        Instant now = Instant.now();
        if (now.isBefore(planEnd)) {
            Assumptions.abort(GoldenHourMessages.windowNotOver(planEnd, plan.startsBy().toString(), plan.duration()));
        }
        var alertmanager = new AlertmanagerProbe(new AlertingHttp("Alertmanager", alerting.alertmanager(), alerting));
        String where = Secrets.mask(alerting.alertmanager().toString());
        String release = facts.profile.launch().release();
        List<ReleaseSilence> ofRelease = alertmanager.silences().stream().map(ReleaseSilence::of)
                .filter(s -> s.comment().contains(release)).toList();
        GoldenHourEvidence.silences(ofRelease);
        List<ReleaseSilence> muting = ofRelease.stream()
                .filter(s -> s.mutes() && s.endsAt().isAfter(planEnd.plus(plan.tolerance()))).toList();
        assertThat(muting).withFailMessage(() -> GoldenHourMessages.silencesStillMuting(release, where,
                planEnd, plan.tolerance(), muting, facts.rerun())).isEmpty();
    }

    /**
     * No alert matching a protected label set ({@code alerting.silence.protected}) fired during the
     * window, read from Prometheus' {@code ALERTS} series over the range.
     *
     * <p>If this fails: a P0 alert fired after launch; follow its runbook and decide on rollback.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(GoldenHourItems.Protected.class)
    @Check(id = "GH-04", claim = "no protected alert fired during the golden hour")
    void no_protected_alert_fired(Map<String, String> protectedSet, GoldenHourFacts facts) {
        SeriesWindow history = facts.alertHistory(protectedSet);
        ObservationWindow w = facts.startedWindow();
        String where = facts.prometheus().where();
        Evidence.attach("ALERTS history", GoldenHourEvidence.table(history, where));
        assertThat(history.series()).withFailMessage(() -> GoldenHourMessages.protectedFired(protectedSet, w, where,
                history, facts.rerun())).isEmpty();
    }

    /**
     * Groups the SLO breaches by their escalation level and names the highest reached, in the report
     * and in {@code target/tminus/escalation.json} for the readiness summary. Fails when a breach
     * calls for paging (L2) or rolling back (L3); L1 breaches are annotations.
     *
     * <p>If this fails: act on the level named — L3: roll the release back; L2: page the on-call.
     */
    @Test
    @Check(id = "GH-05", claim = "no SLO breach escalates to paging or rollback")
    void no_breach_escalates(GoldenHourFacts facts) {
        Escalation escalation = facts.escalation();
        EscalationFile.write(Path.of(System.getProperty("tminus.basedir", ".")).resolve(EscalationFile.DEFAULT),
                escalation);
        GoldenHourEvidence.escalation(escalation);
        boolean rollBack = escalation.highest().filter(l -> l == GoldenHour.Level.L3).isPresent();
        assertThat(rollBack).withFailMessage(() -> GoldenHourMessages.escalated(escalation, facts.rerun())).isFalse();
        escalation.slos().stream().filter(e -> e.state() == Escalation.State.INCONCLUSIVE).findFirst().ifPresent(e -> {
            throw new ProbeException("Cannot tell how far the golden hour escalates: SLO \"" + e.slo()
                    + "\" could not be judged (" + e.reason() + ").\nFix that first (see GH-01), then re-run: "
                    + facts.rerun());
        });
        assertThat(escalation.highest()).withFailMessage(() -> GoldenHourMessages.escalated(escalation, facts.rerun()))
                .isNotEqualTo(java.util.Optional.of(GoldenHour.Level.L2));
    }
}
