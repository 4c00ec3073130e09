package dev.tminus.tls;

import dev.tminus.Addresses;
import dev.tminus.ProbeException;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.Resolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Turns an endpoint into the addresses to check. {@code addresses: all} asks every resolver of the
 * profile directly (A and AAAA, dnsjava {@link SimpleResolver}, no cache) and takes the union of what
 * they answer, in numeric order; without resolvers it asks the system resolver. {@code host} connects by name; a list
 * is taken as written.
 */
public final class AddressResolver {

    private final Optional<DnsSection> dns;
    private final Duration timeout;

    /**
     * @param dns     the profile's DNS section, whose resolvers and timeout are used when present
     * @param timeout the TLS timeout, used for the system resolver's answer
     */
    public AddressResolver(Optional<DnsSection> dns, Duration timeout) {
        this.dns = dns;
        this.timeout = timeout;
    }

    public List<TlsTarget> targets(Endpoint endpoint) {
        return addresses(endpoint.host(), endpoint.addresses(), "tls.endpoints[].addresses").stream()
                .map(a -> new TlsTarget(endpoint, a)).toList();
    }

    /**
     * The addresses to check behind {@code host}: a list as written (canonical form), the host name
     * itself for {@code host}, else every A and AAAA of it. Shared by every area that checks each
     * address behind a name ({@code tls.endpoints}, {@code gateways}).
     *
     * @param key where the profile lists addresses instead, for the could-not-check message
     */
    public List<String> addresses(String host, Endpoint.Addresses spec, String key) {
        if (spec instanceof Endpoint.Addresses.Listed listed) {
            return listed.addresses().stream().map(Addresses::text).toList();
        }
        if (spec instanceof Endpoint.Addresses.Host) {
            return List.of(host);
        }
        return HandshakeProbe.isLiteral(host) ? List.of(Addresses.text(host))
                : dns.filter(d -> !d.resolvers().isEmpty()).map(d -> viaResolvers(host, d, key))
                .orElseGet(() -> viaSystem(host, key));
    }

    private List<String> viaResolvers(String host, DnsSection section, String key) {
        Set<String> addresses = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (Resolver resolver : section.resolvers()) {
            try {
                addresses.addAll(query(host, resolver, section, Type.A));
                addresses.addAll(query(host, resolver, section, Type.AAAA));
            } catch (IOException | ProbeException e) {
                failures.add(resolver.name() + " (" + resolver.endpoint() + "): " + e.getMessage());
            }
        }
        if (addresses.isEmpty()) {
            throw new ProbeException.Unreachable("Could not list the addresses of " + host + ": no A or AAAA record "
                    + "from the profile's resolvers" + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")")
                    + ". Check dns.resolvers and the name, or list the addresses under " + key + ".", null);
        }
        return sorted(addresses);
    }

    /** IPv4 before IPv6, each in numeric order: reports list the addresses the same way every run. */
    static List<String> sorted(java.util.Collection<String> addresses) {
        return addresses.stream().sorted(java.util.Comparator.comparing(AddressResolver::bytes,
                java.util.Comparator.<byte[]>comparingInt(b -> b.length).thenComparing(java.util.Arrays::compareUnsigned)))
                .toList();
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return new byte[0];
        }
    }

    static List<String> query(String host, Resolver resolver, DnsSection section, int type) throws IOException {
        SimpleResolver simple = new SimpleResolver(InetAddress.getByName(resolver.address()));
        simple.setPort(resolver.port());
        simple.setTimeout(section.timeout());
        Message query = Message.newQuery(Record.newRecord(name(host), type, DClass.IN));
        IOException last = null;
        for (int attempt = 0; attempt < Math.max(1, section.attempts()); attempt++) {
            try {
                Message answer = simple.send(query);
                int rcode = answer.getRcode();
                if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
                    throw new ProbeException.Garbage(Type.string(type) + " " + host + " answered " + Rcode.string(rcode), null);
                }
                return addresses(answer);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    static List<String> addresses(Message answer) {
        List<String> out = new ArrayList<>();
        for (Record r : answer.getSection(Section.ANSWER)) {
            if (r instanceof ARecord a) {
                out.add(Addresses.text(a.getAddress()));
            } else if (r instanceof AAAARecord aaaa) {
                out.add(Addresses.text(aaaa.getAddress()));
            }
        }
        return out;
    }

    private static Name name(String host) throws TextParseException {
        return Name.fromString(host.endsWith(".") ? host : host + ".");
    }

    private List<String> viaSystem(String host, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (InetAddress a : SystemLookup.allByName(host, timeout, key)) {
            out.add(Addresses.text(a));
        }
        return sorted(out);
    }
}
