package dev.tminus.checklist.dns;

import dev.tminus.checklist.Profiles;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.warmup.WarmUpFiles;
import dev.tminus.report.Evidence;
import java.nio.file.Path;
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

    /**
     * The last {@code make warm-up}'s table ({@code reports/warm-up.md}), when it was run for this
     * environment; its name says when it finished, so an old warm-up reads as old.
     */
    static void attachWarmUp(String env) {
        Path reports = Path.of(System.getProperty(Profiles.BASEDIR, ".")).resolve("reports");
        WarmUpFiles.latest(reports, env).ifPresent(w -> Evidence.attach("make warm-up ENV=" + env
                + " (the last run's table, as of " + w.finished() + ")", w.markdown()));
    }
}
