package dev.tminus.sandbox.dns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Fault;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/** The DNS sandbox's named faults: each declares what it does to the {@link DnsSetup} and which checks it turns red. */
public final class DnsFaults {

    static final String MISSING_RECORD = "missing-record";
    static final String WRONG_ADDRESS = "wrong-address";
    static final String TTL_DRIFT = "ttl-drift";
    static final String NO_AA_FLAG = "no-aa-flag";
    static final String TTL_DISAGREE = "ttl-disagree";
    static final String SERIAL_MISMATCH = "serial-mismatch";
    static final String NS_MISMATCH = "ns-mismatch";
    static final String UNLISTED_NAME_SERVER = "unlisted-name-server";
    static final String REGION_WRONG = "region-wrong";
    static final String SLOW_RESOLVER = "slow-resolver";
    public static final String COLD_CACHE = "cold-cache";
    static final String NEGATIVE_TTL = "negative-ttl-too-long";
    static final String DANGLING_SRV = "dangling-srv-target";
    public static final String SILENT_RESOLVER = "silent-resolver";
    public static final String CLOSED_PORT = "closed-port";
    public static final String GARBLED_ANSWERS = "garbled-answers";

    /** The one check that never asks ns2: DNS-08 asks the recursive resolvers, which answer from their cache. */
    private static final String ASKS_ONLY_RECURSIVE = "DNS-08";

    private static final String LOGIN = "login.game.tminus.test.";

    /** A port on ns2's address where nothing listens. */
    public static final int CLOSED = 15354;

    private DnsFaults() {
    }

    static List<Fault<DnsSetup>> all() {
        return List.of(
                failing(MISSING_RECORD, "DNS-01", "but the answer was NXDOMAIN",
                        "login.game.tminus.test. A is deleted from the zone on ns1 and ns2",
                        s -> s.everywhere(z -> z.without(LOGIN, Type.A))),
                failing(WRONG_ADDRESS, "DNS-02", "not planned: [192.0.2.201]",
                        "login.game.tminus.test. points at 192.0.2.201 instead of 192.0.2.200",
                        s -> s.everywhere(z -> z.replace(LOGIN, Type.A, "192.0.2.200", "192.0.2.201"))),
                failing(TTL_DRIFT, "DNS-03", "but it was 3600s",
                        "login.game.tminus.test. A is served with TTL 3600s, above the scale-out policy of 60s",
                        s -> s.everywhere(z -> z.withTtl(LOGIN, Type.A, 3600))),
                failing(NO_AA_FLAG, "DNS-04", "but the AA flag was not set",
                        "ns2 answers without the AA flag, like a server that lost the zone",
                        s -> s.secondaryAuthoritative = false).failingInstead("DNS-11"),
                failing(TTL_DISAGREE, "DNS-04", "to agree with ns1",
                        "ns2 serves login.game.tminus.test. A with TTL 30s while ns1 serves 60s",
                        s -> s.onSecondary(z -> z.withTtl(LOGIN, Type.A, 30))),
                failing(SERIAL_MISMATCH, "DNS-05", "but the serials differ",
                        "ns2 serves the zone with a newer SOA serial than ns1 (a failed transfer)",
                        s -> s.onSecondary(z -> z.withSerial(z.soa().getSerial() + 1))),
                failing(NS_MISMATCH, "DNS-05", "but the NS sets differ",
                        "ns2 lists an extra name server ns3.game.tminus.test.",
                        s -> s.onSecondary(z -> z.withExtraNs("ns3.game.tminus.test."))),
                new Fault<DnsSetup>(UNLISTED_NAME_SERVER, Tags.DNS, "both servers list a third name server"
                        + " ns3.game.tminus.test. that the profile does not have: nobody asks it", Set.of(), Set.of("DNS-11"),
                        "Cannot tell whether every name server of zone", p -> { },
                        s -> s.everywhere(z -> z.withExtraNs("ns3.game.tminus.test."))),
                failing(REGION_WRONG, "DNS-06", "with client subnet 203.0.113.0/24",
                        "the servers ignore EDNS Client Subnet and give every region the global answer",
                        s -> s.regions = false),
                failing(SLOW_RESOLVER, "DNS-07", "at p95",
                        "ns2 holds every answer back " + DnsSandbox.SLOW_MILLIS + "ms",
                        s -> s.secondaryDelayMillis = DnsSandbox.SLOW_MILLIS),
                failing(COLD_CACHE, "DNS-08", "but the cache was cold",
                        "the edge resolver's cache is flushed and the warm-up never ran",
                        s -> s.warmEdge = false),
                failing(NEGATIVE_TTL, "DNS-09", "but it was 3600s",
                        "the zone's SOA minimum and SOA TTL are 3600s: a missing name is cached for an hour",
                        s -> s.everywhere(z -> z.withNegativeTtl(3600))),
                failing(DANGLING_SRV, "DNS-10", "matcher.game.tminus.test.",
                        "matcher.game.tminus.test., the target of _matcher._tcp, has no address",
                        s -> s.everywhere(z -> z.without("matcher.game.tminus.test.", Type.AAAA))),
                Fault.breaksEveryCheckOf(SILENT_RESOLVER, Tags.DNS, "No answer to",
                        "ns2 reads queries and never answers (UDP and TCP)",
                        (DnsSetup s) -> s.secondarySilent = true, ASKS_ONLY_RECURSIVE),
                Fault.breaksEveryCheckOf(GARBLED_ANSWERS, Tags.DNS, "Unreadable answer to",
                        "ns2 sends every answer with its last bytes cut off",
                        (DnsSetup s) -> s.secondaryGarbles = true, ASKS_ONLY_RECURSIVE),
                Fault.<DnsSetup>breaksEveryCheckOf(CLOSED_PORT, Tags.DNS, "ns2 (127.0.0.2:" + CLOSED + ")",
                        "the plan points ns2 at port " + CLOSED + ", where nothing listens", Fault.none(),
                        ASKS_ONLY_RECURSIVE)
                        .withProfilePatch(DnsFaults::ns2OnClosedPort));
    }

    private static Fault<DnsSetup> failing(String name, String checkId, String message, String description,
                                           Fault.Effect<DnsSetup> effect) {
        return Fault.failing(name, Tags.DNS, checkId, message, description, effect);
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
