package dev.tminus.report;

import java.util.List;

/**
 * One checklist item of the verdict, merged over every vantage it was checked from.
 *
 * @param epic     the area's name for people ({@code DNS warm-up})
 * @param redAt    the vantages where it was red (empty for a single-place run, or when it was not red)
 * @param vantages every vantage it was checked from
 */
public record ReadinessItem(String checkId, String tag, String epic, String name, String item, Outcome outcome, String reason,
                            String severity, String owner, List<String> redAt, List<String> vantages) {

    public ReadinessItem {
        redAt = List.copyOf(redAt);
        vantages = List.copyOf(vantages);
    }

    /** Rank of the severity, most severe first (blocker, critical, normal, minor, trivial). */
    public int severityRank() {
        int i = List.of("blocker", "critical", "normal", "minor", "trivial").indexOf(severity);
        return i < 0 ? 2 : i;
    }

    /** The check id, or a dash for a result that stands for a whole class. */
    public String idOrDash() {
        return checkId.isEmpty() ? "—" : checkId;
    }
}
