package dev.tminus.checklist.dns;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsRr;
import dev.tminus.profile.Resolver;
import java.util.Optional;

/**
 * What to do next about an answer that is not what the plan says, by who answered and how: a
 * refusal or a server failure is about that server, not the zone; a recursive resolver that serves
 * an old or overridden answer is fixed on the resolver; an alias is not a missing record.
 */
final class DnsAdvice {

    private DnsAdvice() {
    }

    /**
     * The next step for {@code answer}, {@code zoneFix} when the zone is what needs changing.
     *
     * @param zoneFix what to change in the zone, e.g. "Publish the record in the zone"
     */
    static String next(DnsAnswer answer, String zoneFix) {
        Resolver r = answer.query().resolver();
        boolean recursive = r.role() == Resolver.Role.RECURSIVE;
        if (answer.rcode().equals("REFUSED")) {
            return r.name() + " refuses to answer for this name: check its allow-query"
                    + (recursive ? " and allow-recursion" : "") + ", its views, and that it is configured for the zone";
        }
        if (answer.rcode().equals("SERVFAIL")) {
            return recursive
                    ? r.name() + " could not get an answer from the servers it asks (SERVFAIL): check its forwarders or stub"
                    + " zones and that the authoritative servers answer it"
                    : r.name() + " is configured for the zone but cannot serve it (SERVFAIL), usually because the zone did"
                    + " not load: check the server's log (named-checkzone, journalctl -u named)";
        }
        if (recursive) {
            return zoneFix + "; if the authoritative servers already serve the plan (the same check on them), "
                    + r.name() + " serves an old or overridden answer: wait out its cache or flush the name (unbound-control"
                    + " flush NAME, rndc flushname NAME) and check its local-data, cache-min-ttl and private-address settings";
        }
        return zoneFix;
    }

    /** The CNAME the name answered with instead of records of the asked type, if it did. */
    static Optional<DnsRr> alias(DnsAnswer answer) {
        if (!answer.records().isEmpty() || answer.query().type().equalsIgnoreCase("CNAME")) {
            return Optional.empty();
        }
        return answer.answer().stream().filter(rr -> rr.type().equals("CNAME")).findFirst();
    }
}
