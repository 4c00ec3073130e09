package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tminus.fixture.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No secret leaves the process. A profile puts one secret in every place a profile can hold one
 * (Alertmanager and Prometheus URL user-info, a golden-hour probe's user-info, a JDBC URL's
 * {@code ?password=}, a database password, the bearer token, a database name, a Redis ACL password)
 * and the checklist runs in its own JVM, as {@code mvn verify} runs it, against targets that answer
 * (the machine's PostgreSQL and MariaDB, an HTTP server and a Redis-speaking server that echo the
 * credentials they are sent) and targets that do not (closed loopback ports); then the Allure HTML report is built from its results as
 * {@code make report} builds it. Every file the runs leave (results, attachments, the JUnit report
 * material, reports/readiness.*, the Allure report) and their consoles are searched for each secret.
 */
@Tag("sandbox")
class SecretsNeverLeaveSelfTest {

    private static final Path PROJECT = Path.of(System.getProperty("tminus.basedir", ".")).toAbsolutePath();
    private static final Map<String, String> SECRETS = secrets();

    @Test
    void no_secret_appears_in_any_file_or_console_of_runs_against_answering_and_silent_targets() throws Exception {
        // GIVEN a fresh project directory with the two profiles, and an HTTP server that echoes credentials
        Path base = PROJECT.resolve("target/secrets-selftest");
        Trees.delete(base);
        Files.createDirectories(base.resolve("environments"));
        HttpServer echo = echoServer();
        ServerSocket redis = redisEcho();
        try {
            int http = echo.getAddress().getPort();
            Files.writeString(base.resolve("environments/answering.yaml"), profile("answering", 5432, 3306, http,
                    redis.getLocalPort()));
            Files.writeString(base.resolve("environments/silent.yaml"), profile("silent", 1, 2, 3, 4));

            // WHEN the checklist runs against each, and the Allure report is generated from the results
            for (String env : List.of("answering", "silent")) {
                int code = run(base, env);
                assertThat(code).as("exit code of the run against %s (see %s)", env, base.resolve("console-" + env + ".txt"))
                        .isZero();
            }
            generateReport(base);
        } finally {
            echo.stop(0);
            redis.close();
        }

        // THEN the runs happened (results, attachments, verdict, report) and no file holds any secret
        assertThat(countFiles(base.resolve("target/allure-results"), "-result.json")).isGreaterThan(30);
        assertThat(countFiles(base.resolve("target/allure-results"), "-attachment.html")).isPositive();
        assertThat(base.resolve("reports/readiness.json")).exists();
        assertThat(base.resolve("reports/allure/index.html")).exists();
        assertThat(Files.readString(base.resolve("console-answering.txt"))).contains("****");
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(Files::isRegularFile).forEach(file -> SECRETS.forEach((place, secret) -> {
                if (contains(file, secret)) {
                    leaks.add(base.relativize(file) + " holds the secret of " + place);
                }
            }));
        }
        assertThat(leaks).as("files with a secret in them").isEmpty();
    }

    /** The secret of each place, by the variable that carries it. */
    private static Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("LEAK_AM_PW", "amPw-7c41e9");
        secrets.put("LEAK_PROM_PW", "promPw-7c41ea");
        secrets.put("LEAK_PROBE_PW", "probePw-7c41eb");
        secrets.put("LEAK_JDBC_PW", "jdbcPw-7c41ec");
        secrets.put("LEAK_DB_PW", "dbPw-7c41ed");
        secrets.put("LEAK_TOKEN", "tok-7c41ee");
        secrets.put("LEAK_DB_NAME", "name-7c41ef");
        secrets.put("LEAK_CACHE_PW", "cachePw-7c41f0");
        return secrets;
    }

    private static String profile(String name, int postgres, int mariadb, int http, int redis) {
        String t0 = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                name: %1$s
                launch: {release: v1.2.0-3a7f1b2, at: %2$s, phase: scale-out}
                databases:
                  - name: pg-${LEAK_DB_NAME}
                    url: jdbc:postgresql://127.0.0.1:%3$d/postgres?password=${LEAK_JDBC_PW}
                    username: postgres
                    password: ${LEAK_DB_PW}
                    pool: {maxSize: 4, minIdle: 1, maxLifetime: 20m, connectionTimeout: 3s, instances: 2}
                    burst: 2
                  - name: maria
                    url: jdbc:mariadb://127.0.0.1:%4$d/mysql?password=${LEAK_JDBC_PW}
                    username: root
                    password: ${LEAK_DB_PW}
                    pool: {maxSize: 4, minIdle: 1, maxLifetime: 20m, connectionTimeout: 3s, instances: 2}
                    burst: 2
                alerting:
                  alertmanager: http://admin:${LEAK_AM_PW}@127.0.0.1:%5$d
                  prometheus: http://admin:${LEAK_PROM_PW}@127.0.0.1:%5$d
                  bearerToken: ${LEAK_TOKEN}
                  timeout: 2s
                  silence:
                    startsBy: T0-15m
                    duration: 75m
                    tolerance: 10m
                    alerts: [{alertname: order_service_latency_high}]
                    protected: [{severity: critical}]
                    maxDuration: 2h
                goldenHour:
                  window: 3h
                  step: 1m
                  timeout: 2s
                  slos: [{name: pay 5xx ratio, query: 'sum(rate(x[5m]))', max: 0.01}]
                  probes:
                    - {name: gateway health, url: 'http://probe:${LEAK_PROBE_PW}@127.0.0.1:%5$d/healthz', within: 1s}
                caches:
                  - name: matcher
                    url: redis://127.0.0.1:%6$d/0
                    username: launch_check
                    password: ${LEAK_CACHE_PW}
                    timeout: 1s
                    attempts: 2
                """.formatted(name, t0, postgres, mariadb, http, redis);
    }

    /** Answers every request with the credentials it came with, as a careless server's error page would. */
    private static HttpServer echoServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = "{\"status\":\"error\",\"error\":\"" + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " with Authorization " + exchange.getRequestHeaders().getFirst("Authorization") + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/healthz") ? 200 : 500, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    /**
     * Speaks just enough of Redis's protocol to refuse every command with an error that quotes the
     * command and its arguments, the AUTH password included, as a careless proxy's error would.
     */
    private static ServerSocket redisEcho() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Thread serve = new Thread(() -> echoRedis(client), "redis-echo");
                    serve.setDaemon(true);
                    serve.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "redis-echo-accept");
        accept.setDaemon(true);
        accept.start();
        return server;
    }

    private static void echoRedis(Socket client) {
        try (client; var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8))) {
            String header;
            while ((header = in.readLine()) != null) {
                List<String> words = new ArrayList<>();
                for (int i = 0, n = Integer.parseInt(header.substring(1)); i < n; i++) {
                    in.readLine(); // $length
                    words.add(in.readLine());
                }
                client.getOutputStream().write(("-WRONGPASS " + String.join(" ", words) + " refused\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // the client went away
        }
    }

    /** One run in its own JVM, with the secrets in its environment; the console goes to console-ENV.txt. */
    private static int run(Path base, String env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dtminus.role=checklist", "-Dtminus.env=" + env, "-Dtminus.basedir=" + base,
                "-Dallure.results.directory=" + base.resolve("target/allure-results"),
                ForkedChecklist.class.getName(), "db|silence|golden-hour|cache",
                base.resolve("target/checklist-reports/" + env + "-trace.txt").toString())
                .directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(base.resolve("console-" + env + ".txt").toFile());
        process.environment().putAll(SECRETS);
        Process started = process.start();
        if (!started.waitFor(3, TimeUnit.MINUTES)) {
            started.destroyForcibly();
            throw new AssertionError("the run against " + env + " did not end within 3 minutes");
        }
        return started.exitValue();
    }

    /** What {@code make report} does with the results: the Allure commandline's generate. */
    private static void generateReport(Path base) throws Exception {
        Process cli = new ProcessBuilder(PROJECT.resolve("scripts/allure-cli.sh").toString()).directory(PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String allure = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(cli.waitFor()).as("scripts/allure-cli.sh").isZero();
        Process generate = new ProcessBuilder(allure, "generate", "--clean", "-o", base.resolve("reports/allure").toString(),
                base.resolve("target/allure-results").toString()).redirectErrorStream(true)
                .redirectOutput(base.resolve("console-report.txt").toFile()).start();
        assertThat(generate.waitFor(3, TimeUnit.MINUTES) && generate.exitValue() == 0).as("allure generate").isTrue();
    }

    private static long countFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }

    private static boolean contains(Path file, String secret) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
