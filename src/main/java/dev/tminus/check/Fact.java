package dev.tminus.check;

import dev.tminus.ProbeException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * A fact a probe established, or the {@link ProbeException} saying why it could not. Facts are
 * gathered once per run; each check item reads the ones it needs with {@link #get()}, which rethrows
 * the failure, so only the items that need a missing fact are COULD NOT CHECK and the others still
 * judge what was learned.
 *
 * @param <T> what the fact is about
 */
public final class Fact<T> {

    private final T value;
    private final ProbeException failure;

    private Fact(T value, ProbeException failure) {
        this.value = value;
        this.failure = failure;
    }

    /** A fact that was established. */
    public static <T> Fact<T> of(T value) {
        return new Fact<>(value, null);
    }

    /** A fact that could not be established, and why. */
    public static <T> Fact<T> failed(ProbeException failure) {
        return new Fact<>(null, Objects.requireNonNull(failure));
    }

    /**
     * Runs {@code probe} now. A {@link ProbeException} becomes the failure; anything else (a bug, not
     * the target) is wrapped by {@code unexpected}, in the area's words.
     */
    public static <T> Fact<T> attempt(Callable<T> probe, Function<Exception, ProbeException> unexpected) {
        try {
            return of(probe.call());
        } catch (ProbeException e) {
            return failed(e);
        } catch (Exception e) {
            return failed(unexpected.apply(e));
        }
    }

    /** Waits for a probe's future; its failure is unwrapped like {@link #attempt}'s. */
    public static <T> Fact<T> of(CompletableFuture<T> future, Function<Throwable, ProbeException> unexpected) {
        try {
            return of(future.join());
        } catch (CompletionException e) {
            return failed(cause(e.getCause(), unexpected));
        }
    }

    /** Waits for a task that itself returns a fact (the pool's own failure becomes the failure). */
    public static <T> Fact<T> join(java.util.concurrent.Future<Fact<T>> future,
                                   Function<Throwable, ProbeException> unexpected) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed(cause(e.getCause(), unexpected));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(unexpected.apply(e));
        }
    }

    private static ProbeException cause(Throwable cause, Function<Throwable, ProbeException> unexpected) {
        return cause instanceof ProbeException p ? p : unexpected.apply(cause);
    }

    /** The fact; rethrows the probe's exception (COULD NOT CHECK) when it could not be established. */
    public T get() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    /** Whether the fact was established. */
    public boolean known() {
        return failure == null;
    }

    /** The fact when it was established (and is not null). */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** Why the fact could not be established, when it could not. */
    public Optional<ProbeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The same fact seen another way; a failure stays the same failure. */
    public <R> Fact<R> map(Function<? super T, ? extends R> f) {
        return failure != null ? failed(failure) : of(f.apply(value));
    }

    /** A fact that needs this one; a failure of this one is the failure of both. */
    public <R> Fact<R> flatMap(Function<? super T, Fact<R>> f) {
        return failure != null ? failed(failure) : f.apply(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fact<?> f && Objects.equals(value, f.value) && Objects.equals(failure, f.failure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, failure);
    }

    @Override
    public String toString() {
        return failure != null ? "Fact[could not: " + failure.getMessage() + "]" : "Fact[" + value + "]";
    }
}
