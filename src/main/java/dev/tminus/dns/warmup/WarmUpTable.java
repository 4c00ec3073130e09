package dev.tminus.dns.warmup;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The before/after table per resolver, in Markdown: printed by {@code make warm-up} and written to {@code reports/warm-up.md}. */
public final class WarmUpTable {

    private WarmUpTable() {
    }

    public static String markdown(WarmUpResult r) {
        StringBuilder md = new StringBuilder();
        md.append("# DNS warm-up · ").append(r.env()).append("\n\n");
        md.append("Started ").append(r.started().truncatedTo(ChronoUnit.SECONDS)).append(", finished ")
                .append(r.finished().truncatedTo(ChronoUnit.SECONDS))
                .append(r.interrupted() ? " (stopped early, by Ctrl-C or a stop signal)" : "").append(". ")
                .append(r.records()).append(r.records() == 1 ? " record" : " records").append(" of the profile and the CNAME/SRV/MX/NS targets they lead to, on ")
                .append(r.resolvers().size()).append(" recursive resolver").append(r.resolvers().size() == 1 ? "" : "s")
                .append(". Before: the first answer of each query (the cache as it was). After: the same queries ")
                .append(String.format(Locale.ROOT, "%.1fs", r.settle().toMillis() / 1000.0)).append(" after the caches were filled.")
                .append(" From cache: the TTL had counted down below ")
                .append(r.fromAuthority() ? "the authoritative TTL" : "the longest TTL seen (no authoritative resolver in the profile)")
                .append(", as DNS-08 judges it.\n\n");
        md.append("**").append(r.verdict()).append("**\n");
        for (ResolverOutcome o : r.resolvers()) {
            md.append("\n## ").append(o.resolver().name()).append(" (").append(o.resolver().endpoint()).append(")\n\n");
            if (o.couldNotCheck().isPresent()) {
                md.append("Could not check: ").append(o.couldNotCheck().get().lines().findFirst().orElse(""))
                        .append(r.resolvers().stream().anyMatch(x -> x.couldNotCheck().isEmpty())
                                ? "\nNothing was warmed there; the other resolvers were.\n" : "\nNothing was warmed there.\n");
                continue;
            }
            PhaseStats before = PhaseStats.of(o.cold(), r.referenceTtl());
            PhaseStats after = PhaseStats.of(o.warm(), r.referenceTtl());
            md.append("| phase | queries | p50 | p95 | from cache | failures |\n");
            md.append("|---|---:|---:|---:|---:|---:|\n");
            row(md, "before (first answer)", before);
            row(md, "after (warm)", after);
            List<String> unresolved = o.unresolved();
            md.append("\nDid not resolve: ").append(unresolved.isEmpty() ? "none" : unresolved.size() + "").append("\n");
            unresolved.forEach(u -> md.append("- ").append(u).append("\n"));
        }
        if (!r.rounds().isEmpty()) {
            md.append("\n## Keep-warm rounds\n\n");
            r.rounds().forEach(l -> md.append("- ").append(l).append("\n"));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String phase, PhaseStats s) {
        md.append("| ").append(phase).append(" | ").append(s.queries()).append(" | ").append(ms(s.p50Millis()))
                .append(" | ").append(ms(s.p95Millis())).append(" | ").append(share(s.cacheShare()))
                .append(" (").append(s.cached()).append("/").append(s.judged()).append(") | ")
                .append(percent(s.failureShare())).append(" (").append(s.failed()).append(") |\n");
    }

    static String ms(OptionalDouble d) {
        return d.isPresent() ? ms(d.getAsDouble()) : "—";
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    static String share(OptionalDouble d) {
        return d.isPresent() ? percent(d.getAsDouble()) : "—";
    }

    static String percent(double share) {
        double p = share * 100;
        return String.format(Locale.ROOT, p == Math.rint(p) ? "%.0f %%" : "%.1f %%", p);
    }
}
