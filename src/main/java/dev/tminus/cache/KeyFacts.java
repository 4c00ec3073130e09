package dev.tminus.cache;

import dev.tminus.profile.Cache;

/**
 * A planned key as the node holds it.
 *
 * @param type Redis's {@code TYPE} answer; {@code none} when the key does not exist
 * @param size members (zset, set, list, hash, stream) or bytes (string), as the type's own count says
 */
public record KeyFacts(Cache.Key planned, String type, long size) {

    /** The key exists with the planned type and at least {@code minSize}. */
    public boolean asPlanned() {
        return type.equals(planned.type()) && size >= planned.minSize();
    }

    /** {@code matcher:pool:eu: zset, 3 members (at least 1)}. */
    public String describe() {
        String found = "none".equals(type) ? "missing" : type + ", " + size + " " + unit(type);
        return planned.key() + ": " + found + " (planned " + planned.type() + ", at least " + planned.minSize() + ")";
    }

    private static String unit(String type) {
        return "string".equals(type) ? "bytes" : "members";
    }
}
