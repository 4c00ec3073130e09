package dev.tminus.checklist;

import java.util.function.Supplier;

/**
 * A check's claim that is a plain yes or no ("every connection went back"): when it does not hold,
 * the item is NOT READY with exactly the check's own message, nothing added.
 */
public final class ClaimAssert {

    private final boolean holds;
    private Supplier<String> message = () -> "the claim does not hold";

    ClaimAssert(boolean holds) {
        this.holds = holds;
    }

    /** The message of the NOT READY: what was expected, what was found, what to do. */
    public ClaimAssert withFailMessage(Supplier<String> message) {
        this.message = message;
        return this;
    }

    /** NOT READY unless the claim holds. */
    public void isTrue() {
        if (!holds) {
            throw new AssertionError(message.get());
        }
    }

    /** NOT READY when the claim holds (it names something that must not be). */
    public void isFalse() {
        if (holds) {
            throw new AssertionError(message.get());
        }
    }
}
