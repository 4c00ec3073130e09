package dev.tminus.profile;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.xbill.DNS.Address;

/** Validation of literal values: addresses, subnets, names, URLs, instants, regexes. */
final class Literals {

    private static final Pattern RELATIVE_INSTANT = Pattern.compile("T0\\s*([+-])\\s*(\\S+)");

    private Literals() {
    }

    /** An IPv4 or IPv6 literal, never a host name (validation must not touch the network). */
    static String address(Node node) {
        String text = node.requiredText("an IPv4 or IPv6 address");
        if (text == null) {
            return null;
        }
        if (!isAddress(text)) {
            node.problem("expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got " + Node.quote(text));
            return null;
        }
        return text;
    }

    static boolean isAddress(String text) {
        return Address.toByteArray(text, Address.IPv4) != null || Address.toByteArray(text, Address.IPv6) != null;
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
        if (!text.matches("([A-Za-z0-9_*]([A-Za-z0-9_-]{0,62})\\.)+|\\.")) {
            node.problem("expected a DNS name made of labels of letters, digits, - and _, got " + Node.quote(text));
            return null;
        }
        return text;
    }

    /** A host name for TLS (no trailing dot). */
    static String hostName(Node node) {
        String text = node.requiredText("a host name like gateway.game.example.com");
        if (text == null) {
            return null;
        }
        if (!text.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*")) {
            node.problem("expected a host name like gateway.game.example.com (no scheme, port or trailing dot), got "
                    + Node.quote(text));
            return null;
        }
        return text;
    }

    static URI httpUrl(Node node) {
        String text = node.requiredText("an http:// or https:// URL");
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(text, "not http(s)");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            node.problem("expected an http:// or https:// URL like http://prometheus.staging:9090, got "
                    + Node.quote(text));
            return null;
        }
    }

    static String jdbcUrl(Node node) {
        String text = node.requiredText("a JDBC URL like jdbc:postgresql://db.staging:5432/game");
        if (text == null) {
            return null;
        }
        if (!text.matches("jdbc:(postgresql|mariadb|mysql)://[^/\\s]+(/.*)?")) {
            node.problem("expected a JDBC URL for PostgreSQL, MariaDB or MySQL like"
                    + " jdbc:postgresql://db.staging:5432/game, got " + Node.quote(text));
            return null;
        }
        return text;
    }

    static Optional<Instant> instant(Node node) {
        if (!node.present()) {
            return Optional.empty();
        }
        String text = node.text();
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

    /** {@code T0-15m}, {@code T0+1h}, {@code T0} or an ISO instant; T0 forms need {@code launch.at}. */
    static InstantExpr instantExpr(Node node, boolean t0Set) {
        String text = node.requiredText("an ISO instant or T0±duration like T0-15m");
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.equals("T0") || RELATIVE_INSTANT.matcher(trimmed).matches()) {
            if (!t0Set) {
                node.problem(Node.quote(text) + " is relative to T0, but launch.at is not set; set launch.at"
                        + " or write an ISO instant like 2026-12-01T09:45:00Z");
                return null;
            }
            if (trimmed.equals("T0")) {
                return new InstantExpr.RelativeToT0(java.time.Duration.ZERO);
            }
            var m = RELATIVE_INSTANT.matcher(trimmed);
            m.matches();
            var offset = Durations.parse(m.group(2));
            if (offset.isEmpty()) {
                node.problem("expected T0±duration like T0-15m, got " + Node.quote(text));
                return null;
            }
            return new InstantExpr.RelativeToT0(m.group(1).equals("-") ? offset.get().negated() : offset.get());
        }
        try {
            return new InstantExpr.Absolute(OffsetDateTime.parse(trimmed).toInstant());
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
        String text = node.text();
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
