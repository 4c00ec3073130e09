package dev.tminus.cache;

import java.util.Locale;
import java.util.Map;

/**
 * What {@code INFO memory} says about eviction: the policy in force, the limit and the use now.
 *
 * @param used       {@code used_memory}, bytes
 * @param maxmemory  {@code maxmemory}, bytes; 0 = no limit (the node grows until the machine runs out)
 * @param policy     {@code maxmemory_policy}
 * @param section    the section as the server answered it, for the evidence
 */
public record MemoryInfo(long used, long maxmemory, String policy, String section) {

    /** The share of {@code maxmemory} the launch may start with: above it, the matcher's writes evict or fail soon. */
    public static final double MAX_USE = 0.9;

    public boolean limited() {
        return maxmemory > 0;
    }

    /** Whether use is within {@link #MAX_USE} of the limit (always, when there is no limit). */
    public boolean headroom() {
        return !limited() || used <= (long) (maxmemory * MAX_USE);
    }

    /** {@code used_memory 460600 B = 12.3% of maxmemory 3750000 B (at most 90%)}. */
    public String arithmetic() {
        if (!limited()) {
            return "used_memory " + used + " B, no maxmemory set";
        }
        return String.format(Locale.ROOT, "used_memory %d B = %.1f%% of maxmemory %d B (at most %.0f%%)", used,
                100.0 * used / maxmemory, maxmemory, MAX_USE * 100);
    }

    static MemoryInfo parse(String section) {
        Map<String, String> fields = InfoSection.fields(section);
        String used = fields.get("used_memory");
        String max = fields.get("maxmemory");
        String policy = fields.get("maxmemory_policy");
        if (used == null || max == null || policy == null) {
            return null;
        }
        return new MemoryInfo(Long.parseLong(used), Long.parseLong(max), policy, section);
    }
}
