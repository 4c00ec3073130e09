package dev.tminus.profile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A launch name and what it must resolve to.
 *
 * @param name    absolute name, with the trailing dot
 * @param type    A AAAA CNAME SRV TXT NS MX CAA
 * @param expect  the exact answer set, order-insensitive, in presentation format
 * @param ttl     optional per-record override of the phase policy
 * @param regions EDNS Client Subnet → expected answer
 */
public record DnsRecord(String name, String type, List<String> expect, Optional<Duration> ttl, List<Region> regions) {

    public static final List<String> TYPES = List.of("A", "AAAA", "CNAME", "SRV", "TXT", "NS", "MX", "CAA");

    public DnsRecord {
        expect = List.copyOf(expect);
        regions = List.copyOf(regions);
    }

    /** {@code login.game.example.com. A}: how reports name the item. */
    public String label() {
        return name + " " + type;
    }

    /** @param subnet CIDR, e.g. {@code 203.0.113.0/24} */
    public record Region(String subnet, List<String> expect) {
        public Region {
            expect = List.copyOf(expect);
        }
    }
}
