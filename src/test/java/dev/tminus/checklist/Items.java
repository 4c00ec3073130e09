package dev.tminus.checklist;

import dev.tminus.profile.Secrets;

/**
 * Display names of checklist items: {@code ID item · claim · where}, e.g.
 * {@code DNS-02 login.game.example.com. A · resolves to the planned 3 addresses · ns1}.
 * People search reports and CI logs by these names, so they come from the profile only. A name
 * never carries a secret: every name is masked ({@link Secrets#mask}) here, where it is made.
 */
public final class Items {

    public static final String SEPARATOR = " · ";

    private Items() {
    }

    public static String name(String checkId, String item, String claim, String where) {
        StringBuilder name = new StringBuilder(checkId).append(' ').append(item).append(SEPARATOR).append(claim);
        if (where != null && !where.isBlank()) {
            name.append(SEPARATOR).append(where);
        }
        return Secrets.mask(name.toString());
    }

    /** For items that are not checked in one place (e.g. a whole zone across resolvers). */
    public static String name(String checkId, String item, String claim) {
        return name(checkId, item, claim, null);
    }
}
