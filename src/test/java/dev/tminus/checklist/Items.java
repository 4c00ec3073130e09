package dev.tminus.checklist;

import dev.tminus.check.Check;
import dev.tminus.check.ItemName;
import dev.tminus.profile.Secrets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Display names of checklist items: {@code ID item · claim · where}, e.g.
 * {@code DNS-02 login.game.example.com. A · resolves to the planned 3 addresses · ns1}.
 * People search reports and CI logs by these names, so they come from the profile only. A name
 * never carries a secret: every name is masked ({@link Secrets#mask}) here, where it is made.
 *
 * <p>Each name made here is remembered with its parts ({@link ItemName}), so that the report labels,
 * the waiver match and the readiness row take the item, the claim and the place from what the
 * provider said, never from splitting the name again ({@link #identity}).
 */
public final class Items {

    public static final String SEPARATOR = ItemName.SEPARATOR;

    private static final Map<String, ItemName> MADE = new ConcurrentHashMap<>();

    private Items() {
    }

    public static String name(String checkId, String item, String claim, String where) {
        ItemName parts = new ItemName(checkId, Secrets.mask(item), Secrets.mask(claim),
                where == null || where.isBlank() ? "" : Secrets.mask(where));
        String name = Secrets.mask(new ItemName(checkId, item, claim, where).displayName());
        MADE.put(name, parts);
        return name;
    }

    /**
     * An item of the check whose items are being provided, named with that check's own id and
     * claim from its {@link Check}: a provider shared by several checks needs no id or claim of its own.
     */
    public static String name(ExtensionContext context, String item, String where) {
        Check check = context.getRequiredTestMethod().getAnnotation(Check.class);
        return name(check.id(), item, check.claim(), where);
    }

    /**
     * An item of the check whose items are being provided, with a claim of its own for this item
     * ({@code resolves to the planned 3 addresses}); the id is the check's, from its {@link Check}.
     */
    public static String name(ExtensionContext context, String item, String claim, String where) {
        return name(context.getRequiredTestMethod().getAnnotation(Check.class).id(), item, claim, where);
    }

    /** For items that are not checked in one place (e.g. a whole zone across resolvers). */
    public static String name(String checkId, String item, String claim) {
        return name(checkId, item, claim, null);
    }

    /** The parts of a display name made by {@link #name}. */
    public static Optional<ItemName> made(String displayName) {
        return Optional.ofNullable(MADE.get(displayName));
    }

    /**
     * Who a result of {@code check} named {@code displayName} is: the item its provider named, or,
     * for a check without items, the check itself. An item named some other way keeps its whole
     * name as the item.
     */
    public static ItemName identity(Check check, String displayName) {
        ItemName own = ItemName.of(check);
        if (displayName.equals(own.displayName())) {
            return own;
        }
        return made(displayName).orElseGet(() -> new ItemName(check.id(), displayName, check.claim(), ""));
    }
}
