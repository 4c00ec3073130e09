package dev.tminus.checklist.silence;

import dev.tminus.ProbeException;
import java.util.concurrent.Callable;

/** A fact a probe fetched, or the reason it could not: rethrown in every check that needs it. */
record Fetched<T>(T value, ProbeException error) {

    static <T> Fetched<T> of(Callable<T> probe) {
        try {
            return new Fetched<>(probe.call(), null);
        } catch (ProbeException e) {
            return new Fetched<>(null, e);
        } catch (Exception e) {
            return new Fetched<>(null, new ProbeException("Could not check: " + e, e));
        }
    }

    /** The fact, or the probe's exception (COULD NOT CHECK). */
    T get() {
        if (error != null) {
            throw error;
        }
        return value;
    }
}
