package dev.tminus.checklist;

import java.util.List;

/**
 * The checklist areas. Constants, because JUnit only warns about a malformed tag and then drops it.
 * {@link #ALL} is in the seed checklist's order, which reports follow.
 */
public final class Tags {

    public static final String DNS = "dns";
    public static final String TLS = "tls";
    public static final String DB = "db";
    public static final String SILENCE = "silence";
    public static final String GOLDEN_HOUR = "golden-hour";

    public static final List<String> ALL = List.of(DNS, TLS, DB, SILENCE, GOLDEN_HOUR);

    private Tags() {
    }

    /** The Allure epic, i.e. the checklist area's name for people. */
    public static String epic(String tag) {
        return switch (tag) {
            case DNS -> "DNS warm-up";
            case TLS -> "Certificate renewal";
            case DB -> "DB connection-pool expansion";
            case SILENCE -> "Monitoring silence period";
            case GOLDEN_HOUR -> "Golden three hours";
            default -> throw new IllegalArgumentException("unknown tag " + tag);
        };
    }
}
