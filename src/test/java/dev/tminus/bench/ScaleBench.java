package dev.tminus.bench;

import dev.tminus.fixture.Trees;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code make bench ARGS=scale}: a large environment on real servers started here on loopback, and
 * the checklist on it in a JVM of its own, as {@code mvn verify} runs it. {@code --records 500} A
 * records on two BIND servers (127.0.0.1, two ports), {@code --endpoints 50} TLS endpoints × 3
 * addresses on one nginx (127.0.1.1-3), {@code --databases 8} databases created on the local
 * PostgreSQL (127.0.0.1:5432, user postgres) and dropped afterwards, {@code --slos 50} SLOs on a
 * Prometheus started here. Prints the checks' wall time (per check class too), the outcomes and the
 * checklist JVM's peak resident memory. The checklist's JVM gets the options failsafe gives it
 * ({@link #CHECKLIST_JVM}), then each {@code --jvm-arg}. Profile, configs and results under
 * target/bench/scale/.
 */
public final class ScaleBench {

    record Options(int records, int endpoints, int databases, int slos, String checks, List<String> jvmArgs) {
    }

    /** The options failsafe gives the checklist's JVM (pom.xml, property checklist.jvm). */
    static final List<String> CHECKLIST_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        run(parse(args), System.out);
    }

    static Options parse(String[] args) {
        int records = 500;
        int endpoints = 50;
        int databases = 8;
        int slos = 50;
        String checks = "dns|tls|db|golden-hour";
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "scale" -> {
                    continue;
                }
                case "--records" -> records = Integer.parseInt(value);
                case "--endpoints" -> endpoints = Integer.parseInt(value);
                case "--databases" -> databases = Integer.parseInt(value);
                case "--slos" -> slos = Integer.parseInt(value);
                case "--checks" -> checks = value;
                case "--jvm-arg" -> jvmArgs.add(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --records 500"
                        + " --endpoints 50 --databases 8 --slos 50 --checks 'dns|tls|db|golden-hour' --jvm-arg -XX:...");
            }
            i++;
        }
        return new Options(records, endpoints, databases, slos, checks, jvmArgs);
    }

    static void run(Options o, PrintStream out) throws Exception {
        if (!RealServers.haveBind() || !RealServers.haveNginx() || !Files.isExecutable(ScaleProfile.PROMETHEUS)) {
            out.println("scale: needs BIND, nginx and Prometheus (apt-get install bind9 nginx-light prometheus)");
            return;
        }
        Path base = Path.of(System.getProperty("tminus.basedir", ".")).toAbsolutePath();
        Path dir = base.resolve("target/bench/scale");
        Trees.delete(dir);
        Files.createDirectories(dir.resolve("environments"));
        List<String> databases = new ArrayList<>();
        for (int i = 1; i <= o.databases(); i++) {
            databases.add("tminus_scale_" + i);
        }
        try (RealServers real = new RealServers()) {
            ScaleProfile plan = new ScaleProfile(o, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            // BIND listens on interface addresses only, and this machine's loopback has 127.0.0.1: two ports
            int ns1 = RealServers.freePort("127.0.0.1", 25553);
            int ns2 = RealServers.freePort("127.0.0.1", ns1 + 1);
            real.bind(dir.resolve("bind1"), "127.0.0.1", ns1, ScaleProfile.ZONE, plan.zoneRecords());
            real.bind(dir.resolve("bind2"), "127.0.0.1", ns2, ScaleProfile.ZONE, plan.zoneRecords());
            int tlsPort = RealServers.freePort(ScaleProfile.TLS_ADDRESSES.get(0), 28643);
            Path trust = real.nginx(dir.resolve("nginx"), ScaleProfile.TLS_ADDRESSES, tlsPort, plan.hosts());
            int promPort = RealServers.freePort("127.0.0.1", 29090);
            real.prometheus(dir.resolve("prometheus"), promPort);
            createDatabases(databases);
            try {
                Files.writeString(dir.resolve("environments/scale.yaml"),
                        plan.yaml(ns1, ns2, tlsPort, trust, promPort, databases));
                out.printf("scale: %d records on 2 BIND, %d endpoints × %d addresses on nginx, %d databases on the local"
                        + " PostgreSQL, %d SLOs on Prometheus; profile %s%n", o.records(), o.endpoints(),
                        ScaleProfile.TLS_ADDRESSES.size(), o.databases(), o.slos(), dir.resolve("environments/scale.yaml"));
                checklist(dir, o, out);
            } finally {
                dropDatabases(databases);
            }
        }
    }

    /** The checklist in a JVM of its own, like failsafe's fork; its lines go to {@code out}. */
    private static void checklist(Path dir, Options o, PrintStream out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String checks = o.checks();
        List<String> argv = new ArrayList<>(List.of(java));
        argv.addAll(CHECKLIST_JVM);
        argv.addAll(o.jvmArgs());
        argv.addAll(List.of("-cp", classpath(),
                "-Dtminus.env=scale", "-Dtminus.checks=" + checks, "-Dtminus.basedir=" + dir,
                "-Dtminus.role=checklist", "-Dtminus.version=bench",
                "-Dallure.results.directory=" + dir.resolve("allure-results"),
                ScaleChecklist.class.getName(), checks));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(dir.resolve("checklist.log").toFile())
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            out.println("scale: the checklist did not finish within 10 minutes; see " + dir.resolve("checklist.log"));
            return;
        }
        boolean summary = false;
        for (String line : Files.readAllLines(dir.resolve("checklist.log"))) {
            summary |= line.startsWith("checks: ");
            if (summary) {
                out.println(line);
            }
        }
        out.println("(every result: " + dir.resolve("checklist.log") + ", Allure results: " + dir.resolve("allure-results") + ")");
    }

    /** The test classpath: exec:java runs the bench in a class loader of its own. */
    private static String classpath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader urls && urls.getURLs().length > 1) {
            List<String> parts = new ArrayList<>();
            for (var url : urls.getURLs()) {
                parts.add(Path.of(java.net.URI.create(url.toString())).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static void createDatabases(List<String> names) throws SQLException {
        try (Connection c = DriverManager.getConnection(ScaleProfile.POSTGRES + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP DATABASE IF EXISTS " + name);
                s.execute("CREATE DATABASE " + name);
            }
        }
    }

    private static void dropDatabases(List<String> names) throws SQLException {
        try (Connection c = DriverManager.getConnection(ScaleProfile.POSTGRES + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
