package dev.tminus.profile;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${NAME}} and {@code ${NAME:-default}} in profile values from the environment. A
 * missing variable without a default is a problem naming it (in a plan, {@link #lenient}, it is left
 * unset instead). Every value taken from the environment is registered with {@link Secrets} wherever
 * it is used, so it is masked in every output; a variable whose name says it is secret
 * ({@code PASSWORD}, {@code TOKEN}, {@code SECRET}, {@code KEY}, {@code CREDENTIAL}) must hold at least
 * {@value Secrets#MIN_LENGTH} characters. A {@code :-default} is written in the profile: not a secret.
 */
final class Interpolation {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{" + NAME + "}");
    static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{" + NAME + "}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|TOKEN|SECRET|KEY|CREDENTIAL).*");

    /** What a missing variable resolves to in a plan: {@code unset-NAME} (usable in a URL, a host, a secret). */
    static final String UNSET = "unset-";

    private final Map<String, String> environment;
    private final Set<String> unset; // null: a missing variable is a problem

    Interpolation(Map<String, String> environment) {
        this(environment, null);
    }

    /**
     * For a plan, which contacts nothing: a missing variable is not a problem but resolves to
     * {@code unset-NAME}, and its name is added to {@code unset}.
     */
    Interpolation(Map<String, String> environment, Set<String> unset) {
        this.environment = Map.copyOf(environment);
        this.unset = unset;
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
            if (value != null && !Secrets.register(value) && SECRET_NAME.matcher(m.group(1)).matches()) {
                where.problem(Secrets.tooShort("${" + m.group(1) + "}", value.length()));
                missing = true;
            }
            if (value == null) {
                value = m.group(2);
            }
            if (value == null && unset != null) {
                unset.add(m.group(1));
                value = UNSET + m.group(1);
            } else if (value == null) {
                where.problem("expected the environment variable " + m.group(1) + " to be set, got nothing;"
                        + " set it in the environment of the run");
                missing = true;
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return missing ? null : out.toString();
    }
}
