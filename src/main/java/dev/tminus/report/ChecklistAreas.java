package dev.tminus.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checklist areas in the seed checklist's order (the same as the checklist's {@code Tags.ALL};
 * a self-test keeps the two equal), their names for people, and the check id prefix of each.
 */
public final class ChecklistAreas {

    public static final List<String> ORDER = List.of("dns", "tls", "db", "silence", "golden-hour");
    public static final String UNTAGGED = "untagged";
    private static final Map<String, String> BY_PREFIX = Map.of(
            "DNS", "dns", "TLS", "tls", "DB", "db", "SIL", "silence", "GH", "golden-hour");
    private static final Map<String, String> NAMES = Map.of(
            "dns", "DNS warm-up", "tls", "Certificate renewal", "db", "DB connection-pool expansion",
            "silence", "Monitoring silence period", "golden-hour", "Golden three hours");

    private ChecklistAreas() {
    }

    /** The area of a check id ({@code SIL-03} → {@code silence}). */
    public static Optional<String> tagOf(String checkId) {
        int dash = checkId == null ? -1 : checkId.indexOf('-');
        return dash < 0 ? Optional.empty() : Optional.ofNullable(BY_PREFIX.get(checkId.substring(0, dash)));
    }

    /** The area's name for people ({@code dns} → {@code DNS warm-up}). */
    public static String title(String tag) {
        return NAMES.getOrDefault(tag, tag);
    }

    /** Sort position: seed order, anything unknown last. */
    public static int position(String tag) {
        int i = ORDER.indexOf(tag);
        return i < 0 ? ORDER.size() : i;
    }
}
