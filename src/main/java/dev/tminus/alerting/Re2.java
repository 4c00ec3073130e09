package dev.tminus.alerting;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Go's RE2 syntax, as Alertmanager compiles matcher and {@code match_re} regexes, rewritten for
 * {@link java.util.regex.Pattern} where the two engines read the same text differently. Alertmanager
 * has already refused what RE2 cannot compile (look-around, back-references), so only constructs
 * valid in RE2 need a rewrite:
 *
 * <ul>
 *   <li>named groups {@code (?P<name>re)} and {@code (?<name>re)}: Java rejects {@code P} and
 *       underscores in names; a matcher only asks whether the value matches, so they become {@code (?:re)};
 *   <li>POSIX classes in brackets {@code [[:alpha:]]}, {@code [[:^digit:]]}: Java reads them as a union
 *       of the letters; they become {@code \p{Alpha}}, {@code \P{Digit}};
 *   <li>a {@code [} inside a class is a literal in RE2, a nested class in Java; {@code &&} inside a
 *       class is two ampersands in RE2, an intersection in Java;
 *   <li>{@code \s} is {@code [\t\n\f\r ]} in RE2 (Java adds the vertical tab), {@code \v} the vertical
 *       tab (vertical whitespace in Java), {@code \123} an octal code
 *       (a back-reference in Java); {@code \p{Greek}} a script (Java: {@code \p{IsGreek}});
 *   <li>the flag {@code U} is "ungreedy" in RE2 (Unicode classes in Java); greediness does not change
 *       whether a whole value matches, so it is dropped;
 *   <li>a brace that does not start a repetition ({@code {foo}}, {@code a{,3}}) is a literal in RE2 and
 *       an error in Java;
 *   <li>{@code .} stops only at {@code \n} in RE2: patterns compile with {@link Pattern#UNIX_LINES}.
 * </ul>
 */
final class Re2 {

    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "Alnum"), Map.entry("alpha", "Alpha"), Map.entry("ascii", "ASCII"),
            Map.entry("blank", "Blank"), Map.entry("cntrl", "Cntrl"), Map.entry("digit", "Digit"),
            Map.entry("graph", "Graph"), Map.entry("lower", "Lower"), Map.entry("print", "Print"),
            Map.entry("punct", "Punct"), Map.entry("space", "Space"), Map.entry("upper", "Upper"),
            Map.entry("word", "w"), Map.entry("xdigit", "XDigit"));

    /** {@code {n}}, {@code {n,}}, {@code {n,m}}: what RE2 reads as a repetition; any other brace is a literal. */
    private static final Pattern REPEAT = Pattern.compile("\\{\\d+(,\\d*)?}");

    private Re2() {
    }

    /** The anchored pattern Alertmanager evaluates, {@code ^(?:re)$}, compiled with RE2's meaning. */
    static Pattern compileAnchored(String re2) {
        return Pattern.compile("^(?:" + toJava(re2) + ")$", Pattern.UNIX_LINES);
    }

    static String toJava(String re) {
        StringBuilder out = new StringBuilder(re.length() + 8);
        boolean inClass = false;
        int classStart = -1;
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                i = escape(re, i, out);
                continue;
            }
            if (inClass) {
                if (c == ']' && i == classStart) {
                    out.append("\\]"); // a ] first in a class is a literal in RE2
                } else if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' && re.startsWith("[:", i)) {
                    int end = re.indexOf(":]", i + 2);
                    String name = end < 0 ? null : re.substring(i + 2, end);
                    boolean negated = name != null && name.startsWith("^");
                    String java = name == null ? null : POSIX.get(negated ? name.substring(1) : name);
                    if (java == null) {
                        out.append("\\[");
                    } else {
                        out.append(java.equals("w") ? (negated ? "\\W" : "\\w")
                                : (negated ? "\\P{" : "\\p{") + java + "}");
                        i = end + 2;
                        continue;
                    }
                } else if (c == '[') {
                    out.append("\\[");
                } else if (c == '&' && i + 1 < re.length() && re.charAt(i + 1) == '&') {
                    out.append("&\\&");
                    i += 2;
                    continue;
                } else {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                i++;
                classStart = i;
                continue;
            }
            if (c == '(' && re.startsWith("(?", i)) {
                i = group(re, i, out);
                continue;
            }
            if (c == '{' && !REPEAT.matcher(re).region(i, re.length()).lookingAt()) {
                out.append("\\{"); // not a repetition: a literal in RE2, an error in Java
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Copies the escape at {@code i} ({@code re.charAt(i) == '\\'}); returns the index after it. */
    private static int escape(String re, int i, StringBuilder out) {
        char next = re.charAt(i + 1);
        if (next == 'Q') {
            int end = re.indexOf("\\E", i + 2);
            int stop = end < 0 ? re.length() : end + 2;
            out.append(re, i, stop);
            return stop;
        }
        if (next == 'v') {
            out.append("\\x0B");
            return i + 2;
        }
        if (next == 's' || next == 'S') { // RE2: [\t\n\f\r ]; Java's \s adds the vertical tab
            out.append(next == 's' ? "[\\t\\n\\f\\r ]" : "[^\\t\\n\\f\\r ]");
            return i + 2;
        }
        if (next >= '1' && next <= '7') {
            int j = i + 1;
            while (j < re.length() && j < i + 4 && re.charAt(j) >= '0' && re.charAt(j) <= '7') {
                j++;
            }
            out.append("\\0").append(re, i + 1, j);
            return j;
        }
        if ((next == 'p' || next == 'P') && re.startsWith("{", i + 2)) {
            int end = re.indexOf('}', i + 3);
            if (end > 0) {
                String name = re.substring(i + 3, end);
                boolean negatedInside = name.startsWith("^");
                String bare = negatedInside ? name.substring(1) : name;
                boolean category = bare.length() <= 2 || bare.equals("Any");
                char letter = negatedInside ? (next == 'p' ? 'P' : 'p') : next;
                out.append('\\').append(letter).append('{').append(category ? bare : "Is" + bare).append('}');
                return end + 1;
            }
        }
        out.append(re, i, i + 2);
        return i + 2;
    }

    /** Copies the group opening {@code (?} at {@code i}; returns the index after what it copied. */
    private static int group(String re, int i, StringBuilder out) {
        if (re.startsWith("(?P<", i) || re.startsWith("(?<", i) && !re.startsWith("(?<=", i) && !re.startsWith("(?<!", i)) {
            int end = re.indexOf('>', i);
            if (end > 0) {
                out.append("(?:");
                return end + 1;
            }
        }
        int j = i + 2;
        StringBuilder flags = new StringBuilder();
        while (j < re.length() && "imsU-".indexOf(re.charAt(j)) >= 0) {
            flags.append(re.charAt(j));
            j++;
        }
        if (j < re.length() && (re.charAt(j) == ')' || re.charAt(j) == ':') && flags.length() > 0) {
            String kept = flags.toString().replace("U", "");
            kept = kept.endsWith("-") ? kept.substring(0, kept.length() - 1) : kept;
            if (kept.isEmpty()) {
                out.append(re.charAt(j) == ':' ? "(?:" : "");
                return j + 1;
            }
            out.append("(?").append(kept).append(re.charAt(j));
            return j + 1;
        }
        out.append("(?");
        return i + 2;
    }
}
