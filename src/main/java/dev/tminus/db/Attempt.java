package dev.tminus.db;

import dev.tminus.ProbeException;
import java.util.Optional;

/** A fact, or why it could not be established; {@link #get()} rethrows so the check is COULD NOT CHECK. */
public record Attempt<T>(T value, ProbeException failure) {

    public static <T> Attempt<T> of(T value) {
        return new Attempt<>(value, null);
    }

    public static <T> Attempt<T> failed(ProbeException failure) {
        return new Attempt<>(null, failure);
    }

    public T get() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    public Optional<T> present() {
        return Optional.ofNullable(value);
    }
}
