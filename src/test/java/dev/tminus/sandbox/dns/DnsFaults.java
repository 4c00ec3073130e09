package dev.tminus.sandbox.dns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Fault;
import java.util.List;
import java.util.Set;

/** The DNS sandbox's named faults: each turns its check red with a known message fragment. */
public final class DnsFaults {

    public static final String MISSING_RECORD = "missing-record";
    public static final String WRONG_ADDRESS = "wrong-address";
    public static final String TTL_DRIFT = "ttl-drift";
    public static final String NO_AA_FLAG = "no-aa-flag";
    public static final String TTL_DISAGREE = "ttl-disagree";
    public static final String SERIAL_MISMATCH = "serial-mismatch";
    public static final String NS_MISMATCH = "ns-mismatch";
    public static final String REGION_WRONG = "region-wrong";
    public static final String SLOW_RESOLVER = "slow-resolver";
    public static final String COLD_CACHE = "cold-cache";
    public static final String NEGATIVE_TTL = "negative-ttl-too-long";
    public static final String DANGLING_SRV = "dangling-srv-target";
    public static final String SILENT_RESOLVER = "silent-resolver";
    public static final String CLOSED_PORT = "closed-port";
    public static final String GARBLED_ANSWERS = "garbled-answers";

    /** The one check that never asks ns2: DNS-08 asks the recursive resolvers, which answer from their cache. */
    private static final String ASKS_ONLY_RECURSIVE = "DNS-08";

    /** A port on ns2's address where nothing listens. */
    public static final int CLOSED = 15354;

    private DnsFaults() {
    }

    public static List<Fault> all() {
        return List.of(
                Fault.failing(MISSING_RECORD, Tags.DNS, "DNS-01", "but the answer was NXDOMAIN",
                        "login.game.tminus.test. A is deleted from the zone on ns1 and ns2"),
                Fault.failing(WRONG_ADDRESS, Tags.DNS, "DNS-02", "not planned: [192.0.2.201]",
                        "login.game.tminus.test. points at 192.0.2.201 instead of 192.0.2.200"),
                Fault.failing(TTL_DRIFT, Tags.DNS, "DNS-03", "but it was 3600s",
                        "login.game.tminus.test. A is served with TTL 3600s, above the scale-out policy of 60s"),
                Fault.failing(NO_AA_FLAG, Tags.DNS, "DNS-04", "but the AA flag was not set",
                        "ns2 answers without the AA flag, like a server that lost the zone"),
                Fault.failing(TTL_DISAGREE, Tags.DNS, "DNS-04", "to agree with ns1",
                        "ns2 serves login.game.tminus.test. A with TTL 30s while ns1 serves 60s"),
                Fault.failing(SERIAL_MISMATCH, Tags.DNS, "DNS-05", "but the serials differ",
                        "ns2 serves the zone with a newer SOA serial than ns1 (a failed transfer)"),
                Fault.failing(NS_MISMATCH, Tags.DNS, "DNS-05", "but the NS sets differ",
                        "ns2 lists an extra name server ns3.game.tminus.test."),
                Fault.failing(REGION_WRONG, Tags.DNS, "DNS-06", "with client subnet 203.0.113.0/24",
                        "the servers ignore EDNS Client Subnet and give every region the global answer"),
                Fault.failing(SLOW_RESOLVER, Tags.DNS, "DNS-07", "at p95",
                        "ns2 holds every answer back " + DnsSandbox.SLOW_MILLIS + "ms"),
                Fault.failing(COLD_CACHE, Tags.DNS, "DNS-08", "but the cache was cold",
                        "the edge resolver's cache is flushed and the warm-up never ran"),
                Fault.failing(NEGATIVE_TTL, Tags.DNS, "DNS-09", "but it was 3600s",
                        "the zone's SOA minimum and SOA TTL are 3600s: a missing name is cached for an hour"),
                Fault.failing(DANGLING_SRV, Tags.DNS, "DNS-10", "matcher.game.tminus.test.",
                        "matcher.game.tminus.test., the target of _matcher._tcp, has no address"),
                Fault.breaksEveryCheckOf(SILENT_RESOLVER, Tags.DNS, "No answer to",
                        "ns2 reads queries and never answers (UDP and TCP)", ASKS_ONLY_RECURSIVE),
                Fault.breaksEveryCheckOf(GARBLED_ANSWERS, Tags.DNS, "Unreadable answer to",
                        "ns2 sends every answer with its last bytes cut off", ASKS_ONLY_RECURSIVE),
                Fault.breaksEveryCheckOf(CLOSED_PORT, Tags.DNS, "ns2 (127.0.0.2:" + CLOSED + ")",
                        "the plan points ns2 at port " + CLOSED + ", where nothing listens", ASKS_ONLY_RECURSIVE)
                        .withProfilePatch(DnsFaults::ns2OnClosedPort));
    }

    private static void ns2OnClosedPort(ObjectNode tree) {
        ArrayNode resolvers = (ArrayNode) tree.path("dns").path("resolvers");
        resolvers.forEach(r -> {
            if ("ns2".equals(r.path("name").asText())) {
                ((ObjectNode) r).put("port", CLOSED);
            }
        });
    }
}
