package dev.tminus.report;

import java.util.List;
import java.util.stream.Collectors;

/** What the words of the readiness summary mean: the same legend in every format. */
public final class ReadinessLegend {

    public static final String BLOCKERS = "Blockers are the items that keep the verdict from READY: NOT READY"
            + " (a fact contradicts the plan) and COULD NOT CHECK (no answer: unknown is not ready), most severe"
            + " first. Each stays a blocker until it is fixed or waived.";

    public static final String SEVERITY = "Severity, set by each check: blocker = launching with it broken breaks"
            + " the launch for players (a name that does not resolve, a certificate not trusted, a database"
            + " out of connections); critical = players are hurt or the team is blind (slow answers, a muted"
            + " alert), the launch itself still works; normal = degraded, contained.";

    public static final String SKIPS = "Skipped items were not judged in this run: not due yet = their time has"
            + " not come (the golden hour before T0, GH-03 before the silence window ends); not required = the"
            + " profile makes them optional; not applicable = nothing of the kind to check there; not configured"
            + " = the profile leaves them out.";

    private ReadinessLegend() {
    }

    /** {@code ✅ ready · ❌ not ready · …}: the symbols of the tables. */
    public static String symbols() {
        return Outcome.COLUMNS.stream().map(o -> o.symbol() + " " + o.label()).collect(Collectors.joining(" · "));
    }

    /** The three paragraphs, in order. */
    public static List<String> paragraphs() {
        return List.of(BLOCKERS, SEVERITY, SKIPS);
    }
}
