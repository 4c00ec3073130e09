package dev.tminus.gateway;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's answer to the upgrade request: its status line and headers, and for anything but
 * {@code 101} the start of its body (a backend that lost its WebSocket route answers its web page).
 *
 * @param status      the HTTP status code
 * @param statusLine  as received ({@code HTTP/1.1 101 Switching Protocols})
 * @param headers     in the order received, names as the server spelled them
 * @param bodyExcerpt the first bytes of the body of a non-101 answer, as text; empty for 101
 */
public record UpgradeResponse(int status, String statusLine, List<Map.Entry<String, String>> headers, String bodyExcerpt) {

    /** Longest head read: a real one is a few hundred bytes. */
    public static final int MAX_HEAD = 16 * 1024;
    /** How much of a non-101 body the evidence keeps. */
    public static final int BODY_EXCERPT = 300;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: (.*))?");
    private static final List<String> SECRET_HEADERS = List.of("set-cookie", "cookie", "authorization",
            "proxy-authorization", "www-authenticate");

    public UpgradeResponse {
        headers = List.copyOf(headers);
    }

    /** The first value of a header, by name in any case. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** Whether a comma-separated header lists this token, in any case ({@code Connection: keep-alive, Upgrade}). */
    public boolean headerHasToken(String name, String token) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> List.of(h.getValue().split(",")).stream())
                .anyMatch(t -> t.trim().equalsIgnoreCase(token));
    }

    /** The head as received, one header a line, cookie and credential values masked. */
    public String text() {
        StringBuilder out = new StringBuilder(statusLine).append('\n');
        for (Map.Entry<String, String> h : headers) {
            boolean secret = SECRET_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT));
            out.append(h.getKey()).append(": ").append(secret ? "****" : h.getValue()).append('\n');
        }
        if (!bodyExcerpt.isEmpty()) {
            out.append('\n').append(bodyExcerpt).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads the head from {@code in} up to its blank line and no further (frames may follow at once),
     * then, unless it is a 101, up to {@link #BODY_EXCERPT} bytes of the body. The caller bounds the
     * wait with the socket's read timeout.
     *
     * @throws WebSocketProtocolException when the answer is not HTTP
     */
    public static UpgradeResponse read(InputStream in, Deadline deadline) throws IOException {
        List<String> lines = head(in, deadline);
        Matcher status = STATUS_LINE.matcher(lines.get(0));
        if (!status.matches()) {
            throw new WebSocketProtocolException("an answer that is not HTTP: " + Frame.excerpt(lines.get(0), 80));
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new WebSocketProtocolException("a malformed header line: " + Frame.excerpt(line, 80));
            }
            headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        int code = Integer.parseInt(status.group(1));
        UpgradeResponse head = new UpgradeResponse(code, lines.get(0), headers, "");
        return code == 101 ? head : new UpgradeResponse(code, lines.get(0), headers, body(in, head, deadline));
    }

    private static List<String> head(InputStream in, Deadline deadline) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int last = -1;
        int matched = 0; // of \r\n\r\n (or \n\n)
        while (true) {
            deadline.arm();
            int b = in.read();
            if (b < 0) {
                throw new EOFException(bytes.size() == 0 ? "the connection was closed without an answer"
                        : "the connection was closed in the middle of the answer's head");
            }
            bytes.write(b);
            if (bytes.size() > MAX_HEAD) {
                throw new WebSocketProtocolException("an answer whose head is longer than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                matched = last == '\n' || (last == '\r' && matched == 1) ? 2 : 1;
                if (matched == 2) {
                    break;
                }
            } else if (b != '\r') {
                matched = 0;
            }
            last = b;
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n")));
        lines.removeIf(String::isEmpty);
        if (lines.isEmpty()) {
            throw new WebSocketProtocolException("an empty answer");
        }
        return lines;
    }

    /** At most {@link #BODY_EXCERPT} bytes, as far as Content-Length says, else what arrives before the deadline. */
    private static String body(InputStream in, UpgradeResponse head, Deadline deadline) {
        int wanted = head.header("Content-Length").map(v -> {
            try {
                return (int) Math.min(BODY_EXCERPT, Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                return BODY_EXCERPT;
            }
        }).orElse(BODY_EXCERPT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            deadline.armAtMost(java.time.Duration.ofMillis(500)); // the excerpt is evidence: never wait long for it
            while (body.size() < wanted) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                body.write(b);
            }
        } catch (IOException e) {
            // what arrived is the excerpt
        }
        String text = body.toString(StandardCharsets.UTF_8);
        if (head.headerHasToken("Transfer-Encoding", "chunked")) {
            text = text.replaceFirst("^[0-9a-fA-F]+\r?\n", "");
        }
        return Frame.excerpt(text.strip(), BODY_EXCERPT);
    }
}
