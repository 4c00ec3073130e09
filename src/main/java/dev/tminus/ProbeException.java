package dev.tminus;

/**
 * A probe could not establish a fact: the target timed out, refused, reset, or answered something
 * that cannot be read. The checklist reports it as COULD NOT CHECK (broken), never as NOT READY.
 *
 * <p>The message is for operators: what was asked, where, what happened, and what to try next. It
 * never contains a secret.
 */
public class ProbeException extends RuntimeException {

    public ProbeException(String message) {
        super(message);
    }

    public ProbeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The probe waited its full budget (timeout × attempts) and got no answer. */
    public static class Timeout extends ProbeException {
        public Timeout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Nothing listens, the connection was refused or reset, or the route does not exist. */
    public static class Unreachable extends ProbeException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Something answered, but not in the protocol or shape expected (garbage, HTML, truncated). */
    public static class Garbage extends ProbeException {
        public Garbage(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
