package dev.tminus.profile;

import java.util.Arrays;
import java.util.Optional;

/** The launch phase; each has its own maximum DNS TTL. */
public enum Phase {
    PREHEAT("preheat"),
    SCALE_OUT("scale-out"),
    ROLLBACK("rollback");

    private final String key;

    Phase(String key) {
        this.key = key;
    }

    /** The spelling used in profiles and reports. */
    public String key() {
        return key;
    }

    public static Optional<Phase> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.key.equals(text)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
