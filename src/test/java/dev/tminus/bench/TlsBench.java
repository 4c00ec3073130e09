package dev.tminus.bench;

import dev.tminus.profile.Durations;
import dev.tminus.profile.Endpoint;
import dev.tminus.tls.TlsInspection;
import dev.tminus.tls.TlsProbe;
import dev.tminus.tls.TlsTarget;
import dev.tminus.tls.TrustMaterial;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * TLS inspection benchmark: inspects every address of an endpoint {@code --rounds} times with the
 * checklist's own probe (one full handshake, {@value TlsProbe#REPEATS} resumptions and one ClientHello
 * per protocol version: the work behind the TLS checks of one address) and prints inspections per
 * second per address; then, when testssl.sh is installed, its {@code -p -S} time on the first address in
 * the same run, and the ratio. Without {@code --host} it starts a real nginx with OpenSSL on
 * 127.0.0.11-13 (Debian nginx-light; without it, healthy sandbox JSSE servers);
 * with {@code --host NAME --port N --address A} (repeatable, default: the host) and optionally
 * {@code --trust PEM} it measures a real server (a loopback one only, on this machine).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tminus.bench.Bench \
 *     -Dexec.args="tls --host gateway.test --port 8443 --address 127.0.0.1 --trust ca.pem"</pre>
 */
public final class TlsBench {

    record Options(String host, int port, List<String> addresses, Optional<Path> trust, int rounds, Duration timeout) {
    }

    /** Per address: how many inspections, how long they took in all, and how many failed. */
    record Measured(String address, int inspections, long nanos, int failed, String resumption) {
        double perSecond() {
            return nanos == 0 ? 0 : inspections * 1e9 / nanos;
        }
    }

    private TlsBench() {
    }

    public static void main(String[] args) throws Exception {
        run(parse(args), System.out);
    }

    static Options parse(String[] args) {
        String host = null;
        int port = 443;
        List<String> addresses = new ArrayList<>();
        Optional<Path> trust = Optional.empty();
        int rounds = 20;
        Duration timeout = Duration.ofSeconds(2);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "tls" -> {
                    continue;
                }
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--address" -> addresses.add(value);
                case "--trust" -> trust = Optional.of(Path.of(value));
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--timeout" -> timeout = Durations.parse(value)
                        .orElseThrow(() -> new IllegalArgumentException("--timeout: expected a duration like 2s, got " + value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --host NAME --port N"
                        + " --address A (repeatable) --trust PEM --rounds 20 --timeout 2s");
            }
            i++;
        }
        if (host != null && addresses.isEmpty()) {
            addresses.add(host);
        }
        return new Options(host, port, addresses, trust, rounds, timeout);
    }

    static List<Measured> run(Options o, PrintStream out) throws Exception {
        if (o.host() != null) {
            Endpoint endpoint = Endpoint.builder("bench", o.host()).port(o.port())
                    .addresses(new Endpoint.Addresses.Listed(o.addresses())).alpn(List.of("h2", "http/1.1")).build();
            return measure(endpoint, o.trust(), o, out);
        }
        Path work = Files.createDirectories(Path.of(System.getProperty("tminus.basedir", "."), "target/bench/tls"));
        if (RealServers.haveNginx()) {
            List<String> addresses = List.of("127.0.0.11", "127.0.0.12", "127.0.0.13");
            int port = RealServers.freePort(addresses.get(0), 28543);
            try (RealServers real = new RealServers()) {
                Path trust = real.nginx(work.resolve("nginx"), addresses, port, List.of("gw.launch.test"));
                out.printf("nginx with OpenSSL on %s port %d, config in %s%n", addresses, port, work.resolve("nginx"));
                Endpoint endpoint = Endpoint.builder("bench", "gw.launch.test").port(port)
                        .addresses(new Endpoint.Addresses.Listed(addresses)).alpn(List.of("h2", "http/1.1")).build();
                return measure(endpoint, Optional.of(trust), o, out);
            }
        }
        try (BenchServers servers = new BenchServers("gateway.game.tminus.test",
                List.of("127.0.0.11", "127.0.0.12", "127.0.0.13"), work)) {
            return measure(servers.endpoint(), Optional.of(servers.trustStore()), o, out);
        }
    }

    private static List<Measured> measure(Endpoint endpoint, Optional<Path> trust, Options o, PrintStream out)
            throws Exception {
        List<TlsTarget> targets = endpoint.addresses() instanceof Endpoint.Addresses.Listed l
                ? l.addresses().stream().map(a -> new TlsTarget(endpoint, a)).toList() : List.of();
        List<Measured> results = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(targets.size());
        long start = System.nanoTime();
        try (TlsProbe probe = new TlsProbe(o.timeout(), TrustMaterial.load(trust), Clock.systemUTC(), 1)) {
            probe.inspect(targets.get(0)); // warm-up: class loading and JIT, not measured
            List<Future<Measured>> futures = new ArrayList<>();
            for (TlsTarget target : targets) {
                futures.add(workers.submit(() -> inspectRepeatedly(probe, target, o.rounds())));
            }
            for (Future<Measured> f : futures) {
                results.add(f.get());
            }
        } finally {
            workers.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        print(endpoint, results, o, wall, out);
        if (!targets.isEmpty()) {
            compareWithTestssl(targets.get(0), results.get(0), out);
        }
        return results;
    }

    /**
     * testssl.sh {@code -p -S} (protocols and the server's certificate: what the TLS checks cover) on
     * the first address, in the same run, when it is installed: its wall time beside one inspection's.
     */
    private static void compareWithTestssl(TlsTarget target, Measured ours, PrintStream out) {
        Optional<String> testssl = Reference.find("testssl", "testssl.sh");
        if (testssl.isEmpty()) {
            out.println("testssl.sh: not installed (apt-get install testssl.sh), no comparison");
            return;
        }
        String host = target.endpoint().host();
        List<String> argv = new ArrayList<>(List.of(testssl.get(), "--quiet", "--color", "0", "--warnings", "off",
                "-p", "-S"));
        if (!host.equals(target.address())) {
            argv.addAll(List.of("--ip", target.address()));
        }
        argv.add(host + ":" + target.endpoint().port());
        Optional<Reference> ref = Reference.run(argv, 600);
        if (ref.isEmpty()) {
            out.println("testssl.sh: could not be started, no comparison");
            return;
        }
        double each = ours.nanos() / 1e9 / ours.inspections();
        out.printf("testssl.sh -p -S on %s: %.2f s (exit %d); one T-Minus inspection: %.3f s; T-Minus is %.0f× faster%n",
                target.socket(), ref.get().seconds(), ref.get().exit(), each, ref.get().seconds() / each);
        out.printf("  (%s)%n", ref.get().command());
    }

    private static Measured inspectRepeatedly(TlsProbe probe, TlsTarget target, int rounds) {
        long nanos = 0;
        int failed = 0;
        TlsInspection last = null;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            TlsInspection inspection = probe.inspect(target);
            nanos += System.nanoTime() - t;
            failed += inspection.handshake().known() && inspection.resumption().known() && inspection.protocols().known()
                    && inspection.keyExchange().known() ? 0 : 1;
            last = inspection;
        }
        return new Measured(target.socket(), rounds, nanos, failed,
                last == null ? "" : last.resumption().value().map(r -> r.describe()).orElse("resumption not measured"));
    }

    private static void print(Endpoint endpoint, List<Measured> results, Options o, double wall, PrintStream out) {
        out.printf("TLS inspections of %s: %d rounds per address, addresses in parallel, timeout %s%n",
                endpoint.label(), o.rounds(), Durations.format(o.timeout()));
        out.printf("(one inspection = 1 full handshake + %d resumptions + %d single-version ClientHellos"
                + " + %d key-exchange ClientHellos)%n", TlsProbe.REPEATS, 4, 7);
        out.printf("%-24s %14s %12s %8s  %s%n", "address", "inspections/s", "ms each", "failed", "last resumption");
        for (Measured m : results) {
            out.printf("%-24s %14.1f %12.1f %8d  %s%n", m.address(), m.perSecond(), m.nanos() / 1e6 / m.inspections(),
                    m.failed(), m.resumption());
        }
        int total = results.stream().mapToInt(Measured::inspections).sum();
        out.printf("total: %d inspections in %.2f s = %.1f inspections/s%n", total, wall, total / wall);
        if (results.stream().anyMatch(m -> m.failed() > 0)) {
            out.println("some inspections could not complete: see the checklist's TLS-xx results for why");
        }
    }
}
