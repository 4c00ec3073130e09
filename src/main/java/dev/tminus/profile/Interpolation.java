package dev.tminus.profile;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${NAME}} and {@code ${NAME:-default}} in profile values from the environment. A
 * missing variable without a default is a problem naming it.
 */
final class Interpolation {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
    static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> environment;

    Interpolation(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    String resolve(String text, Node where) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean missing = false;
        while (m.find()) {
            String value = environment.get(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                where.problem("environment variable " + m.group(1) + " is not set; export " + m.group(1)
                        + "=... before running");
                missing = true;
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String resolved = out.toString();
        if (!missing && resolved.contains("${")) {
            where.problem("expected ${NAME} or ${NAME:-default} with NAME made of letters, digits and _, got "
                    + Node.quote(text));
            return null;
        }
        return missing ? null : resolved;
    }
}
