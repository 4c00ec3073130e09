package dev.tminus.dns;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What one resolver answered to one query: the facts DNS checks assert on.
 *
 * @param query         what was asked, where
 * @param rcode         {@code NOERROR}, {@code NXDOMAIN}, {@code SERVFAIL}, ...
 * @param authoritative the AA flag
 * @param overTcp       true when the UDP answer was truncated (TC) and the query was repeated over TCP
 * @param answer        the answer section (every record, CNAMEs of a chain included)
 * @param authority     the authority section (SOA of a negative answer, NS of a referral)
 * @param latency       time from sending the query to reading the answer of the successful attempt
 * @param evidence      the exchange as {@code dig} prints it, for the report ({@link #dig()}): rendered
 *                      when first asked for, so answers nobody looks at cost no text
 * @param subnetScope   the scope prefix length of the EDNS Client Subnet option the server echoed
 *                      (0: the answer is the same for every subnet); empty when none was echoed
 */
public record DnsAnswer(DnsQuery query, String rcode, boolean authoritative, boolean overTcp,
                        List<DnsRr> answer, List<DnsRr> authority, Duration latency, Evidence evidence,
                        OptionalInt subnetScope) {

    public DnsAnswer {
        answer = List.copyOf(answer);
        authority = List.copyOf(authority);
        java.util.Objects.requireNonNull(evidence, "evidence");
    }

    /** An answer whose evidence is already text. */
    public DnsAnswer(DnsQuery query, String rcode, boolean authoritative, boolean overTcp,
                     List<DnsRr> answer, List<DnsRr> authority, Duration latency, String dig, OptionalInt subnetScope) {
        this(query, rcode, authoritative, overTcp, answer, authority, latency, Evidence.of(dig), subnetScope);
    }

    /** An answer without an echoed client subnet. */
    public DnsAnswer(DnsQuery query, String rcode, boolean authoritative, boolean overTcp,
                     List<DnsRr> answer, List<DnsRr> authority, Duration latency, String dig) {
        this(query, rcode, authoritative, overTcp, answer, authority, latency, dig, OptionalInt.empty());
    }

    /** The answer records of the asked type, whatever their owner (the end of a CNAME chain). */
    public List<DnsRr> records() {
        String type = query.type().toUpperCase(Locale.ROOT);
        return answer.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The normalised rdata of {@link #records()}, sorted. */
    public Set<String> values() {
        Set<String> values = new TreeSet<>();
        records().forEach(r -> values.add(r.data()));
        return values;
    }

    /** NOERROR with at least one record of the asked type. */
    public boolean resolves() {
        return "NOERROR".equals(rcode) && !records().isEmpty();
    }

    /** The largest TTL among {@link #records()}; empty when there are none. */
    public OptionalLong maxTtl() {
        return records().stream().mapToLong(DnsRr::ttl).max();
    }

    /** {@code NXDOMAIN}, {@code NOERROR with no A records}, {@code NOERROR with 3 A records}. */
    public String summary() {
        int n = records().size();
        if (!"NOERROR".equals(rcode)) {
            return rcode;
        }
        return "NOERROR with " + (n == 0 ? "no" : String.valueOf(n)) + " " + query.type() + " record" + (n == 1 ? "" : "s");
    }

    public long latencyMillis() {
        return latency.toMillis();
    }

    /** The exchange as {@code dig} prints it. */
    public String dig() {
        return evidence.text();
    }

    /** Text rendered once, when first needed. */
    public static final class Evidence {
        private Supplier<String> render;
        private volatile String text;

        private Evidence(Supplier<String> render, String text) {
            this.render = render;
            this.text = text;
        }

        public static Evidence of(String text) {
            return new Evidence(null, java.util.Objects.requireNonNull(text, "text"));
        }

        static Evidence lazy(Supplier<String> render) {
            return new Evidence(render, null);
        }

        public String text() {
            String t = text;
            if (t == null) {
                synchronized (this) {
                    if (text == null) {
                        text = render.get();
                        render = null;
                    }
                    t = text;
                }
            }
            return t;
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
