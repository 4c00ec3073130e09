package dev.tminus.checklist.tls;

import dev.tminus.ProbeException;
import dev.tminus.tls.Outcome;

/** Reads a fact for a check; when it could not be established, COULD NOT CHECK with the re-run command. */
final class Broken {

    private Broken() {
    }

    static <T> T get(Outcome<T> outcome, String rerun) {
        if (outcome.ok()) {
            return outcome.get();
        }
        ProbeException e = outcome.failure().orElseThrow();
        String message = e.getMessage() + "\nThen re-run: " + rerun;
        if (e instanceof ProbeException.Timeout) {
            throw new ProbeException.Timeout(message, e);
        }
        if (e instanceof ProbeException.Unreachable) {
            throw new ProbeException.Unreachable(message, e);
        }
        if (e instanceof ProbeException.Garbage) {
            throw new ProbeException.Garbage(message, e);
        }
        throw new ProbeException(message, e);
    }
}
