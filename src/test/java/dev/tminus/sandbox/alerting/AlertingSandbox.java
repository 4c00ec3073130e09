package dev.tminus.sandbox.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.fixture.Trees;
import dev.tminus.profile.Alerting;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Monitoring in a box: real Prometheus (127.0.0.1:19090) and Alertmanager (127.0.0.1:19093)
 * processes from the Debian packages, scraping the {@link SyntheticGameService} (127.0.0.1:19100)
 * every second and evaluating the seed's alert rules every second, with data under
 * {@code target/sandbox/alerting/}. At start it creates the release silences through Alertmanager's
 * API as the deployment pipeline would, from the sandbox profile's {@code alerting.silence} plan.
 *
 * <p>T0 is the sandbox's start, so the planned window (T0-15m … T0+60m) has already begun when the
 * silences are created, and Alertmanager moves their start to "now". The silence checks judge a
 * window that has begun from the silence's creation on (see docs/checks/silence.md).
 *
 * <p>Other components (the golden-hour faults) reach the pieces through {@link #prometheusUrl()},
 * {@link #alertmanagerUrl()} and {@link #service()}; this component's {@link #apply} touches only
 * the service control its own faults use ({@code matchTimeoutRatio}).
 */
public final class AlertingSandbox implements SandboxComponent<AlertingSetup> {

    static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
    public static final int PROMETHEUS_PORT = 19090;
    public static final int ALERTMANAGER_PORT = 19093;
    private static final Duration READY_BUDGET = Duration.ofSeconds(30);

    private final SyntheticGameService service = new SyntheticGameService();
    private final BadGatewayServer badGateway = new BadGatewayServer();
    private final NotReadyProxy notReady = new NotReadyProxy(java.net.URI.create("http://127.0.0.1:" + PROMETHEUS_PORT));
    private final LocalHttp http = new LocalHttp();
    private ManagedProcess prometheus;
    private ManagedProcess alertmanager;
    private ReleaseSilences silences;
    private SandboxContext context;
    private Path dir;
    private String rules = "";
    private String routing = "";

    @Override
    public String name() {
        return "alerting";
    }

    @Override
    public Set<String> serves() {
        return Set.of("silence", "golden-hour");
    }

    private final List<Fault<AlertingSetup>> faults = AlertingFaults.all();

    @Override
    public List<Fault<AlertingSetup>> faults() {
        return faults;
    }

    @Override
    public AlertingSetup healthySetup() {
        return new AlertingSetup();
    }

    public String prometheusUrl() {
        return "http://127.0.0.1:" + PROMETHEUS_PORT;
    }

    public String alertmanagerUrl() {
        return "http://127.0.0.1:" + ALERTMANAGER_PORT;
    }

    public SyntheticGameService service() {
        return service;
    }

    @Override
    public void start(SandboxContext context) throws Exception {
        requireBinaries();
        this.context = context;
        this.dir = context.workDir().toAbsolutePath();
        Files.createDirectories(dir);
        Trees.delete(dir.resolve("prometheus-data"));
        service.start();
        badGateway.start();
        notReady.start();
        Files.writeString(dir.resolve("prometheus.yml"), AlertingConfig.prometheus(ALERTMANAGER_PORT));
        writeRules(new AlertingSetup());
        writeRouting(new AlertingSetup());
        alertmanager = new ManagedProcess("alertmanager", ALERTMANAGER, List.of(
                "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("alertmanager-data"),
                "--web.listen-address=127.0.0.1:" + ALERTMANAGER_PORT,
                "--cluster.listen-address=",
                "--data.retention=2h"), dir.resolve("alertmanager-data"), dir, ALERTMANAGER_PORT);
        prometheus = new ManagedProcess("prometheus", PROMETHEUS, List.of(
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("prometheus-data"),
                "--storage.tsdb.retention.time=1d",
                "--web.listen-address=127.0.0.1:" + PROMETHEUS_PORT,
                "--web.enable-lifecycle"), dir.resolve("prometheus-data"), dir, PROMETHEUS_PORT);
        startAlertmanager();
        prometheus.start();
        LocalHttp.await("Prometheus ready at " + prometheusUrl(), READY_BUDGET,
                () -> http.get(prometheusUrl() + "/-/ready").isPresent(), ok -> ok, prometheus::logTail);
        LocalHttp.await("Prometheus's first scrape of the game service", READY_BUDGET,
                () -> http.getJson(prometheusUrl() + "/api/v1/query?query=up%7Bjob%3D%22game%22%7D"),
                answer -> answer.map(a -> a.path("data").path("result").path(0).path("value").path(1).asText())
                        .filter("1"::equals).isPresent(), prometheus::logTail);
        awaitRulesEvaluated(Instant.now(), new AlertingSetup());
        silences = new ReleaseSilences(java.net.URI.create(alertmanagerUrl()));
        createSilences(new AlertingSetup());
    }

    @Override
    public void apply(AlertingSetup setup) throws Exception {
        service.matchTimeoutRatio(setup.matchTimeoutRatio);
        if (writeRules(setup)) {
            Instant reloaded = Instant.now();
            http.post(prometheusUrl() + "/-/reload");
            awaitRulesEvaluated(reloaded, setup);
        }
        if (setup.alertmanagerDown) {
            alertmanager.stop();
        } else {
            boolean changed = writeRouting(setup);
            if (!alertmanager.alive()) {
                startAlertmanager();
            } else if (changed && !http.post(alertmanagerUrl() + "/-/reload")) {
                throw new IllegalStateException("Alertmanager refused its new configuration:\n" + alertmanager.logTail());
            }
            silences.expireAll();
            createSilences(setup);
        }
        boolean firing = setup.requiredAlertFiring();
        LocalHttp.await(firing ? "MatchTimeoutRateHigh pending" : "MatchTimeoutRateHigh inactive", READY_BUDGET,
                () -> http.getJson(prometheusUrl() + "/api/v1/alerts"),
                answer -> answer.isPresent() && firing == answer.get().path("data").path("alerts").findValuesAsText("alertname")
                        .contains("MatchTimeoutRateHigh"), prometheus::logTail);
    }

    private void createSilences(AlertingSetup setup) throws IOException {
        Optional<Alerting.SilencePlan> plan = context.profile().alerting().flatMap(Alerting::silence);
        if (plan.isPresent()) {
            Instant t0 = context.profile().launch().at().orElseGet(Instant::now);
            silences.create(plan.get(), t0, context.profile().launch().release(), setup);
        }
    }

    private void startAlertmanager() throws IOException {
        Trees.delete(dir.resolve("alertmanager-data"));
        alertmanager.start();
        LocalHttp.await("Alertmanager ready at " + alertmanagerUrl(), READY_BUDGET,
                () -> http.get(alertmanagerUrl() + "/-/ready").isPresent(), ok -> ok, alertmanager::logTail);
    }

    private boolean writeRules(AlertingSetup setup) throws IOException {
        String text = AlertingConfig.rules(setup);
        if (text.equals(rules)) {
            return false;
        }
        Files.writeString(dir.resolve("rules.yml"), text);
        rules = text;
        return true;
    }

    private boolean writeRouting(AlertingSetup setup) throws IOException {
        String text = AlertingConfig.alertmanager(setup, service.baseUrl());
        if (text.equals(routing)) {
            return false;
        }
        Files.writeString(dir.resolve("alertmanager.yml"), text);
        routing = text;
        return true;
    }

    /** Waits until every loaded rule was evaluated after {@code since} and the expected rule set is there. */
    private void awaitRulesEvaluated(Instant since, AlertingSetup setup) {
        boolean missing = setup.ruleMissing;
        LocalHttp.await("Prometheus to evaluate the sandbox's rules", READY_BUDGET,
                () -> http.getJson(prometheusUrl() + "/api/v1/rules?type=alert"),
                answer -> answer.map(a -> evaluatedSince(a, since)
                        && a.findValuesAsText("name").contains("MatchTimeoutRateHigh") != missing).orElse(false),
                prometheus::logTail);
    }

    private static boolean evaluatedSince(JsonNode rules, Instant since) {
        List<JsonNode> all = rules.findValues("lastEvaluation");
        return !all.isEmpty() && all.stream().allMatch(t -> Instant.parse(t.asText()).isAfter(since));
    }

    private static void requireBinaries() {
        List<Path> missing = Stream.of(PROMETHEUS, ALERTMANAGER).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The alerting sandbox needs real Prometheus and Alertmanager binaries, but "
                    + missing + " is missing. Install them with `make setup` (Debian packages prometheus and"
                    + " prometheus-alertmanager: apt-get install -y prometheus prometheus-alertmanager), then re-run.");
        }
    }

    @Override
    public void close() {
        try {
            if (silences != null && alertmanager != null && alertmanager.alive()) {
                silences.expireAll();
            }
        } catch (IOException ignored) {
            // Alertmanager is stopped next; its silences go with its data directory
        }
        if (prometheus != null) {
            prometheus.stop();
        }
        if (alertmanager != null) {
            alertmanager.stop();
        }
        badGateway.close();
        notReady.close();
        service.close();
    }
}
