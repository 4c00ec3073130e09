package dev.tminus.bench;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsProbe;
import dev.tminus.dns.DnsQuery;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Resolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DNS warm-up benchmark: resolves every name once on every resolver, concurrently, with the
 * checklist's own probe, and prints records/s, queries/s and wall time. Without arguments it
 * generates 1,000 records and serves them from two sandbox authoritative servers; with
 * {@code --resolver host:port} (repeatable) and {@code --names FILE} (one name a line, optional
 * type after a space) it warms up a real server, e.g. beside dnsperf.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tminus.bench.Bench \
 *     -Dexec.args="dns --resolver 127.0.0.1:53 --names names.txt"</pre>
 */
public final class DnsBench {

    private record Options(List<String> resolvers, Path names, int records, Duration timeout, int attempts, int concurrency,
                           int rounds) {
    }

    private DnsBench() {
    }

    public static void main(String[] args) throws Exception {
        run(parse(args), System.out);
    }

    static Options parse(String[] args) {
        List<String> resolvers = new ArrayList<>();
        Path names = null;
        int records = 1000;
        Duration timeout = Duration.ofSeconds(2);
        int attempts = 2;
        int concurrency = 64;
        int rounds = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--resolver" -> resolvers.add(value);
                case "--names" -> names = Path.of(value);
                case "--records" -> records = Integer.parseInt(value);
                case "--timeout" -> timeout = Durations.parse(value).orElseThrow(() -> new IllegalArgumentException("--timeout: " + value));
                case "--attempts" -> attempts = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "dns" -> {
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --resolver HOST:PORT --names FILE --records N --timeout 2s --attempts 2 --concurrency 64 --rounds 1");
            }
            i++;
        }
        if (!resolvers.isEmpty() && names == null) {
            throw new IllegalArgumentException("--resolver needs --names FILE (one name a line)");
        }
        return new Options(resolvers, names, records, timeout, attempts, concurrency, Math.max(1, rounds));
    }

    static void run(Options o, PrintStream out) throws IOException {
        BenchZone zone = null;
        List<Resolver> resolvers = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        try {
            if (o.resolvers().isEmpty()) {
                zone = new BenchZone(Path.of(System.getProperty("tminus.basedir", ".")), o.records(), List.of("127.0.0.1", "127.0.0.2"));
                int n = 0;
                for (var e : zone.endpoints()) {
                    resolvers.add(new Resolver("bench" + (++n), dev.tminus.Addresses.text(e.getAddress()), e.getPort(), Resolver.Role.AUTHORITATIVE));
                }
                zone.names().forEach(name -> names.add(new String[] {name, "A"}));
            } else {
                int n = 0;
                for (String r : o.resolvers()) {
                    int colon = r.lastIndexOf(':');
                    String host = colon < 0 ? r : r.substring(0, colon).replace("[", "").replace("]", "");
                    int port = colon < 0 ? 53 : Integer.parseInt(r.substring(colon + 1));
                    resolvers.add(new Resolver("r" + (++n), host, port, Resolver.Role.RECURSIVE));
                }
                for (String line : Files.readAllLines(o.names())) {
                    String[] parts = line.trim().split("\\s+");
                    if (!parts[0].isEmpty() && !parts[0].startsWith("#")) {
                        names.add(new String[] {parts[0].endsWith(".") ? parts[0] : parts[0] + ".", parts.length > 1 ? parts[1] : "A"});
                    }
                }
            }
            measure(o, resolvers, names, out);
        } finally {
            if (zone != null) {
                zone.close();
            }
        }
    }

    private static void measure(Options o, List<Resolver> resolvers, List<String[]> names, PrintStream out) {
        try (DnsProbe probe = new DnsProbe(o.timeout(), o.attempts(), o.concurrency())) {
            // one untimed round on a handful of names so class loading and JIT are not measured
            names.stream().limit(20).forEach(n -> resolvers.forEach(r -> probe.ask(DnsQuery.of(r, n[0], n[1])).exceptionally(e -> null).join()));
            // like dnsperf, nothing is kept but counts and latencies: the probe is measured, not a list of answers
            int queries = names.size() * resolvers.size() * o.rounds();
            long[] micros = new long[queries];
            AtomicLong failed = new AtomicLong();
            AtomicLong noAnswer = new AtomicLong();
            CountDownLatch done = new CountDownLatch(queries);
            long start = System.nanoTime();
            int i = 0;
            for (int round = 0; round < o.rounds(); round++) {
                for (String[] n : names) {
                    for (Resolver r : resolvers) {
                        int slot = i++;
                        probe.ask(DnsQuery.of(r, n[0], n[1])).whenComplete((a, e) -> {
                            if (e != null) {
                                failed.incrementAndGet();
                                micros[slot] = Long.MAX_VALUE;
                            } else {
                                micros[slot] = a.latency().toNanos() / 1000;
                                if (!a.resolves()) {
                                    noAnswer.incrementAndGet();
                                }
                            }
                            done.countDown();
                        });
                    }
                }
            }
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            double wall = (System.nanoTime() - start) / 1e9;
            Arrays.sort(micros);
            int answered = (int) (queries - failed.get());
            out.printf("DNS warm-up: %d records × %d resolvers × %d rounds = %d queries (concurrency %d, timeout %s × %d)%n",
                    names.size(), resolvers.size(), o.rounds(), queries, o.concurrency(), Durations.format(o.timeout()),
                    o.attempts());
            out.printf("  wall time   %.3f s%n", wall);
            out.printf("  records/s   %.0f%n", names.size() / wall);
            out.printf("  queries/s   %.0f%n", queries / wall);
            if (answered > 0) {
                out.printf("  latency     p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", micros[answered / 2] / 1000.0,
                        micros[(int) Math.ceil(0.95 * answered) - 1] / 1000.0, micros[answered - 1] / 1000.0);
            }
            out.printf("  no answer   %d (not NOERROR or empty), could not check %d%n", noAnswer.get(), failed.get());
        }
    }
}
