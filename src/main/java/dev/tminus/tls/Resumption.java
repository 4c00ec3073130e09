package dev.tminus.tls;

/**
 * Session resumption over repeated handshakes to one address with one client context.
 *
 * @param attempts handshakes after the first, full one
 * @param resumed  how many of them resumed the session (no Certificate message)
 */
public record Resumption(int attempts, int resumed) {

    public double ratio() {
        return attempts == 0 ? 0 : (double) resumed / attempts;
    }

    /** {@code 4/4 resumed}. */
    public String describe() {
        return resumed + "/" + attempts + " resumed";
    }
}
