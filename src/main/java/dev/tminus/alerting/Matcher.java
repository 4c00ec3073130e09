package dev.tminus.alerting;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One Alertmanager label matcher, evaluated with Alertmanager's own semantics: an absent label has
 * the value {@code ""}; regular expressions are anchored ({@code ^(?:re)$}); {@code !=} and
 * {@code !~} therefore match an alert that does not carry the label at all.
 *
 * <p>Alertmanager compiles regexes with Go's RE2; {@link Re2} rewrites what Java's engine reads
 * differently (POSIX classes, named groups, literal brackets in classes). A pattern that still does
 * not compile is reported as such.
 *
 * @param regex {@code isRegex} of API v2 ({@code =~}, {@code !~})
 * @param equal {@code isEqual} of API v2; false for {@code !=} and {@code !~} (absent in API v2 before
 *              Alertmanager 0.22, where it means true)
 */
public record Matcher(String name, String value, boolean regex, boolean equal) {

    public enum Op {
        EQ("="), NE("!="), RE("=~"), NRE("!~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public static Matcher of(String name, Op op, String value) {
        return new Matcher(name, value, op == Op.RE || op == Op.NRE, op == Op.EQ || op == Op.RE);
    }

    public Op op() {
        return regex ? (equal ? Op.RE : Op.NRE) : (equal ? Op.EQ : Op.NE);
    }

    /** The label's value as Alertmanager sees it: {@code ""} when the alert does not carry the label. */
    public static String valueOf(Map<String, String> labels, String name) {
        return labels.getOrDefault(name, "");
    }

    /** Whether this matcher matches the label set. */
    public boolean matches(Map<String, String> labels) {
        String actual = valueOf(labels, name);
        boolean hit = regex ? anchored().matcher(actual).matches() : value.equals(actual);
        return equal == hit;
    }

    /** Whether it matches an alert that does not carry the label (such a matcher alone mutes far too much). */
    public boolean matchesEmpty() {
        return matches(Map.of());
    }

    private Pattern anchored() {
        try {
            return Re2.compileAnchored(value);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("matcher " + this + ": regex does not compile: " + e.getDescription(), e);
        }
    }

    /**
     * Why it matches or not, for the evaluation table: {@code tier!="p0" matches because the alert has
     * no tier label}, {@code service=~".+" matches service="gateway"}.
     */
    public String explain(Map<String, String> labels) {
        boolean hit = matches(labels);
        String verb = hit ? " matches" : " does not match";
        if (!labels.containsKey(name)) {
            return this + verb + " because the alert has no " + name + " label";
        }
        return this + verb + " " + name + "=\"" + labels.get(name) + "\"";
    }

    /** {@code name="value"}, {@code name!~"re"}: Alertmanager's own spelling. */
    @Override
    public String toString() {
        return name + op().symbol() + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
