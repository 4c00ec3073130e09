package dev.tminus.cache;

import dev.tminus.profile.Cache;
import java.util.Optional;

/**
 * A planned key as the node holds it.
 *
 * @param type Redis's {@code TYPE} answer; {@code none} when the key does not exist
 * @param size members (zset, set, list, hash, stream) or bytes (string), as the type's own count says
 * @param clusterDown a cluster node's {@code CLUSTERDOWN} answer for the key (the cluster cannot serve
 *                    it); empty otherwise
 */
public record KeyFacts(Cache.Key planned, String type, long size, Optional<String> clusterDown) {

    public KeyFacts(Cache.Key planned, String type, long size) {
        this(planned, type, size, Optional.empty());
    }

    /** A key the cluster cannot serve now: the node answered its {@code TYPE} with {@code CLUSTERDOWN}. */
    static KeyFacts clusterDown(Cache.Key planned, String answer) {
        return new KeyFacts(planned, "unknown", 0, Optional.of(answer));
    }

    /** The key exists with the planned type and at least {@code minSize}. */
    public boolean asPlanned() {
        return clusterDown.isEmpty() && type.equals(planned.type()) && size >= planned.minSize();
    }

    /** {@code matcher:pool:eu: zset, 3 members (at least 1)}. */
    public String describe() {
        String found = clusterDown.map(a -> "the cluster cannot serve it (" + a + ": CLUSTER INFO shows cluster_state"
                + " and the slots assigned)").orElse("none".equals(type) ? "missing" : type + ", " + size + " " + unit(type));
        return planned.key() + ": " + found + " (planned " + planned.type() + ", at least " + planned.minSize() + ")";
    }

    private static String unit(String type) {
        return "string".equals(type) ? "bytes" : "members";
    }
}
