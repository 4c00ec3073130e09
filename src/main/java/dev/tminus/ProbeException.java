package dev.tminus;

import dev.tminus.check.Cause;
import java.util.Optional;

/**
 * A probe could not establish a fact: the target timed out, refused, reset, or answered something
 * that cannot be read. The checklist reports it as COULD NOT CHECK (broken), never as NOT READY.
 * Every failure carries its {@link Cause}, shared by all areas; the message is the area's.
 *
 * <p>The message is for operators: what was asked, where, what happened, and what to try next. It
 * never contains a secret.
 */
public class ProbeException extends RuntimeException {

    private final Cause kind;
    private final String summary;

    public ProbeException(String message) {
        this(Cause.OTHER, message, null, null);
    }

    public ProbeException(String message, Throwable cause) {
        this(Cause.OTHER, message, cause, null);
    }

    /**
     * @param kind    why, in the shared classification
     * @param summary the failure in a few words, for a line that says it once for several items
     *                (e.g. {@code connection refused}); null when there is none
     */
    protected ProbeException(Cause kind, String message, Throwable cause, String summary) {
        super(message, cause);
        this.kind = kind;
        this.summary = summary;
    }

    /**
     * A failure of the given cause, as the subtype that names it ({@link Timeout}, {@link Unreachable}
     * for refused and reset, {@link Garbage}) so callers may also catch it by type.
     */
    public static ProbeException of(Cause kind, String message, Throwable cause) {
        return of(kind, message, cause, null);
    }

    /** {@link #of(Cause, String, Throwable)} with a few-word summary for one-line reports. */
    public static ProbeException of(Cause kind, String message, Throwable cause, String summary) {
        return switch (kind) {
            case TIMEOUT -> new Timeout(message, cause, summary);
            case REFUSED, RESET -> new Unreachable(kind, message, cause, summary);
            case GARBAGE -> new Garbage(message, cause, summary);
            default -> new ProbeException(kind, message, cause, summary);
        };
    }

    /** Why, in the classification every area shares. */
    public Cause kind() {
        return kind;
    }

    /** The failure in a few words, when the probe gave one. */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** The same failure (same cause) said another way, e.g. with the re-run command; keeps this as its cause. */
    public ProbeException reworded(String message) {
        return of(kind, message, this);
    }

    /** The probe waited its full budget (timeout × attempts) and got no answer. */
    public static class Timeout extends ProbeException {
        public Timeout(String message, Throwable cause) {
            this(message, cause, null);
        }

        Timeout(String message, Throwable cause, String summary) {
            super(Cause.TIMEOUT, message, cause, summary);
        }
    }

    /** Nothing listens, the connection was refused or reset, or the route does not exist. */
    public static class Unreachable extends ProbeException {
        public Unreachable(String message, Throwable cause) {
            this(cause != null && Cause.of(cause) == Cause.RESET ? Cause.RESET : Cause.REFUSED, message, cause, null);
        }

        Unreachable(Cause kind, String message, Throwable cause, String summary) {
            super(kind, message, cause, summary);
        }
    }

    /** Something answered, but not in the protocol or shape expected (garbage, HTML, truncated). */
    public static class Garbage extends ProbeException {
        public Garbage(String message, Throwable cause) {
            this(message, cause, null);
        }

        Garbage(String message, Throwable cause, String summary) {
            super(Cause.GARBAGE, message, cause, summary);
        }
    }
}
