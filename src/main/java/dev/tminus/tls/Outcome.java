package dev.tminus.tls;

import dev.tminus.ProbeException;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact, or the reason it could not be established. Lets one address's failure stay with the
 * checks of that address (and one part's failure with the checks that need that part).
 */
public record Outcome<T>(Optional<T> value, Optional<ProbeException> failure) {

    public Outcome {
        if (value.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("exactly one of value and failure");
        }
    }

    public static <T> Outcome<T> of(T value) {
        return new Outcome<>(Optional.of(Objects.requireNonNull(value)), Optional.empty());
    }

    public static <T> Outcome<T> failed(ProbeException failure) {
        return new Outcome<>(Optional.empty(), Optional.of(failure));
    }

    /** The fact; rethrows the probe's exception when it could not be established. */
    public T get() {
        if (failure.isPresent()) {
            throw failure.get();
        }
        return value.orElseThrow();
    }

    public boolean ok() {
        return value.isPresent();
    }
}
