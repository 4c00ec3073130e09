package dev.tminus.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One result of the checklist as the readiness verdict needs it, read from an Allure
 * {@code *-result.json}.
 *
 * @param checkId  {@code DNS-02}; empty for a result that stands for a whole class (its setup failed)
 * @param tag      the checklist area ({@code dns}); {@code untagged} when none could be found
 * @param name     the display name, {@code DNS-02 login.game.example.com. A · resolves to … · ns1}
 * @param message  the first line of the failure or skip reason (masked by the suite already)
 * @param severity Allure severity ({@code blocker}, {@code critical}, {@code normal}, …)
 * @param owner    who fixes it, from the profile's {@code owners}; empty when none is named
 * @param vantage  where the run looked from ({@code -Dvantage}); empty for a single place
 * @param stop     when the result finished (epoch millis), to keep the latest of repeated runs
 */
public record CheckResult(String checkId, String tag, String name, Outcome outcome, String message,
                          String severity, String owner, String vantage, long stop) {

    private static final Pattern ID = Pattern.compile("^((DNS|TLS|DB|SIL|GH)-\\d{2})\\b\\s*(.*)$", Pattern.DOTALL);

    public CheckResult {
        message = message == null ? "" : message;
        severity = severity == null || severity.isBlank() ? "normal" : severity;
        owner = owner == null ? "" : owner;
        vantage = vantage == null ? "" : vantage;
    }

    /** The check id a display name starts with. */
    public static Optional<String> idOf(String displayName) {
        Matcher m = ID.matcher(displayName == null ? "" : displayName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The item part of the name: the display name without its leading check id. */
    public String item() {
        Matcher m = ID.matcher(name);
        return m.matches() && !m.group(3).isBlank() ? m.group(3) : name;
    }

    /**
     * The reason in one line, as a table cell shows it: the claim (expected, actual) and the next
     * step in full, the evidence between them shortened when the whole is longer than
     * {@value Reasons#LIMIT} characters.
     */
    public String reason() {
        return Reasons.oneLine(message);
    }

    /** The same item seen from another place is the same key. */
    public String key() {
        return tag + "\u0000" + name;
    }

    public CheckResult withOutcome(Outcome o, String why, String where) {
        return new CheckResult(checkId, tag, name, o, why, severity, owner, where, stop);
    }
}
