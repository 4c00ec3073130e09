package dev.tminus.report;

/** The one word a manager reads. */
public enum Verdict {
    /** Every item that ran passed (or is under an active waiver). */
    READY("READY"),
    /** At least one item failed: a fact contradicts the plan. */
    NOT_READY("NOT READY"),
    /** Nothing failed, but something could not be checked (or nothing was checked at all). */
    INCOMPLETE("INCOMPLETE");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static Verdict parse(String words) {
        for (Verdict v : values()) {
            if (v.words.equals(words)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict \"" + words + "\"");
    }
}
