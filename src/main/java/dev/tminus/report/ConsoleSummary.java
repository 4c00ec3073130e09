package dev.tminus.report;

/**
 * The lines printed at the end of {@code mvn verify}: one per area, the verdict, then the blockers,
 * each with its whole reason (expected, actual, next step; see {@link Reasons}).
 */
public final class ConsoleSummary {

    static final int MAX_BLOCKERS = 20;

    private ConsoleSummary() {
    }

    public static String render(Readiness r) {
        StringBuilder out = new StringBuilder();
        out.append("T-Minus readiness — env ").append(r.env()).append(", release ").append(r.release())
                .append(", T0 ").append(r.t0()).append(", phase ").append(r.phase());
        if (!r.vantages().isEmpty()) {
            out.append(", vantage ").append(r.vantageText());
        }
        out.append('\n');
        for (String tag : r.areas()) {
            out.append(String.format("  %-12s %3d ready  %3d not ready  %3d could not check  %3d waived",
                    tag, r.count(tag, Outcome.PASSED), r.count(tag, Outcome.FAILED), r.count(tag, Outcome.BROKEN),
                    r.count(tag, Outcome.WAIVED)));
            for (Outcome skip : Outcome.SKIPS) { // the kinds of skip that occur, and always "not configured"
                if (skip == Outcome.NOT_CONFIGURED || r.count(tag, skip) > 0) {
                    out.append(String.format("  %3d %s", r.count(tag, skip), skip.label()));
                }
            }
            out.append('\n');
        }
        r.escalation().ifPresent(e -> out.append("  golden hour: ").append(e.headline()).append('\n'));
        r.warnings().forEach(w -> out.append("  warning: ").append(w).append('\n'));
        out.append("VERDICT: ").append(r.verdict().words()).append(" — ").append(r.headline()).append('\n');
        int shown = 0;
        for (ReadinessItem b : r.blockers()) {
            if (shown++ == MAX_BLOCKERS) {
                out.append("  … and ").append(r.blockers().size() - MAX_BLOCKERS).append(" more in reports/readiness.md\n");
                break;
            }
            out.append("  ").append(b.outcome().words()).append(" [").append(b.severity()).append("] ")
                    .append(b.idOrDash()).append(' ').append(b.item()).append(ReadinessMarkdown.redAt(b));
            if (!b.owner().isEmpty()) {
                out.append(" (owner ").append(b.owner()).append(')');
            }
            out.append("\n      ").append(b.reason()).append('\n');
        }
        return out.toString();
    }
}
