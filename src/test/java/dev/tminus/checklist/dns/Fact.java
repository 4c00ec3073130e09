package dev.tminus.checklist.dns;

import dev.tminus.ProbeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A fact a probe established, or why it could not: read by one check item, which rethrows the
 * failure so only that item is broken.
 */
record Fact<T>(T value, ProbeException failure) {

    T get() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    boolean known() {
        return failure == null;
    }

    static <T> Fact<T> of(CompletableFuture<T> future) {
        try {
            return new Fact<>(future.join(), null);
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            return new Fact<>(null, cause instanceof ProbeException p ? p
                    : new ProbeException("The DNS probe failed: " + cause, cause));
        }
    }
}
