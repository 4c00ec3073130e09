package dev.tminus.profile;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${NAME}} and {@code ${NAME:-default}} in profile values from the environment. A
 * missing variable without a default is a problem naming it. Values of variables whose names say
 * they are secret ({@code PASSWORD}, {@code TOKEN}, {@code SECRET}, {@code KEY}, {@code CREDENTIAL})
 * are registered with {@link Secrets} wherever they are used, so they are masked in every output.
 */
final class Interpolation {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{" + NAME + "}");
    static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{" + NAME + "}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|TOKEN|SECRET|KEY|CREDENTIAL).*");

    private final Map<String, String> environment;

    Interpolation(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    String resolve(String text, Node where) {
        if (!text.contains("${")) {
            return text;
        }
        if (REFERENCE.matcher(text).replaceAll("").contains("${")) {
            where.problem("expected ${NAME} or ${NAME:-default} with NAME made of letters, digits and _, got "
                    + Node.quote(text));
            return null;
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
                where.problem("expected the environment variable " + m.group(1) + " to be set, got nothing;"
                        + " set it in the environment of the run");
                missing = true;
                value = "";
            } else if (SECRET_NAME.matcher(m.group(1)).matches()) {
                Secrets.register(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return missing ? null : out.toString();
    }
}
