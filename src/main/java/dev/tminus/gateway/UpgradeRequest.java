package dev.tminus.gateway;

import dev.tminus.profile.Gateway;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The opening handshake's request (RFC 6455 §4.1): {@code GET} of the URL's path with the gateway's
 * host in {@code Host}, whichever address the connection went to, a fresh {@code Sec-WebSocket-Key},
 * version 13 and the planned subprotocol. No cookie, no origin, no extension is offered.
 *
 * @param key the base64 of 16 random bytes
 */
public record UpgradeRequest(String resource, String host, Optional<String> subprotocol, String key) {

    /** RFC 6455 §1.3: appended to the key before hashing. */
    static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A request for this gateway, with a new key. */
    public static UpgradeRequest of(Gateway gateway) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        boolean defaultPort = gateway.port() == (gateway.secure() ? 443 : 80);
        String host = (gateway.host().contains(":") ? "[" + gateway.host() + "]" : gateway.host())
                + (defaultPort ? "" : ":" + gateway.port());
        return new UpgradeRequest(gateway.resource(), host, gateway.subprotocol(),
                Base64.getEncoder().encodeToString(nonce));
    }

    /** The head as sent, CRLF line ends and the blank line included. */
    public String text() {
        StringBuilder head = new StringBuilder()
                .append("GET ").append(resource).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("Upgrade: websocket\r\n")
                .append("Connection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: ").append(key).append("\r\n")
                .append("Sec-WebSocket-Version: 13\r\n");
        subprotocol.ifPresent(p -> head.append("Sec-WebSocket-Protocol: ").append(p).append("\r\n"));
        head.append("User-Agent: T-Minus gateway check\r\n\r\n");
        return head.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.US_ASCII);
    }

    /** The {@code Sec-WebSocket-Accept} a server must answer: base64(SHA-1(key + GUID)). */
    public String expectedAccept() {
        return accept(key);
    }

    /** base64(SHA-1(key + {@value #GUID})), RFC 6455 §4.2.2 step 5.4. */
    public static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-1", e);
        }
    }
}
