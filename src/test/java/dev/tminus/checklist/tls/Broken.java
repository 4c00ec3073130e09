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
        throw e.reworded(e.getMessage() + "\nThen re-run: " + rerun);
    }
}
