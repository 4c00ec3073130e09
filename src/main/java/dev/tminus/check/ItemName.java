package dev.tminus.check;

/**
 * Who one result is: its check id, the item it looks at, the claim it makes about that item and
 * where it looked. The display name ({@code DNS-02 login.game.example.com. A · resolves to the
 * planned 3 addresses · ns1}) is made from these, and the same four travel to the report as labels,
 * so nothing is read back out of a name.
 *
 * @param item  what is checked ({@code login.game.example.com. A}); empty for a check that has no items
 * @param where the place it was checked from or at ({@code ns1}); empty when there is none
 */
public record ItemName(String checkId, String item, String claim, String where) {

    /** Between item, claim and place in a display name. */
    public static final String SEPARATOR = " · ";

    public ItemName {
        item = item == null ? "" : item;
        claim = claim == null ? "" : claim;
        where = where == null ? "" : where;
    }

    /** A check's own name: its id and claim ({@code GH-03 no page during the window}), and its item and place if it declares them. */
    public static ItemName of(Check check) {
        return new ItemName(check.id(), check.item(), check.claim(), check.where());
    }

    /** {@code ID item · claim · where}, as JUnit, the CI log and the report show it. */
    public String displayName() {
        return checkId + " " + text();
    }

    /** The name without its id, as a readiness row shows it: {@code item · claim · where}, or the claim. */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (!item.isEmpty()) {
            text.append(item).append(SEPARATOR);
        }
        text.append(claim);
        if (!where.isBlank()) {
            text.append(SEPARATOR).append(where);
        }
        return text.toString();
    }

    /** What a waiver's {@code item} is matched against: the item, or the claim of a check without items. */
    public String subject() {
        return item.isEmpty() ? claim : item;
    }
}
