package dev.tminus.tls;

/**
 * The server's answer to a ClientHello offering exactly one protocol version.
 *
 * @param protocol the version offered, e.g. {@code TLSv1}
 * @param accepted the server answered with a ServerHello for that version
 * @param answer   what it answered, e.g. {@code ServerHello TLSv1}, {@code alert protocol_version}
 */
public record ProtocolOffer(String protocol, boolean accepted, String answer) {

    public String describe() {
        return protocol + ": " + (accepted ? "accepted" : "refused") + " (" + answer + ")";
    }
}
