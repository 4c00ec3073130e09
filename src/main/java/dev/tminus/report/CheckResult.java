package dev.tminus.report;

/**
 * One result of the checklist as the readiness verdict needs it, read from an Allure
 * {@code *-result.json}.
 *
 * @param checkId  {@code DNS-02}; empty for a result that stands for a whole class (its setup failed)
 * @param tag      the checklist area ({@code dns}); {@code untagged} when none could be found
 * @param epic     the area's name for people ({@code DNS warm-up}; a team's own from its {@code @Epic})
 * @param name     the display name, {@code DNS-02 login.game.example.com. A · resolves to … · ns1}
 * @param item     the name without its id, as a readiness row shows it ({@code login.game.example.com. A ·
 *                 resolves to … · ns1}); the whole name for a result that stands for a whole class
 * @param message  the first line of the failure or skip reason (masked by the suite already)
 * @param severity Allure severity ({@code blocker}, {@code critical}, {@code normal}, …)
 * @param owner    who fixes it, from the profile's {@code owners}; empty when none is named
 * @param vantage  where the run looked from ({@code -Dvantage}); empty for a single place
 * @param stop     when the result finished (epoch millis), to keep the latest of repeated runs
 */
public record CheckResult(String checkId, String tag, String epic, String name, String item, Outcome outcome, String message,
                          String severity, String owner, String vantage, long stop) {

    public CheckResult {
        epic = epic == null || epic.isBlank() ? ChecklistAreas.title(tag) : epic;
        item = item == null || item.isBlank() ? name : item;
        message = message == null ? "" : message;
        severity = severity == null || severity.isBlank() ? "normal" : severity;
        owner = owner == null ? "" : owner;
        vantage = vantage == null ? "" : vantage;
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
        return new CheckResult(checkId, tag, epic, name, item, o, why, severity, owner, where, stop);
    }
}
