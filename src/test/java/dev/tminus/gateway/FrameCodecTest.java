package dev.tminus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The frame codec against the examples of RFC 6455 §5.7 and what a peer must not send. */
class FrameCodecTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Frame read(byte[] wire) throws IOException {
        return FrameCodec.read(new ByteArrayInputStream(wire), FrameCodec.MAX_PAYLOAD);
    }

    @Test
    void reads_the_rfc_examples_unmasked_and_masked() throws IOException {
        // GIVEN RFC 6455 §5.7: a single-frame unmasked and a masked text message "Hello", and an unmasked ping
        byte[] unmasked = bytes(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);
        byte[] masked = bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
        byte[] ping = bytes(0x89, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);

        // THEN each reads back as the RFC says
        assertThat(read(unmasked)).isEqualTo(Frame.text("Hello"));
        assertThat(read(masked)).isEqualTo(Frame.text("Hello"));
        assertThat(read(ping)).isEqualTo(Frame.ping("Hello".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void writes_the_rfc_examples_byte_for_byte() throws IOException {
        // WHEN "Hello" is written by a server (unmasked) and by a client with the RFC's masking key
        ByteArrayOutputStream server = new ByteArrayOutputStream();
        FrameCodec.write(server, Frame.text("Hello"), null);
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        FrameCodec.write(client, Frame.text("Hello"), bytes(0x37, 0xfa, 0x21, 0x3d));

        // THEN the bytes are the RFC's
        assertThat(server.toByteArray()).containsExactly(bytes(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f));
        assertThat(client.toByteArray()).containsExactly(bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d,
                0x51, 0x58));
    }

    @Test
    void uses_the_16_and_64_bit_lengths_and_reads_them_back() throws IOException {
        // GIVEN binary messages of 256 bytes and of 64 KiB (RFC 6455 §5.7)
        for (int size : new int[] {126, 256, 65535, 65536}) {
            byte[] payload = new byte[size];
            Arrays.fill(payload, (byte) 7);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            // WHEN written masked by a client
            FrameCodec.write(out, new Frame(true, Frame.BINARY, payload), bytes(1, 2, 3, 4));
            byte[] wire = out.toByteArray();

            // THEN the length has the form the RFC gives for that size, and it reads back whole
            assertThat(wire[1] & 0x7f).as("length form of %d bytes", size).isEqualTo(size <= 65535 ? 126 : 127);
            assertThat(wire[1] & 0x80).as("mask bit").isEqualTo(0x80);
            assertThat(read(wire).payload()).as("%d bytes", size).isEqualTo(payload);
        }
    }

    @Test
    void reassembles_a_fragmented_message_with_a_ping_between_its_fragments() throws IOException {
        // GIVEN RFC 6455 §5.7's fragmented "Hel" + "lo", with a ping between the fragments (§5.4 allows it)
        byte[] wire = bytes(0x01, 0x03, 0x48, 0x65, 0x6c, 0x89, 0x00, 0x80, 0x02, 0x6c, 0x6f);
        MessageReader reader = new MessageReader(new ByteArrayInputStream(wire), FrameCodec.MAX_PAYLOAD);

        // WHEN the messages are read
        MessageReader.Received first = reader.next();
        MessageReader.Received second = reader.next();

        // THEN the ping comes first, then the whole message, counted as two fragments
        assertThat(first.frame()).isEqualTo(Frame.ping(new byte[0]));
        assertThat(second.frame()).isEqualTo(Frame.text("Hello"));
        assertThat(second.fragments()).isEqualTo(2);
    }

    @Test
    void reads_the_close_code_and_reason() throws IOException {
        // GIVEN a close frame 1001 "backend draining" and one without a body
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameCodec.write(out, Frame.close(1001, "backend draining"), null);
        Frame close = read(out.toByteArray());
        Frame bare = read(bytes(0x88, 0x00));

        // THEN the code, the reason and their description are the frame's
        assertThat(close.closeCode()).isEqualTo(1001);
        assertThat(close.closeReason()).isEqualTo("backend draining");
        assertThat(close.describe()).isEqualTo("close 1001 \"backend draining\"");
        assertThat(bare.closeCode()).isEqualTo(Frame.NO_STATUS);
        assertThat(bare.describe()).isEqualTo("close 1005 (no status code)");
    }

    @Test
    void refuses_what_a_peer_must_not_send() {
        // reserved bits without an extension
        assertThatThrownBy(() -> read(bytes(0xc1, 0x00))).isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a frame with reserved bits set (0xc1) though no extension was negotiated");
        // an opcode RFC 6455 does not define
        assertThatThrownBy(() -> read(bytes(0x83, 0x00))).isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a frame with the unknown opcode 0x3");
        // a control frame longer than 125 bytes, and a fragmented one
        assertThatThrownBy(() -> read(bytes(0x89, 0x7e, 0x00, 0x7e))).isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a ping frame that is 126 bytes long (at most 125)");
        assertThatThrownBy(() -> read(bytes(0x09, 0x00))).isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a ping frame that is fragmented (control frames never are)");
        // a payload longer than the probe reads
        assertThatThrownBy(() -> FrameCodec.read(new ByteArrayInputStream(bytes(0x81, 0x7e, 0x01, 0x00)), 100))
                .isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a text frame of 256 bytes, more than the 100 the check reads");
        // a continuation with nothing to continue
        assertThatThrownBy(() -> new MessageReader(new ByteArrayInputStream(bytes(0x80, 0x00)), 100).next())
                .isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a continuation frame without a message to continue");
        // a new message before the last fragment of the one before
        assertThatThrownBy(() -> new MessageReader(new ByteArrayInputStream(bytes(0x01, 0x00, 0x81, 0x00)), 100).next())
                .isInstanceOf(WebSocketProtocolException.class)
                .hasMessage("a new text message before the last fragment of the previous one");
        // the stream ends in the middle of a frame, or before one
        assertThatThrownBy(() -> read(bytes(0x81, 0x05, 0x48))).isInstanceOf(EOFException.class)
                .hasMessage("the connection ended in the middle of a frame");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(EOFException.class).hasMessage("end of stream");
    }
}
