package dev.tminus.profile;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.xbill.DNS.Address;

/** Validation of literal values: addresses, subnets, names, instants, regexes (URLs: {@link Urls}). */
final class Literals {

    private static final Pattern RELATIVE_INSTANT = Pattern.compile("T0\\s*([+-])\\s*(\\S+)");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?|\\*");
    private static final Pattern HOST = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private Literals() {
    }

    /** An IPv4 or IPv6 literal, never a host name (validation must not touch the network). */
    static String address(Node node) {
        String text = node.requiredText("an IPv4 or IPv6 address");
        if (text == null) {
            return null;
        }
        if (!isAddress(text)) {
            node.problem("expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got " + Node.quote(text)
                    + addressHint(text));
            return null;
        }
        return text;
    }

    private static String addressHint(String text) {
        if (text.startsWith("[") && text.endsWith("]") && isAddress(text.substring(1, text.length() - 1))) {
            return "; write it without brackets";
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(':') == colon && isAddress(text.substring(0, colon))) {
            return "; write the port under port:";
        }
        if (text.matches(".*[A-Za-z].*") && !text.contains(":")) {
            return "; host names are not resolved here, write the address";
        }
        return "";
    }

    static boolean isAddress(String text) {
        if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Address.toByteArray(text, Address.IPv4) != null;
        }
        return text.contains(":") && Address.toByteArray(text, Address.IPv6) != null;
    }

    static String subnet(Node node) {
        String text = node.requiredText("a subnet like 203.0.113.0/24");
        if (text == null) {
            return null;
        }
        String[] parts = text.split("/", -1);
        boolean ok = parts.length == 2 && isAddress(parts[0]) && parts[1].matches("\\d{1,3}")
                && Integer.parseInt(parts[1]) <= (parts[0].contains(":") ? 128 : 32);
        if (!ok) {
            node.problem("expected a subnet like 203.0.113.0/24 or 2001:db8::/56, got " + Node.quote(text));
            return null;
        }
        return text;
    }

    /** An absolute DNS name with the trailing dot. */
    static String absoluteName(Node node) {
        String text = node.requiredText("an absolute DNS name like login.game.example.com.");
        if (text == null) {
            return null;
        }
        if (!text.endsWith(".")) {
            node.problem("expected an absolute DNS name ending in \".\", got " + Node.quote(text)
                    + "; write " + text + ".");
            return null;
        }
        if (!isAbsoluteName(text)) {
            node.problem("expected a DNS name of labels of letters, digits, - and _ (at most 63 characters each,"
                    + " 253 in all), got " + Node.quote(text));
            return null;
        }
        return text;
    }

    static boolean isAbsoluteName(String text) {
        if (text.equals(".")) {
            return true;
        }
        if (!text.endsWith(".") || text.length() > 254) {
            return false;
        }
        for (String label : text.substring(0, text.length() - 1).split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A host name for TLS (no trailing dot). */
    static String hostName(Node node) {
        String text = node.requiredText("a host name like gateway.game.example.com");
        if (text == null) {
            return null;
        }
        if (!HOST.matcher(text).matches() || text.length() > 253) {
            node.problem("expected a host name like gateway.game.example.com (no scheme, port or trailing dot), got "
                    + Node.quote(text));
            return null;
        }
        return text;
    }

    static Optional<Instant> instant(Node node) {
        if (!node.present()) {
            return Optional.empty();
        }
        String text = node.text("an ISO-8601 instant with offset like 2026-12-01T10:00:00Z");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException e) {
            node.problem("expected an ISO-8601 instant with offset like 2026-12-01T10:00:00Z, got " + Node.quote(text));
            return Optional.empty();
        }
    }

    /**
     * {@code T0-15m}, {@code T0+1h}, {@code T0} or an ISO instant; T0 forms need {@code launch.at}.
     *
     * @param t0Written whether {@code launch.at} is written (if it is written but invalid, that is
     *                  reported there, not again here)
     */
    static InstantExpr instantExpr(Node node, boolean t0Written) {
        String text = node.requiredText("an ISO instant or T0±duration like T0-15m");
        if (text == null) {
            return null;
        }
        Matcher m = RELATIVE_INSTANT.matcher(text);
        if (text.equals("T0") || m.matches()) {
            Optional<Duration> offset = text.equals("T0") ? Optional.of(Duration.ZERO) : Durations.parse(m.group(2));
            if (offset.isEmpty()) {
                node.problem("expected T0±duration like T0-15m, got " + Node.quote(text));
                return null;
            }
            if (!t0Written) {
                node.problem("expected an ISO instant like 2026-12-01T09:45:00Z while launch.at is not set, got "
                        + Node.quote(text) + " (relative to T0); set launch.at or write an ISO instant");
                return null;
            }
            boolean minus = !text.equals("T0") && m.group(1).equals("-");
            return new InstantExpr.RelativeToT0(minus ? offset.get().negated() : offset.get());
        }
        try {
            return new InstantExpr.Absolute(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            node.problem("expected an ISO instant like 2026-12-01T09:45:00Z or T0±duration like T0-15m, got "
                    + Node.quote(text));
            return null;
        }
    }

    static Optional<Pattern> regex(Node node) {
        if (!node.present()) {
            return Optional.empty();
        }
        String text = node.requiredText("a regular expression");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(text));
        } catch (PatternSyntaxException e) {
            node.problem("expected a regular expression, got " + Node.quote(text) + " (" + e.getDescription()
                    + " near index " + e.getIndex() + ")");
            return Optional.empty();
        }
    }
}
