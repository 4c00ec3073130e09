package dev.tminus.report;

import dev.tminus.profile.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A throwable on its way out (a result, a report, a log) without any secret in it: the throwable
 * itself when none of its messages, causes or suppressed throwables holds one, otherwise a copy with
 * every message masked and the same stack traces. The copy keeps the outcome: it is of the same class
 * when that class can be rebuilt from a message (and a cause), else an {@link AssertionError} for an
 * assertion (failed, NOT READY) and a {@link Masked} runtime exception naming the original class for
 * anything else (broken, COULD NOT CHECK).
 */
public final class MaskedThrowables {

    private MaskedThrowables() {
    }

    public static Throwable of(Throwable thrown) {
        String trace = trace(thrown);
        return Secrets.mask(trace).equals(trace) ? thrown : copy(thrown, new IdentityHashMap<>());
    }

    static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static Throwable copy(Throwable thrown, Map<Throwable, Boolean> seen) {
        seen.put(thrown, Boolean.TRUE);
        String message = Secrets.mask(thrown.getMessage());
        Throwable cause = thrown.getCause() == null || seen.containsKey(thrown.getCause()) ? null
                : copy(thrown.getCause(), seen);
        Throwable copy = sameKind(thrown, message, cause);
        copy.setStackTrace(thrown.getStackTrace());
        for (Throwable suppressed : thrown.getSuppressed()) {
            if (!seen.containsKey(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen));
            }
        }
        return copy;
    }

    private static Throwable sameKind(Throwable thrown, String message, Throwable cause) {
        Class<? extends Throwable> type = thrown.getClass();
        try {
            Throwable copy = type.getConstructor(String.class, Throwable.class).newInstance(message, cause);
            if (java.util.Objects.equals(copy.getMessage(), message) && copy.getCause() == cause) {
                return copy;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no such constructor: try the next
        }
        try {
            Throwable copy = type.getConstructor(String.class).newInstance(message);
            if (java.util.Objects.equals(copy.getMessage(), message) && (cause == null || copy.getCause() == null)) {
                return cause == null ? copy : copy.initCause(cause);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no such constructor: fall back below
        }
        if (thrown instanceof AssertionError) {
            return new MaskedAssertion(type.getName(), message, cause);
        }
        return new Masked(type.getName(), message, cause);
    }

    /** A masked copy of an exception whose class cannot be rebuilt; prints as the original class. */
    public static final class Masked extends RuntimeException {
        private final String original;

        Masked(String original, String message, Throwable cause) {
            super(message, cause);
            this.original = original;
        }

        @Override
        public String toString() {
            return getMessage() == null ? original : original + ": " + getMessage();
        }
    }

    /** A masked copy of an assertion whose class cannot be rebuilt; prints as the original class. */
    public static final class MaskedAssertion extends AssertionError {
        private final String original;

        MaskedAssertion(String original, String message, Throwable cause) {
            super(message, cause);
            this.original = original;
        }

        @Override
        public String toString() {
            return getMessage() == null ? original : original + ": " + getMessage();
        }
    }
}
