package dev.tminus.dns;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names an answer sends clients on to: CNAME and SRV targets, MX exchanges, NS hosts. DNS-10
 * checks that they resolve; the warm-up warms them too.
 */
public final class Targets {

    private Targets() {
    }

    public static List<String> of(DnsAnswer answer) {
        Set<String> names = new LinkedHashSet<>();
        for (DnsRr rr : answer.records()) {
            String[] parts = rr.data().split(" ");
            String target = switch (rr.type()) {
                case "CNAME", "NS" -> parts[0];
                case "SRV" -> parts.length == 4 ? parts[3] : ".";
                case "MX" -> parts.length == 2 ? parts[1] : ".";
                default -> ".";
            };
            if (!".".equals(target)) {
                names.add(target);
            }
        }
        return List.copyOf(names);
    }

    /** Whether records of this type name other hosts. */
    public static boolean hasTargets(String type) {
        return List.of("CNAME", "SRV", "MX", "NS").contains(type);
    }
}
