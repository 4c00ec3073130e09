package dev.tminus.dns.warmup;

import dev.tminus.dns.DnsQuery;
import dev.tminus.profile.Resolver;

/**
 * One name and type to warm on one resolver.
 *
 * @param target true for a name a record sends clients on to (a CNAME, SRV, MX or NS target),
 *               warmed as A and AAAA; false for a record of the profile
 */
public record Question(Resolver resolver, String name, String type, boolean target) {

    public DnsQuery query() {
        return DnsQuery.of(resolver, name, type);
    }

    /** {@code name|type}: the key shared by every resolver. */
    public String key() {
        return name + "|" + type;
    }

    public Question on(Resolver other) {
        return new Question(other, name, type, target);
    }
}
