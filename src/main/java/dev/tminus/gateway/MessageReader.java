package dev.tminus.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Frames as the application sees them (RFC 6455 §5.4): a text or binary message reassembled from its
 * fragments, with control frames (ping, pong, close) handed over as they arrive, also between the
 * fragments of a message.
 */
public final class MessageReader {

    private final InputStream in;
    private final int maxPayload;
    private ByteArrayOutputStream partial;
    private int partialOpcode;
    private int fragments;

    public MessageReader(InputStream in, int maxPayload) {
        this.in = in;
        this.maxPayload = maxPayload;
    }

    /** The next control frame or whole message; a fragmented message comes back as one final frame. */
    public Received next() throws IOException {
        while (true) {
            Frame frame = FrameCodec.read(in, maxPayload);
            if (frame.control()) {
                return new Received(frame, 1);
            }
            if (frame.opcode() == Frame.CONTINUATION) {
                if (partial == null) {
                    throw new WebSocketProtocolException("a continuation frame without a message to continue");
                }
            } else if (partial != null) {
                throw new WebSocketProtocolException("a new " + Frame.opcodeName(frame.opcode())
                        + " message before the last fragment of the previous one");
            } else if (frame.fin()) {
                return new Received(frame, 1);
            } else {
                partial = new ByteArrayOutputStream();
                partialOpcode = frame.opcode();
                fragments = 0;
            }
            partial.write(frame.payload());
            fragments++;
            if (partial.size() > maxPayload) {
                throw new WebSocketProtocolException("a fragmented message of more than " + maxPayload
                        + " bytes, more than the check reads");
            }
            if (frame.fin()) {
                Frame whole = new Frame(true, partialOpcode, partial.toByteArray());
                int count = fragments;
                partial = null;
                return new Received(whole, count);
            }
        }
    }

    /**
     * @param frame     a control frame, or a whole message
     * @param fragments how many frames the message came in (1 when not fragmented)
     */
    public record Received(Frame frame, int fragments) {
    }
}
