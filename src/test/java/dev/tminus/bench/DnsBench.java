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
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DNS warm-up benchmark: resolves every name {@code --rounds} times (default 100) on every resolver,
 * at most {@code --concurrency} in flight (default 100, as dnsperf), with the checklist's own probe, and prints queries/s,
 * latency and wall time; then, when dnsperf is installed, dnsperf's queries/s on the same server and
 * names in the same run, and the ratio. Without arguments it generates 1,000 records and serves them
 * from a real BIND it starts on loopback (Debian bind9; without it, from two sandbox authoritative
 * servers); with {@code --resolver host:port} (repeatable) and {@code --names FILE} (one name a
 * line, optional type after a space) it measures a server of one's own.
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
        int concurrency = 100; // as many in flight as dnsperf by default (-q 100)
        int rounds = 100;
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
                        + "; use --resolver HOST:PORT --names FILE --records N --timeout 2s --attempts 2 --concurrency 100 --rounds 100");
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
        RealServers real = null;
        List<Resolver> resolvers = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        try {
            if (o.resolvers().isEmpty() && RealServers.haveBind()) {
                // a real BIND on loopback, authoritative for the generated names
                real = new RealServers();
                Path dir = Path.of(System.getProperty("tminus.basedir", "."), "target/bench/dns/bind");
                List<String> records = new ArrayList<>(List.of("ns1 IN A 127.0.0.1"));
                for (int i = 1; i <= o.records(); i++) {
                    records.add(String.format("host-%04d IN A 198.51.%d.%d", i, 100 + (i >> 8) % 100, i & 0xff));
                    names.add(new String[] {String.format("host-%04d.bench.test.", i), "A"});
                }
                InetSocketAddress ns = real.bind(dir, "127.0.0.1", RealServers.freePort("127.0.0.1", 25453), "bench.test.", records);
                resolvers.add(new Resolver("bind", "127.0.0.1", ns.getPort(), Resolver.Role.AUTHORITATIVE));
                out.printf("BIND %s authoritative for bench.test. (%d records) on 127.0.0.1:%d, config in %s%n",
                        version(), o.records(), ns.getPort(), dir);
            } else if (o.resolvers().isEmpty()) {
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
            double ours = measure(o, resolvers, names, out);
            compareWithDnsperf(resolvers.get(0), names, ours, out);
        } finally {
            if (zone != null) {
                zone.close();
            }
            if (real != null) {
                real.close();
            }
        }
    }

    private static String version() {
        return Reference.run(List.of(RealServers.NAMED.toString(), "-v"), 10).map(r -> r.output().trim()).orElse("?");
    }

    /**
     * dnsperf on the first resolver with the same names, in the same run, when it is installed:
     * its queries/s beside ours (its defaults: 100 queries in flight on one socket).
     */
    private static void compareWithDnsperf(Resolver resolver, List<String[]> names, double ours, PrintStream out)
            throws IOException {
        Optional<String> dnsperf = Reference.find("dnsperf");
        if (dnsperf.isEmpty()) {
            out.println("dnsperf: not installed (apt-get install dnsperf), no comparison");
            return;
        }
        Path file = Files.createDirectories(Path.of(System.getProperty("tminus.basedir", "."), "target/bench/dns"))
                .resolve("dnsperf-names.txt");
        StringBuilder text = new StringBuilder();
        names.forEach(n -> text.append(n[0]).append(' ').append(n[1]).append('\n'));
        Files.writeString(file, text);
        List<String> argv = List.of(dnsperf.get(), "-s", resolver.address(), "-p", String.valueOf(resolver.port()),
                "-d", file.toString(), "-l", "5");
        Optional<Reference> ref = Reference.run(argv, 60);
        Matcher m = ref.map(r -> QPS.matcher(r.output())).filter(Matcher::find).orElse(null);
        if (m == null) {
            out.println("dnsperf: no result" + ref.map(r -> " (exit " + r.exit() + ")").orElse(""));
            return;
        }
        double theirs = Double.parseDouble(m.group(1));
        out.printf("dnsperf on %s: %.0f queries/s; T-Minus: %.0f queries/s = %.0f %% of dnsperf%n", resolver.endpoint(),
                theirs, ours, 100 * ours / theirs);
        out.printf("  (%s)%n", String.join(" ", argv));
    }

    private static final Pattern QPS = Pattern.compile("Queries per second:\\s+([0-9.]+)");

    private static double measure(Options o, List<Resolver> resolvers, List<String[]> names, PrintStream out) {
        try (DnsProbe probe = new DnsProbe(o.timeout(), o.attempts(), o.concurrency())) {
            // untimed rounds (up to 50,000 queries) so that class loading and JIT are not measured
            List<java.util.concurrent.CompletableFuture<?>> warm = new ArrayList<>();
            for (int k = 0; k < Math.max(1, 50_000 / Math.max(1, names.size() * resolvers.size())) && k < o.rounds(); k++) {
                names.forEach(n -> resolvers.forEach(r -> warm.add(probe.ask(DnsQuery.of(r, n[0], n[1])).exceptionally(e -> null))));
            }
            warm.forEach(java.util.concurrent.CompletableFuture::join);
            warm.clear();
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
                return 0;
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
            return queries / wall;
        }
    }
}
