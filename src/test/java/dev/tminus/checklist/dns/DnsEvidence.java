package dev.tminus.checklist.dns;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.report.Evidence;
import java.util.Collection;
import java.util.List;

/** Attaches answers to the report as dig prints them, one attachment per resolver and query. */
final class DnsEvidence {

    private DnsEvidence() {
    }

    static void attach(DnsAnswer... answers) {
        attach(List.of(answers));
    }

    static void attach(Collection<DnsAnswer> answers) {
        for (DnsAnswer a : answers) {
            Evidence.attach("dig " + a.query().name() + " " + a.query().type()
                    + a.query().subnet().map(s -> " +subnet=" + s).orElse("")
                    + " @" + a.query().resolver().name() + " (" + a.latency().toMillis() + "ms)", a.dig());
        }
    }
}
