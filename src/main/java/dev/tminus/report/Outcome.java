package dev.tminus.report;

/**
 * What one checklist item came to, as a manager reads it. {@link #WAIVED} is a failure the profile
 * accepts until a date; {@link #SKIPPED} is an item the profile does not configure.
 */
public enum Outcome {
    FAILED("❌", "NOT READY"),
    BROKEN("⚠", "COULD NOT CHECK"),
    WAIVED("⏸", "WAIVED"),
    PASSED("✅", "READY"),
    SKIPPED("–", "NOT CONFIGURED");

    private final String symbol;
    private final String words;

    Outcome(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    /** The table symbol: ✅ ❌ ⚠ – ⏸. */
    public String symbol() {
        return symbol;
    }

    /** The same in words, for media without those glyphs (the PDF, a plain terminal). */
    public String words() {
        return words;
    }

    /** Lower case, as Allure and readiness.json spell it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Red items keep a launch from being READY. */
    public boolean red() {
        return this == FAILED || this == BROKEN;
    }

    /** The worse of two outcomes of the same item (seen from two vantages): red anywhere is red. */
    public static Outcome worse(Outcome a, Outcome b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** An Allure status plus its message: a skip whose reason starts with "waived" is a waiver. */
    public static Outcome ofAllure(String status, String message) {
        return switch (status == null ? "" : status) {
            case "passed" -> PASSED;
            case "failed" -> FAILED;
            case "skipped" -> message != null && message.startsWith(WAIVED_PREFIX) ? WAIVED : SKIPPED;
            default -> BROKEN; // broken, unknown: could not check
        };
    }

    /** How a waived result's message begins ({@code waived until 2026-12-31: CA dropped OCSP}). */
    public static final String WAIVED_PREFIX = "waived until ";
}
