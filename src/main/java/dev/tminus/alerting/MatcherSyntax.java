package dev.tminus.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Alertmanager's matcher strings as written in {@code matchers:} of a route: {@code severity="critical"},
 * {@code service=~"order-.*"}, {@code team!=ops}, or several in one line ({@code {a="b", c!~"d"}}).
 */
final class MatcherSyntax {

    private static final Pattern ONE = Pattern.compile("^\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*$", Pattern.DOTALL);

    private MatcherSyntax() {
    }

    static List<Matcher> parseLine(String line) {
        String text = line.strip();
        if (text.startsWith("{") && text.endsWith("}")) {
            text = text.substring(1, text.length() - 1);
        }
        List<Matcher> out = new ArrayList<>();
        for (String part : splitOutsideQuotes(text)) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return out;
    }

    static Matcher parse(String text) {
        var m = ONE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a matcher: " + text);
        }
        Matcher.Op op = switch (m.group(2)) {
            case "=" -> Matcher.Op.EQ;
            case "!=" -> Matcher.Op.NE;
            case "=~" -> Matcher.Op.RE;
            default -> Matcher.Op.NRE;
        };
        return Matcher.of(m.group(1), op, unquote(m.group(3)));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < value.length() - 1; i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length() - 1) {
                    char next = value.charAt(++i);
                    out.append(next == 'n' ? '\n' : next);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return value;
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
