package dev.tminus.checklist.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Fact;

/** Reads a fact for a check; when it could not be established, COULD NOT CHECK with the re-run command. */
final class Broken {

    private Broken() {
    }

    static <T> T get(Fact<T> outcome, String rerun) {
        if (outcome.known()) {
            return outcome.get();
        }
        ProbeException e = outcome.failure().orElseThrow();
        throw like(e, e.getMessage() + "\nThen re-run: " + rerun);
    }

    /** A COULD NOT CHECK of the same kind (timeout, unreachable, garbage) with another message. */
    static ProbeException like(ProbeException e, String message) {
        if (e instanceof ProbeException.Timeout) {
            return new ProbeException.Timeout(message, e);
        }
        if (e instanceof ProbeException.Unreachable) {
            return new ProbeException.Unreachable(message, e);
        }
        if (e instanceof ProbeException.Garbage) {
            return new ProbeException.Garbage(message, e);
        }
        return new ProbeException(message, e);
    }
}
