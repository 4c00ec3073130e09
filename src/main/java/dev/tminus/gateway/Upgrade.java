package dev.tminus.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The opening handshake as it went: what was asked, what the server answered, how long it took, and
 * what RFC 6455 §4.1 says a client must find in the answer before it speaks WebSocket.
 *
 * @param took from opening the socket (TLS included) to the end of the answer's head
 */
public record Upgrade(UpgradeRequest request, UpgradeResponse response, Duration took) {

    /** A WebSocket connection: 101, {@code Upgrade: websocket}, {@code Connection: Upgrade} and the right accept. */
    public boolean upgraded() {
        return response.status() == 101 && problems().isEmpty();
    }

    /** Everything wrong with a 101 answer, in operator words; empty when it is a WebSocket upgrade. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (response.status() != 101) {
            return List.of("answered " + response.statusLine() + " instead of 101 Switching Protocols");
        }
        if (!response.headerHasToken("Upgrade", "websocket")) {
            problems.add("Upgrade: " + response.header("Upgrade").orElse("(missing)") + " instead of websocket");
        }
        if (!response.headerHasToken("Connection", "upgrade")) {
            problems.add("Connection: " + response.header("Connection").orElse("(missing)") + " instead of Upgrade");
        }
        Optional<String> accept = response.header("Sec-WebSocket-Accept");
        if (accept.isEmpty()) {
            problems.add("no Sec-WebSocket-Accept");
        } else if (!accept.get().equals(request.expectedAccept())) {
            problems.add("Sec-WebSocket-Accept " + accept.get() + " instead of " + request.expectedAccept()
                    + " (base64 SHA-1 of the key and the RFC 6455 GUID)");
        }
        response.header("Sec-WebSocket-Extensions").ifPresent(e ->
                problems.add("Sec-WebSocket-Extensions: " + e + " though the check offered none"));
        return problems;
    }

    /** The subprotocol the server selected, if any. */
    public Optional<String> subprotocol() {
        return response.header("Sec-WebSocket-Protocol").map(String::trim).filter(p -> !p.isEmpty());
    }

    /** The planned subprotocol was selected, or none was planned and none selected. */
    public boolean subprotocolAsPlanned() {
        return subprotocol().equals(request.subprotocol());
    }

    /** The request and the answer, as the evidence shows them. */
    public String describe() {
        return "→ request\n" + request.text().replace("\r\n", "\n").strip() + "\n\n← answer (" + took.toMillis()
                + "ms)\n" + response.text();
    }
}
