package dev.tminus.checklist.goldenhour;

import dev.tminus.golden.Escalation;
import dev.tminus.golden.Numbers;
import dev.tminus.golden.ReleaseSilence;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.golden.SloChart;
import dev.tminus.golden.SloVerdict;
import dev.tminus.report.Evidence;
import java.util.List;

/** What the golden hour's checks attach to the report: the query, the series, the chart, the breaches. */
final class GoldenHourEvidence {

    private GoldenHourEvidence() {
    }

    static String table(SeriesWindow w, String prometheus) {
        StringBuilder t = new StringBuilder("query on Prometheus at ").append(prometheus).append(":\n  ")
                .append(w.query()).append("\nwindow ").append(w.start()).append(" … ").append(w.end())
                .append(", step ").append(w.step().toSeconds()).append("s, ").append(w.series().size()).append(" series\n");
        for (SeriesWindow.Series s : w.series()) {
            t.append("\nseries ").append(s.labelText()).append(" (").append(s.points().size()).append(" points)\n");
            s.points().forEach(p -> t.append("  ").append(p.at()).append("  ").append(Numbers.format(p.value())).append('\n'));
        }
        return t.toString();
    }

    static void slo(SloVerdict v, String prometheus) {
        Evidence.attach(v.slo().name() + " · query and series", table(v.window(), prometheus));
        Evidence.attachPng(v.slo().name() + " · chart", SloChart.png(v.slo().name() + " · " + v.boundText(),
                v.window(), v.slo().min(), v.slo().max(), v.breaches()));
        if (!v.breaches().isEmpty()) {
            StringBuilder b = new StringBuilder("points outside ").append(v.boundText()).append(" (")
                    .append(v.breaches().size()).append(", ").append(v.slo().maxBreaches()).append(" allowed)\n");
            v.breaches().forEach(x -> b.append("  ").append(x.at()).append("  ").append(Numbers.format(x.value()))
                    .append("  ").append(x.series()).append('\n'));
            Evidence.attach(v.slo().name() + " · breaches", b.toString());
        }
    }

    static void silences(List<ReleaseSilence> silences) {
        StringBuilder t = new StringBuilder("id | state | startsAt | endsAt | createdBy | matchers | comment\n");
        silences.forEach(s -> t.append(String.join(" | ", s.id(), s.state(), s.startsAt().toString(),
                s.endsAt().toString(), s.createdBy(), s.matchers(), s.comment())).append('\n'));
        Evidence.attach("release silences", t.toString());
    }

    static void escalation(Escalation e) {
        StringBuilder t = new StringBuilder(e.summary()).append("\n\nlevel | SLO | state | points outside | bound | worst\n");
        e.slos().forEach(x -> t.append(String.join(" | ", x.level().name(), x.slo(), x.state().name(),
                x.breaches() + " (" + x.maxBreaches() + " allowed)", x.bound(),
                x.worst().map(Numbers::format).orElse("-"))).append(x.reason().isEmpty() ? "" : " | " + x.reason())
                .append('\n'));
        Evidence.attach("escalation by level", t.toString());
    }
}
