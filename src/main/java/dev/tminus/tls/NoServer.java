package dev.tminus.tls;

/**
 * A failure that means no TLS server answered at the address at all: the connection was refused or
 * timed out, the server never answered the ClientHello, or the port speaks something else.
 */
public interface NoServer {

    /** Why, in a few words for one line: {@code connection refused}, {@code no TCP connection within 2s}. */
    String why();
}
