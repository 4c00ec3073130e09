package dev.tminus.golden;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Secrets;
import java.time.Duration;

/** Turns what an HTTP client throws into COULD NOT CHECK, in operator language. */
final class Failures {

    private Failures() {
    }

    /**
     * @param what    what was asked, e.g. {@code Prometheus}
     * @param where   the address, masked before it is shown
     * @param timeout the budget that applied
     */
    static ProbeException of(String what, String where, Duration timeout, Throwable thrown) {
        String at = Secrets.mask(where);
        Throwable t = Cause.culprit(thrown);
        return switch (Cause.of(thrown)) {
            case TIMEOUT -> ProbeException.of(Cause.TIMEOUT, what + " at " + at + " did not answer within "
                    + Durations.format(timeout) + " (" + t.getClass().getSimpleName() + ").\n"
                    + "Check that it is up and not overloaded, or raise the timeout in the profile.", thrown);
            case REFUSED -> ProbeException.of(Cause.REFUSED, what + " at " + at + " is unreachable: "
                    + Secrets.mask(String.valueOf(t.getMessage())) + ".\n"
                    + "Check the address in the profile, that the service runs, and that this host may reach it.",
                    thrown);
            default -> new ProbeException.Unreachable(what + " at " + at + " could not be asked: "
                    + thrown.getClass().getSimpleName() + ": " + Secrets.mask(String.valueOf(thrown.getMessage())) + ".",
                    thrown);
        };
    }
}
