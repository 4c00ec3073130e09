package dev.tminus.checklist.dns;

import dev.tminus.dns.Targets;
import dev.tminus.checklist.CheckItems;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.profile.DnsRecord;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Profile;
import dev.tminus.profile.Resolver;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The items of the DNS checks, named from the profile alone: record × resolver, zone, region. */
final class DnsItems {

    private DnsItems() {
    }

    /** One record as one resolver answers it. */
    record OnResolver(DnsRecord record, Resolver resolver) {
    }

    /** One region of a record, on one resolver. */
    record InRegion(DnsRecord record, DnsRecord.Region region, Resolver resolver) {
    }

    /** One zone, on one resolver (or all, when {@code resolver} is null). */
    record Zone(String zone, Resolver resolver) {
    }

    static DnsSection dns(ExtensionContext context) {
        Profile profile = Profiles.of(context);
        return profile.dns().orElseThrow(() -> new IllegalStateException(profile.file() + " has no dns section"));
    }

    static Stream<Arguments> named(Stream<? extends Named<?>> items, String emptyReason) {
        List<Arguments> all = items.map(n -> Arguments.of(n)).toList();
        if (all.isEmpty()) {
            Assumptions.abort("not configured: " + emptyReason);
        }
        return all.stream();
    }

    static Stream<Arguments> recordsOn(ExtensionContext context, List<Resolver> resolvers,
                                       Function<DnsRecord, String> claim, String emptyReason) {
        DnsSection dns = dns(context);
        return named(dns.records().stream().flatMap(r -> resolvers.stream().map(res ->
                Named.of(Items.name(context, r.label(), claim.apply(r), res.name()), new OnResolver(r, res)))), emptyReason);
    }

    static String planned(DnsRecord r) {
        int n = r.expect().size();
        String what = switch (r.type()) {
            case "A", "AAAA" -> n == 1 ? "address" : "addresses";
            default -> n == 1 ? "record" : "records";
        };
        return "resolves to the planned " + n + " " + what;
    }

    static String ttlClaim(DnsSection dns, Profile profile, DnsRecord r) {
        return "TTL ≤ " + Durations.format(dns.maxTtl(r, profile.launch().phase()))
                + (r.ttl().isPresent() ? " (record ttl)" : " (" + profile.launch().phase() + ")");
    }

    /** A provider of DNS items. */
    abstract static class Provider extends CheckItems {
    }

    static final class Resolves extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            return recordsOn(c, dns(c).resolvers(), r -> "resolves", "dns.records is empty");
        }
    }

    static final class Planned extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            return recordsOn(c, dns(c).resolvers(), DnsItems::planned, "dns.records is empty");
        }
    }

    static final class Ttl extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            Profile p = Profiles.of(c);
            return recordsOn(c, dns(c).resolvers(), r -> ttlClaim(dns(c), p, r), "dns.records is empty");
        }
    }

    static final class Authoritative extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            return recordsOn(c, dns(c).authoritative(), r -> "authoritative (AA) and same on every authoritative",
                    dns(c).authoritative().isEmpty() ? "dns.resolvers has no resolver with role authoritative"
                            : "dns.records is empty");
        }
    }

    static final class Primed extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            return recordsOn(c, dns(c).recursive(), r -> "served from a primed cache",
                    dns(c).recursive().isEmpty() ? "dns.resolvers has no resolver with role recursive"
                            : "dns.records is empty");
        }
    }

    static final class WithTargets extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            DnsSection dns = dns(c);
            return named(dns.records().stream().filter(r -> Targets.hasTargets(r.type()))
                    .flatMap(r -> dns.resolvers().stream().map(res -> Named.of(
                            Items.name(c, r.label(), "every target resolves", res.name()), new OnResolver(r, res)))),
                    "dns.records has no CNAME, SRV, MX or NS record");
        }
    }

    static final class Regions extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            DnsSection dns = dns(c);
            return named(dns.records().stream().flatMap(r -> r.regions().stream().flatMap(g -> dns.resolvers().stream()
                    .map(res -> Named.of(Items.name(c, r.label(), "from " + g.subnet() + " resolves to the region's "
                            + g.expect().size() + " planned", res.name()), new InRegion(r, g, res))))),
                    "no record in dns.records has regions");
        }
    }

    static final class Zones extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            DnsSection dns = dns(c);
            String where = String.join(", ", dns.authoritative().stream().map(Resolver::name).toList());
            return named(dns.zones().stream().map(z -> Named.of(
                    Items.name(c, z, "SOA serial and NS set agree", where), new Zone(z, null))),
                    dns.authoritative().isEmpty() ? "dns.resolvers has no resolver with role authoritative" : "dns.zones is empty");
        }
    }

    /** Every zone across the authoritative resolvers, named with the id and claim of the check it serves. */
    static final class EachZone extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            DnsSection dns = dns(c);
            String where = String.join(", ", dns.authoritative().stream().map(Resolver::name).toList());
            return named(dns.zones().stream().map(z -> Named.of(Items.name(c, z, where), new Zone(z, null))),
                    dns.authoritative().isEmpty() ? "dns.resolvers has no resolver with role authoritative" : "dns.zones is empty");
        }
    }

    static final class NegativeTtl extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            DnsSection dns = dns(c);
            Profile p = Profiles.of(c);
            String bound = "negative TTL ≤ " + Durations.format(dns.ttl().get(p.launch().phase())) + " (" + p.launch().phase() + ")";
            return named(dns.zones().stream().flatMap(z -> dns.authoritative().stream().map(res -> Named.of(
                    Items.name(c, z, bound, res.name()), new Zone(z, res)))),
                    dns.authoritative().isEmpty() ? "dns.resolvers has no resolver with role authoritative" : "dns.zones is empty");
        }
    }

    static final class Latency extends Provider {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext c) {
            DnsSection dns = dns(c);
            if (dns.records().isEmpty()) {
                Assumptions.abort("not configured: dns.records is empty; warm latency is measured on the records");
            }
            return named(dns.resolvers().stream().map(res -> Named.of(Items.name(c, res.name(),
                    "warm answers p95 ≤ " + Durations.format(dns.maxLatency()), res.endpoint()), res)),
                    "dns.resolvers is empty");
        }
    }
}
