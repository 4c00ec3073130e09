package dev.tminus.checklist.goldenhour;

import dev.tminus.golden.Escalation;
import dev.tminus.golden.HttpAnswer;
import dev.tminus.golden.Numbers;
import dev.tminus.golden.ObservationWindow;
import dev.tminus.golden.ReleaseSilence;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.golden.SloVerdict;
import dev.tminus.profile.Durations;
import dev.tminus.profile.GoldenHour;
import dev.tminus.profile.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The golden hour's failure messages, in the AssertJ shape and in operator language. */
final class GoldenHourMessages {

    static final int LISTED = 10;

    private GoldenHourMessages() {
    }

    static String sloBreached(SloVerdict v, ObservationWindow w, String prometheus, String rerun) {
        GoldenHour.Slo slo = v.slo();
        SloVerdict.Breach worst = v.worst().orElseThrow();
        StringBuilder m = new StringBuilder()
                .append("Expecting SLO \"").append(slo.name()).append("\" to stay ").append(v.boundText())
                .append(" over ").append(w.describe()).append(",\n  allowing ").append(slo.maxBreaches())
                .append(" points outside,\nbut ").append(v.breaches().size()).append(" points were outside; the worst was ")
                .append(Numbers.format(worst.value())).append(" at ").append(worst.at()).append(' ').append(worst.series())
                .append(":\n");
        v.breaches().stream().limit(LISTED).forEach(b -> m.append("  ").append(b.at()).append("  ")
                .append(Numbers.format(b.value())).append("  ").append(b.series()).append('\n'));
        if (v.breaches().size() > LISTED) {
            m.append("  … ").append(v.breaches().size() - LISTED).append(" more in the attached breaches\n");
        }
        return m.append("Query on Prometheus at ").append(prometheus).append(":\n  ").append(slo.query()).append('\n')
                .append("A breach of this SLO escalates to ").append(Escalation.advice(slo.level())).append(".\n")
                .append("Look at the attached chart and series, then re-run: ").append(rerun).toString();
    }

    static String sloWithoutValue(SloVerdict v, ObservationWindow w, String prometheus, String rerun) {
        return "SLO \"" + v.slo().name() + "\" could not be judged over " + w.describe() + ":\n  "
                + v.nanPoints() + " of " + v.window().pointCount() + " points were NaN (no value, e.g. 0/0 without traffic)"
                + " on Prometheus at " + prometheus + " for\n  " + v.slo().query() + "\n"
                + "No data is never healthy: check that traffic reaches the service and that the query's denominator"
                + " cannot be zero, then re-run: " + rerun;
    }

    static String probeNeverAnswered(GoldenHour.HttpProbe p, Instant start, HttpAnswer last, int attempts, String rerun) {
        return "Expecting " + p.name() + " at " + Secrets.mask(p.url().toString()) + "\n  to answer " + p.status()
                + " within " + Durations.format(p.within()) + " after " + start + " (the golden hour's start)"
                + " and keep answering\nbut it answered " + last.status() + " \"" + last.body() + "\" (last at "
                + last.at() + ", " + attempts + " attempts).\n"
                + "Look at the service's log and its readiness, then re-run: " + rerun;
    }

    static String probeStoppedAnswering(GoldenHour.HttpProbe p, HttpAnswer good, HttpAnswer then, String rerun) {
        return "Expecting " + p.name() + " at " + Secrets.mask(p.url().toString()) + "\n  to keep answering "
                + p.status() + " once up\nbut after " + good.status() + " at " + good.at() + " it answered "
                + then.status() + " \"" + then.body() + "\" at " + then.at() + ".\n"
                + "The service is flapping: look at its log and restarts, then re-run: " + rerun;
    }

    static String silencesStillMuting(String release, String alertmanager, Instant planEnd, Duration tolerance,
                                      List<ReleaseSilence> muting, String rerun) {
        String list = muting.stream().map(s -> "  " + s.id() + " " + s.state() + " until " + s.endsAt() + " "
                + s.matchers() + " by " + s.createdBy()).collect(Collectors.joining("\n"));
        return "Expecting the release silences of " + release + " on Alertmanager at " + alertmanager
                + "\n  to have expired by " + planEnd.plus(tolerance) + " (planned window ended " + planEnd
                + ", tolerance " + Durations.format(tolerance) + ")\nbut " + muting.size() + " still mute"
                + (muting.size() == 1 ? "s" : "") + " alerts:\n" + list + "\n"
                + "Expire them (amtool silence expire ID) so alerts reach people again, then re-run: " + rerun;
    }

    static String protectedFired(Map<String, String> set, ObservationWindow w, String prometheus,
                                 SeriesWindow history, String rerun) {
        String list = history.series().stream().map(s -> "  " + s.labelText() + " firing from "
                + s.points().get(0).at() + " to " + s.points().get(s.points().size() - 1).at()
                + " (" + s.points().size() + " points)").collect(Collectors.joining("\n"));
        return "Expecting no alert matching the protected set " + ProtectedAlerts.text(set)
                + "\n  to fire during the golden hour " + w.describe() + "\nbut these fired on Prometheus at "
                + prometheus + ":\n" + list + "\n"
                + "A protected (P0) alert fired after launch: follow its runbook, then re-run: " + rerun;
    }

    static String escalated(Escalation e, String rerun) {
        StringBuilder m = new StringBuilder("Expecting no golden-hour SLO breach to escalate beyond L1 (annotate)\n")
                .append("but the highest level reached is ").append(e.summary()).append(":\n");
        e.breachesByLevel().forEach((level, entries) -> entries.forEach(x -> m.append("  ").append(level).append(' ')
                .append(x.slo()).append(": ").append(x.breaches()).append(" points outside ").append(x.bound())
                .append(", worst ").append(x.worst().map(Numbers::format).orElse("?")).append('\n')));
        String action = e.highest().orElseThrow() == GoldenHour.Level.L3
                ? "Roll back release " + e.release() + " (the plan's L3 action)"
                : "Page the on-call (the plan's L2 action)";
        return m.append(action).append(", then re-run: ").append(rerun).toString();
    }

    /** GH-03 before the planned silence window ends: not due yet, with when it will be. */
    static String windowNotOver(Instant planEnd, String startsBy, Duration duration) {
        return dev.tminus.report.Outcome.NOT_DUE_YET.reason("the planned silence window ends at " + planEnd + " (" + startsBy + " + ")
                + Durations.format(duration) + "); release silences may mute until then, GH-03 checks them after";
    }
}
