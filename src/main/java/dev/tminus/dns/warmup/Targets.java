package dev.tminus.dns.warmup;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsRr;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names an answer sends clients on to: CNAME and SRV targets, MX exchanges, NS hosts (as DNS-10 reads them). */
final class Targets {

    private Targets() {
    }

    static List<String> of(DnsAnswer answer) {
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
}
