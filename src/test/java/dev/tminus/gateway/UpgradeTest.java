package dev.tminus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.profile.Gateway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The opening handshake: the request the probe sends and how it reads and judges the answer. */
class UpgradeTest {

    private static final UpgradeRequest RFC_REQUEST = new UpgradeRequest("/chat", "server.example.com",
            Optional.of("chat"), "dGhlIHNhbXBsZSBub25jZQ==");

    private static InputStream wire(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static UpgradeResponse read(InputStream in) throws IOException {
        return UpgradeResponse.read(in, Deadline.in(null, Duration.ofSeconds(5)));
    }

    @Test
    void computes_the_accept_of_the_rfc_example() {
        // RFC 6455 §1.3: the key dGhlIHNhbXBsZSBub25jZQ== is answered with s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
        assertThat(UpgradeRequest.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    @Test
    void sends_the_gateways_host_and_port_path_key_version_and_subprotocol() {
        // GIVEN a wss gateway on a port of its own with a query in its URL
        Gateway gateway = Gateway.of("gateway", "wss://gateway.game.example.com:8443/ws?v=1").withSubprotocol("pixelrush.v1");

        // WHEN its request is made
        UpgradeRequest request = UpgradeRequest.of(gateway);

        // THEN it asks for the path and query, names the host with the port, and offers exactly the subprotocol
        assertThat(request.text()).isEqualTo("GET /ws?v=1 HTTP/1.1\r\nHost: gateway.game.example.com:8443\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + request.key() + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: pixelrush.v1\r\n"
                + "User-Agent: T-Minus gateway check\r\n\r\n");
        assertThat(java.util.Base64.getDecoder().decode(request.key())).hasSize(16);
        assertThat(UpgradeRequest.of(Gateway.of("g", "ws://gateway.game.example.com/")).host())
                .isEqualTo("gateway.game.example.com");
    }

    @Test
    void accepts_the_rfc_answer_and_leaves_the_frames_after_it_unread() throws IOException {
        // GIVEN the RFC's answer, with a text frame right behind it
        InputStream in = wire("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: chat\r\n\r\n\u0081\u0002hi");

        // WHEN it is read and judged
        Upgrade upgrade = new Upgrade(RFC_REQUEST, read(in), Duration.ofMillis(3));

        // THEN it is an upgrade with the planned subprotocol, and the frame is still there to read
        assertThat(upgrade.problems()).isEmpty();
        assertThat(upgrade.upgraded()).isTrue();
        assertThat(upgrade.subprotocol()).contains("chat");
        assertThat(upgrade.subprotocolAsPlanned()).isTrue();
        assertThat(FrameCodec.read(in, 100)).isEqualTo(Frame.text("hi"));
    }

    @Test
    void a_plain_http_answer_is_no_upgrade_and_keeps_its_status_and_body_excerpt() throws IOException {
        // GIVEN a backend that lost its WebSocket route and answers its web page, cookie and all
        String page = "<html><body>PixelRush lobby</body></html>";
        InputStream in = wire("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: session=abc123\r\n"
                + "Content-Length: " + page.length() + "\r\n\r\n" + page + "trailing bytes never read");

        // WHEN it is read and judged
        Upgrade upgrade = new Upgrade(RFC_REQUEST, read(in), Duration.ofMillis(3));

        // THEN it is no upgrade, named by its status, with the body as evidence and the cookie masked
        assertThat(upgrade.upgraded()).isFalse();
        assertThat(upgrade.problems()).containsExactly("answered HTTP/1.1 200 OK instead of 101 Switching Protocols");
        assertThat(upgrade.response().bodyExcerpt()).isEqualTo(page);
        assertThat(upgrade.response().text()).isEqualTo("HTTP/1.1 200 OK\nContent-Type: text/html\nSet-Cookie: ****\n"
                + "Content-Length: 41\n\n" + page + "\n");
    }

    @Test
    void a_101_with_a_wrong_accept_or_missing_headers_is_no_upgrade() throws IOException {
        // GIVEN a 101 whose accept is of another key, without Upgrade and Connection, with an extension not offered
        InputStream in = wire("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n");

        // WHEN it is judged
        Upgrade upgrade = new Upgrade(RFC_REQUEST, read(in), Duration.ofMillis(3));

        // THEN every problem is named, and the subprotocol is not the planned one
        assertThat(upgrade.upgraded()).isFalse();
        assertThat(upgrade.problems()).containsExactly("Upgrade: (missing) instead of websocket",
                "Connection: (missing) instead of Upgrade",
                "Sec-WebSocket-Accept AAAAAAAAAAAAAAAAAAAAAAAAAAA= instead of s3pPLMBiTxaQ9kYGzzhZRbK+xOo= (base64 SHA-1 of"
                        + " the key and the RFC 6455 GUID)",
                "Sec-WebSocket-Extensions: permessage-deflate though the check offered none");
        assertThat(upgrade.subprotocolAsPlanned()).isFalse();
    }

    @Test
    void an_answer_that_is_not_http_or_ends_early_cannot_be_judged() {
        assertThatThrownBy(() -> read(wire("+PONG\r\n\r\n"))).isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("an answer that is not HTTP: +PONG");
        assertThatThrownBy(() -> read(wire("HTTP/1.1 101 Switching Protocols\r\nno colon here\r\n\r\n")))
                .isInstanceOf(WebSocketProtocolException.class).hasMessage("a malformed header line: no colon here");
        assertThatThrownBy(() -> read(wire("HTTP/1.1 101 Swit"))).isInstanceOf(java.io.EOFException.class)
                .hasMessage("the connection was closed in the middle of the answer's head");
        assertThatThrownBy(() -> read(wire(""))).isInstanceOf(java.io.EOFException.class)
                .hasMessage("the connection was closed without an answer");
    }

    @Test
    void heartbeat_replies_compare_without_their_numbers_but_with_their_strings() {
        // timestamps and sequence numbers differ on every reply; a build name does not
        assertThat(Replies.comparable("{\"op\":\"pong\",\"ts\":1733212345,\"build\":\"v1.2.0\"}"))
                .isEqualTo(Replies.comparable("{\"build\":\"v1.2.0\",\"op\":\"pong\",\"ts\":1733219999}"))
                .isEqualTo("{\"build\":\"v1.2.0\",\"op\":\"pong\",\"ts\":0}");
        assertThat(Replies.comparable("{\"op\":\"pong\",\"build\":\"v1.1.9\"}"))
                .isNotEqualTo(Replies.comparable("{\"op\":\"pong\",\"build\":\"v1.2.0\"}"));
        assertThat(Replies.comparable("pong 17")).isEqualTo("pong 17");
    }
}
