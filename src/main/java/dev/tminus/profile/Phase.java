package dev.tminus.profile;


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

    @Override
    public String toString() {
        return key;
    }
}
