package dev.tminus.checklist;

import dev.tminus.check.Check;
import dev.tminus.check.ItemName;
import dev.tminus.profile.Profile;
import dev.tminus.profile.Secrets;
import dev.tminus.profile.Waiver;
import dev.tminus.report.Outcome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Turns a known, accepted failure into a waiver: when a check fails (an AssertionError, i.e. NOT
 * READY) on an item the profile's {@code waivers} name and the waiver is still active (until its
 * date, inclusive, UTC), the result is skipped as {@code waived until 2026-12-31: reason}. After
 * that date the failure is red again, with a note that the waiver expired. A check that could not
 * check (broken) is never waived: an unknown state is not a known failure.
 *
 * <p>A waiver matches when its {@code check} is the method's {@link Check} id and its {@code item}
 * is the item its provider named ({@link Items#identity}; the claim of a check without items), or
 * one of its words (split at blanks and parentheses, a trailing dot ignored):
 * {@code item: legacy.game.example.com} waives {@code TLS-07 legacy (legacy.game.example.com) · …}.
 */
public class WaiverExtension implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (!(throwable instanceof AssertionError failure)) {
            throw throwable;
        }
        Check check = context.getRequiredTestMethod().getAnnotation(Check.class);
        if (check == null) {
            throw throwable;
        }
        Profile profile = Profiles.of(context);
        Optional<Waiver> waiver = find(profile, Items.identity(check, context.getDisplayName()));
        if (waiver.isEmpty()) {
            throw throwable;
        }
        throw judge(waiver.get(), failure, LocalDate.now(ZoneOffset.UTC), profile.file().toString());
    }

    /** The waiver of the profile that covers this item. */
    static Optional<Waiver> find(Profile profile, ItemName name) {
        return profile.waivers().stream()
                .filter(w -> w.check().equals(name.checkId()) && matches(w.item(), name.subject()))
                .findFirst();
    }

    /** What the failure becomes on {@code today}: a waived skip, or the failure again, noting the expiry. */
    static Throwable judge(Waiver waiver, AssertionError failure, LocalDate today, String file) {
        if (waiver.activeOn(today)) {
            return new TestAbortedException(Secrets.mask(waived(waiver, file) + "\nThe failure it covers:\n"
                    + failure.getMessage()));
        }
        AssertionError red = new AssertionError(failure.getMessage() + "\nThe waiver for " + waiver.check() + " "
                + waiver.item() + " in " + file + " expired on " + waiver.until() + " (\"" + waiver.reason()
                + "\"), so this is red again: fix it, or renew the waiver with a new date.", failure);
        red.setStackTrace(failure.getStackTrace());
        return red;
    }

    /** The first line of a waived result. */
    static String waived(Waiver waiver, String file) {
        return Outcome.WAIVED.prefix() + waiver.until() + ": " + waiver.reason() + " (waiver for " + waiver.check() + " "
                + waiver.item() + " in " + file + ")";
    }

    static boolean matches(String waiverItem, String item) {
        String wanted = trimDot(waiverItem.strip());
        return trimDot(item).equals(wanted) || Arrays.stream(item.split("[\\s()\\[\\]]+"))
                .map(WaiverExtension::trimDot).anyMatch(wanted::equals);
    }

    private static String trimDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
