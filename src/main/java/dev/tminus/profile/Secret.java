package dev.tminus.profile;

import java.util.Objects;

/**
 * A value that came from an environment variable and must never be printed. {@link #toString()}
 * masks it; only code that hands it to a driver or an HTTP header calls {@link #reveal()}.
 */
public final class Secret {

    public static final String MASK = "****";
    private final String value;
    private final String variable;

    public Secret(String value, String variable) {
        this.value = Objects.requireNonNull(value);
        this.variable = variable;
        Secrets.register(value);
    }

    public String reveal() {
        return value;
    }

    /** The environment variable it came from, e.g. {@code PLAYER_DB_PASSWORD} (empty if literal). */
    public String variable() {
        return variable == null ? "" : variable;
    }

    @Override
    public String toString() {
        return variable == null ? MASK : "${" + variable + "}";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
