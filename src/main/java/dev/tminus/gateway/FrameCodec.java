package dev.tminus.gateway;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The RFC 6455 §5.2 wire format: frames to bytes and back. A client masks every frame it sends
 * (§5.3); a server never masks. Reading checks what a peer must get right: no reserved bits (no
 * extension was negotiated), known opcodes, control frames final and at most 125 bytes, and a
 * payload no longer than the reader accepts.
 */
public final class FrameCodec {

    /** The longest message the probe reads: a heartbeat or a close reason, never a game state dump. */
    public static final int MAX_PAYLOAD = 1 << 20;

    private FrameCodec() {
    }

    /**
     * Writes one frame.
     *
     * @param mask the 4-byte masking key of a client frame; null for a server frame (unmasked)
     */
    public static void write(OutputStream out, Frame frame, byte[] mask) throws IOException {
        byte[] payload = frame.payload();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 14);
        bytes.write((frame.fin() ? 0x80 : 0) | frame.opcode());
        int maskBit = mask != null ? 0x80 : 0;
        if (payload.length <= 125) {
            bytes.write(maskBit | payload.length);
        } else if (payload.length <= 0xffff) {
            bytes.write(maskBit | 126);
            bytes.write(payload.length >> 8);
            bytes.write(payload.length);
        } else {
            bytes.write(maskBit | 127);
            long length = payload.length;
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes.write((int) (length >> shift));
            }
        }
        if (mask != null) {
            if (mask.length != 4) {
                throw new IllegalArgumentException("a masking key has 4 bytes");
            }
            bytes.write(mask);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
        }
        bytes.write(payload);
        out.write(bytes.toByteArray());
        out.flush();
    }

    /**
     * Reads one frame, unmasking it if it is masked.
     *
     * @throws EOFException                when the stream ends before a whole frame
     * @throws WebSocketProtocolException  when the bytes are not a frame a peer may send
     */
    public static Frame read(InputStream in, int maxPayload) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("end of stream");
        }
        int second = readByte(in);
        if ((first & 0x70) != 0) {
            throw new WebSocketProtocolException("a frame with reserved bits set (0x" + Integer.toHexString(first)
                    + ") though no extension was negotiated");
        }
        int opcode = first & 0x0f;
        boolean fin = (first & 0x80) != 0;
        if (!known(opcode)) {
            throw new WebSocketProtocolException("a frame with the unknown opcode 0x" + Integer.toHexString(opcode));
        }
        boolean masked = (second & 0x80) != 0;
        long length = second & 0x7f;
        if (length == 126) {
            length = ((long) readByte(in) << 8) | readByte(in);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
            if (length < 0) {
                throw new WebSocketProtocolException("a frame length with the most significant bit set");
            }
        }
        boolean control = (opcode & 0x8) != 0;
        if (control && (!fin || length > 125)) {
            throw new WebSocketProtocolException("a " + Frame.opcodeName(opcode) + " frame that is "
                    + (fin ? length + " bytes long (at most 125)" : "fragmented (control frames never are)"));
        }
        if (length > maxPayload) {
            throw new WebSocketProtocolException("a " + Frame.opcodeName(opcode) + " frame of " + length
                    + " bytes, more than the " + maxPayload + " the check reads");
        }
        byte[] mask = masked ? readFully(in, 4) : null;
        byte[] payload = readFully(in, (int) length);
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
        }
        if (opcode == Frame.CLOSE && payload.length == 1) {
            throw new WebSocketProtocolException("a close frame with a 1-byte body (a status code has 2)");
        }
        return new Frame(fin, opcode, payload);
    }

    private static boolean known(int opcode) {
        return opcode <= Frame.BINARY || (opcode >= Frame.CLOSE && opcode <= Frame.PONG);
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the connection ended in the middle of a frame");
        }
        return b;
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] out = new byte[length];
        int read = 0;
        while (read < length) {
            int n = in.read(out, read, length - read);
            if (n < 0) {
                throw new EOFException("the connection ended in the middle of a frame");
            }
            read += n;
        }
        return out;
    }
}
