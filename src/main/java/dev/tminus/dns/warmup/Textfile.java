package dev.tminus.dns.warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * node_exporter's textfile collector format ({@code --collector.textfile.directory}): written to a
 * temporary name the collector ignores, then renamed over {@value #FILE}, so a scrape never reads
 * half a file. {@code dns_query_duration_seconds{server,domain,type}} is the latest answer's
 * latency (the seed's metric and alert {@code dns_query_duration_seconds > 0.05}).
 */
public final class Textfile {

    public static final String FILE = "tminus_dns_warmup.prom";

    private final Path dir;
    private final Map<String, OptionalLong> reference;

    public Textfile(Path dir, Map<String, OptionalLong> reference) {
        this.dir = dir;
        this.reference = Map.copyOf(reference);
    }

    /** {@code latest}: the last sample of every question on every resolver. */
    public void write(int rounds, List<Sample> latest) throws IOException {
        Files.createDirectories(dir);
        WarmUpFiles.replace(dir.resolve(FILE), render(rounds, latest));
    }

    String render(int rounds, List<Sample> latest) {
        StringBuilder t = new StringBuilder();
        t.append("# HELP dns_query_duration_seconds Latency of the latest answer to the DNS warm-up's query.\n");
        t.append("# TYPE dns_query_duration_seconds gauge\n");
        Map<String, int[]> hits = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (Sample s : latest) {
            String server = server(s);
            hits.putIfAbsent(server, new int[2]);
            failures.merge(server, s.failedToAnswer() ? 1 : 0, Integer::sum);
            s.fromCache(reference.getOrDefault(s.question().key(), OptionalLong.empty())).ifPresent(hit -> {
                hits.get(server)[0] += hit ? 1 : 0;
                hits.get(server)[1]++;
            });
            if (s.latency().isPresent()) {
                t.append("dns_query_duration_seconds{server=\"").append(server).append("\",domain=\"")
                        .append(escape(s.question().name())).append("\",type=\"").append(s.question().type())
                        .append("\"} ").append(String.format(Locale.ROOT, "%.6f", s.latency().get().toNanos() / 1e9))
                        .append("\n");
            }
        }
        t.append("# HELP dns_warmup_rounds_total Query rounds the DNS warm-up has completed (cold, warm, keep-warm).\n");
        t.append("# TYPE dns_warmup_rounds_total counter\n");
        t.append("dns_warmup_rounds_total ").append(rounds).append("\n");
        t.append("# HELP dns_warmup_cache_hit_ratio Share of the latest answers served from the cache (TTL counted down).\n");
        t.append("# TYPE dns_warmup_cache_hit_ratio gauge\n");
        hits.forEach((server, h) -> {
            if (h[1] > 0) {
                t.append("dns_warmup_cache_hit_ratio{server=\"").append(server).append("\"} ")
                        .append(String.format(Locale.ROOT, "%.4f", (double) h[0] / h[1])).append("\n");
            }
        });
        t.append("# HELP dns_warmup_failures Queries of the latest round without a usable answer.\n");
        t.append("# TYPE dns_warmup_failures gauge\n");
        failures.forEach((server, n) -> t.append("dns_warmup_failures{server=\"").append(server).append("\"} ")
                .append(n).append("\n"));
        return t.toString();
    }

    /** The seed's label: the resolver's address, with the port when it is not 53. */
    static String server(Sample s) {
        var r = s.question().resolver();
        return escape(r.port() == 53 ? r.address() : r.endpoint());
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
