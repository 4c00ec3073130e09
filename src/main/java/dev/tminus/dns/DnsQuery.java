package dev.tminus.dns;

import dev.tminus.profile.Resolver;
import java.util.Objects;
import java.util.Optional;

/**
 * One question for one resolver.
 *
 * @param resolver the profile's resolver to ask
 * @param name     absolute name with the trailing dot
 * @param type     record type mnemonic ({@code A}, {@code SOA}, ...)
 * @param subnet   optional EDNS Client Subnet in CIDR notation, e.g. {@code 203.0.113.0/24}
 */
public record DnsQuery(Resolver resolver, String name, String type, Optional<String> subnet) {

    public DnsQuery {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        subnet = subnet == null ? Optional.empty() : subnet;
    }

    public static DnsQuery of(Resolver resolver, String name, String type) {
        return new DnsQuery(resolver, name, type, Optional.empty());
    }

    public DnsQuery withSubnet(String cidr) {
        return new DnsQuery(resolver, name, type, Optional.of(cidr));
    }

    /** {@code login.game.example.com. A on ns1 (10.0.0.53:53) with client subnet 203.0.113.0/24}. */
    public String describe() {
        return name + " " + type + " on " + resolver.name() + " (" + resolver.endpoint() + ")"
                + subnet.map(s -> " with client subnet " + s).orElse("");
    }
}
