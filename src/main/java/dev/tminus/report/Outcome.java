package dev.tminus.report;

import java.util.List;
import java.util.Locale;

/**
 * What one checklist item came to, as a manager reads it. {@link #WAIVED} is a failure the profile
 * accepts until a date. A skipped item says why, in one of four kinds carried by the first words of
 * its reason (the abort's message): {@link #NOT_DUE_YET} (its time has not come: the golden hour
 * before T0, GH-03 before the silence window ends), {@link #NOT_REQUIRED} (the profile makes it
 * optional), {@link #NOT_APPLICABLE} (nothing of the kind to check here) and {@link #NOT_CONFIGURED}
 * (the profile leaves it out).
 */
public enum Outcome {
    FAILED("❌", "NOT READY", ""),
    BROKEN("⚠", "COULD NOT CHECK", ""),
    /** Its reason begins with its prefix: {@code waived until 2026-12-31: CA dropped OCSP}. */
    WAIVED("⏸", "WAIVED", "waived until "),
    PASSED("✅", "READY", ""),
    NOT_DUE_YET("⏳", "NOT DUE YET", "not due yet: "),
    NOT_REQUIRED("○", "NOT REQUIRED", "not required: "),
    NOT_APPLICABLE("∅", "NOT APPLICABLE", "not applicable: "),
    NOT_CONFIGURED("–", "NOT CONFIGURED", "not configured: ");

    /** The kinds of skip, in the order the counts show them. */
    public static final List<Outcome> SKIPS = List.of(NOT_DUE_YET, NOT_REQUIRED, NOT_APPLICABLE, NOT_CONFIGURED);

    /** Every outcome in the order the count tables show them. */
    public static final List<Outcome> COLUMNS = List.of(PASSED, FAILED, BROKEN, WAIVED, NOT_DUE_YET, NOT_REQUIRED,
            NOT_APPLICABLE, NOT_CONFIGURED);

    /** What JUnit puts before the message of a failed {@code assumeTrue}/{@code assumeFalse}. */
    public static final String JUNIT_ASSUMPTION = "Assumption failed: ";

    private final String symbol;
    private final String words;
    private final String prefix;

    Outcome(String symbol, String words, String prefix) {
        this.symbol = symbol;
        this.words = words;
        this.prefix = prefix;
    }

    /** The table symbol: ✅ ❌ ⚠ ⏸ ⏳ ○ ∅ –. */
    public String symbol() {
        return symbol;
    }

    /** The same in words, for media without those glyphs (the PDF, a plain terminal). */
    public String words() {
        return words;
    }

    /** Lower case words, as the count columns and the legend spell it ({@code not due yet}). */
    public String label() {
        return this == PASSED ? "ready" : words.toLowerCase(Locale.ROOT);
    }

    /**
     * How the reason of a skip of this kind begins ({@code not due yet: }); a check aborts with
     * {@code Assumptions.abort(Outcome.NOT_DUE_YET.reason("the golden hour starts at …"))}.
     */
    public String prefix() {
        return prefix;
    }

    /** A skip reason of this kind: the prefix, then why. */
    public String reason(String why) {
        if (prefix.isEmpty() || this == WAIVED) {
            throw new IllegalStateException(this + " is not a kind of skip");
        }
        return prefix + why;
    }

    /** Lower case, as Allure and readiness.json spell it ({@code failed}, {@code not_due_yet}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Red items keep a launch from being READY. */
    public boolean red() {
        return this == FAILED || this == BROKEN;
    }

    /** A skip of any kind: the item was not judged in this run. */
    public boolean skipped() {
        return SKIPS.contains(this);
    }

    /** The worse of two outcomes of the same item (seen from two vantages): red anywhere is red. */
    public static Outcome worse(Outcome a, Outcome b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * An Allure status plus its message: a skip says its kind by its first words ({@code waived
     * until}, {@code not due yet:}, {@code not required:}, {@code not applicable:}, {@code not
     * configured:}); a skip that names none (a team's own {@code assumeTrue}, a disabled test) is
     * not applicable, never "not configured".
     */
    public static Outcome ofAllure(String status, String message) {
        String reason = withoutJUnitPrefix(message);
        return switch (status == null ? "" : status) {
            case "passed" -> PASSED;
            case "failed" -> FAILED;
            case "skipped" -> reason.startsWith(WAIVED.prefix) ? WAIVED
                    : SKIPS.stream().filter(k -> reason.startsWith(k.prefix)).findFirst().orElse(NOT_APPLICABLE);
            default -> BROKEN; // broken, unknown: could not check
        };
    }

    /** The message without JUnit's "Assumption failed: " before it: a reason starts with its own words. */
    public static String withoutJUnitPrefix(String message) {
        String m = message == null ? "" : message;
        while (m.startsWith(JUNIT_ASSUMPTION)) {
            m = m.substring(JUNIT_ASSUMPTION.length());
        }
        return m;
    }
}
