package dev.tminus.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One WebSocket frame (RFC 6455 §5.2), or a whole message reassembled from its fragments.
 *
 * @param fin     the final fragment of its message (always true for control frames)
 * @param opcode  {@link #TEXT}, {@link #BINARY}, {@link #CONTINUATION}, {@link #CLOSE}, {@link #PING}, {@link #PONG}
 * @param payload unmasked application data
 */
public record Frame(boolean fin, int opcode, byte[] payload) {

    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;
    /** The close code of a close frame without a body (RFC 6455 §7.1.5: "no status code was actually present"). */
    public static final int NO_STATUS = 1005;

    public Frame {
        payload = payload.clone();
    }

    public static Frame text(String text) {
        return new Frame(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Frame ping(byte[] payload) {
        return new Frame(true, PING, payload);
    }

    public static Frame pong(byte[] payload) {
        return new Frame(true, PONG, payload);
    }

    /** A close frame with a status code and a reason (at most 123 bytes of UTF-8). */
    public static Frame close(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[2 + Math.min(text.length, 123)];
        body[0] = (byte) (code >> 8);
        body[1] = (byte) code;
        System.arraycopy(text, 0, body, 2, body.length - 2);
        return new Frame(true, CLOSE, body);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public boolean control() {
        return (opcode & 0x8) != 0;
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** A close frame's status code; {@link #NO_STATUS} when it has no body. */
    public int closeCode() {
        return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : NO_STATUS;
    }

    public String closeReason() {
        return payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
    }

    /** {@code 1001 "going away"} (the code's meaning when the server gave no reason). */
    public String closeDescription() {
        int code = closeCode();
        String reason = closeReason();
        return code + " " + (reason.isEmpty() ? "(" + meaning(code) + ")" : "\"" + reason + "\"");
    }

    /** RFC 6455 §7.4.1 and the IANA registry, in a few words. */
    static String meaning(int code) {
        return switch (code) {
            case 1000 -> "normal closure";
            case 1001 -> "going away";
            case 1002 -> "protocol error";
            case 1003 -> "unsupported data";
            case 1005 -> "no status code";
            case 1007 -> "invalid payload data";
            case 1008 -> "policy violation";
            case 1009 -> "message too big";
            case 1010 -> "mandatory extension";
            case 1011 -> "internal error";
            case 1012 -> "service restart";
            case 1013 -> "try again later";
            case 1014 -> "bad gateway";
            default -> "no reason given";
        };
    }

    public static String opcodeName(int opcode) {
        return switch (opcode) {
            case CONTINUATION -> "continuation";
            case TEXT -> "text";
            case BINARY -> "binary";
            case CLOSE -> "close";
            case PING -> "ping";
            case PONG -> "pong";
            default -> "opcode 0x" + Integer.toHexString(opcode);
        };
    }

    /** {@code text {"op":"pong"}}, {@code pong 12 bytes}, {@code close 1001 "going away"}: for the evidence. */
    public String describe() {
        String fragment = fin ? "" : " (fragment)";
        return switch (opcode) {
            case TEXT -> "text " + excerpt(text(), 200) + fragment;
            case CONTINUATION -> "continuation " + payload.length + " bytes" + fragment;
            case CLOSE -> "close " + closeDescription();
            default -> opcodeName(opcode) + " " + payload.length + " bytes" + fragment;
        };
    }

    static String excerpt(String text, int max) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && fin == f.fin && opcode == f.opcode && Arrays.equals(payload, f.payload);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Boolean.hashCode(fin) + opcode) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return describe();
    }
}
