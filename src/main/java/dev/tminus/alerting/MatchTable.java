package dev.tminus.alerting;

import java.util.List;
import java.util.Map;

/**
 * The matcher evaluation as a small table, for the report: for each silence and label set, each
 * matcher's verdict with its reason, and whether the silence mutes the label set.
 */
public final class MatchTable {

    private MatchTable() {
    }

    /** One table: every silence against one label set (a planned alert, a protected set or a loaded rule). */
    public static String of(String subject, Map<String, String> labels, List<Silence> silences) {
        StringBuilder out = new StringBuilder();
        out.append(subject).append(' ').append(LabelSets.format(labels)).append('\n');
        if (silences.isEmpty()) {
            return out.append("  (no active or pending silence)\n").toString();
        }
        for (Silence silence : silences) {
            out.append(String.format("  silence %s [%s, %s → %s] %s%n", silence.id(), silence.state(),
                    silence.startsAt(), silence.endsAt(), silence.mutes(labels) ? "MUTES" : "does not mute"));
            for (Matcher matcher : silence.matchers()) {
                out.append("    ").append(matcher.matches(labels) ? "✔ " : "✘ ").append(matcher.explain(labels)).append('\n');
            }
        }
        return out.toString();
    }
}
