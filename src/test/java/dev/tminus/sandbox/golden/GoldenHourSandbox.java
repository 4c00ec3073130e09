package dev.tminus.sandbox.golden;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.ProbeException;
import dev.tminus.golden.PrometheusRangeClient;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.golden.SloEvaluator;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.GoldenHour;
import dev.tminus.profile.Profile;
import dev.tminus.sandbox.Fault;
import dev.tminus.sandbox.SandboxComponent;
import dev.tminus.sandbox.SandboxContext;
import dev.tminus.sandbox.alerting.AlertingSandbox;
import dev.tminus.sandbox.alerting.SyntheticGameService;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The golden hour in a box: drives the synthetic game service of the {@link AlertingSandbox} into
 * the golden hour's faults (5xx burst, Redis failures, latency regression, duplicate traces, health
 * 503, P0 errors) and waits, bounded, until Prometheus shows each one, so the window the checks
 * judge holds the fault's data points.
 *
 * <p>One sandbox serves many runs in a JVM, while Prometheus keeps every earlier fault's history.
 * So each time the active faults change, this component first brings its controls back to healthy
 * and waits until the sandbox profile's SLOs are within bounds and no protected alert fires, then
 * starts a fresh observation window there ({@code goldenHour.from}, patched into every profile).
 */
public final class GoldenHourSandbox implements SandboxComponent<GoldenHourSetup> {

    static final Duration SETTLE_BUDGET = Duration.ofSeconds(90);
    static final Duration SHOW_BUDGET = Duration.ofSeconds(30);
    static final Duration HEALTHY_LATENCY = Duration.ofMillis(40);
    private static final Duration POLL = Duration.ofMillis(250);

    private Profile profile;
    private SyntheticGameService service;
    private PrometheusRangeClient prometheus;
    private volatile Instant windowStart;

    @Override
    public String name() {
        return "golden-hour";
    }

    /** Also the silence area's: it must see every change of faults to keep its window clean. */
    @Override
    public Set<String> serves() {
        return Set.of("golden-hour", "silence");
    }

    private final List<Fault<GoldenHourSetup>> faults = GoldenHourFaults.all();

    @Override
    public List<Fault<GoldenHourSetup>> faults() {
        return faults;
    }

    @Override
    public void start(SandboxContext context) {
        AlertingSandbox alerting = context.component(AlertingSandbox.class);
        this.profile = context.profile();
        this.service = alerting.service();
        this.prometheus = new PrometheusRangeClient(URI.create(alerting.prometheusUrl()), Optional.empty(),
                Duration.ofSeconds(2));
        settle();
    }

    @Override
    public GoldenHourSetup healthySetup() {
        return new GoldenHourSetup();
    }

    @Override
    public void apply(GoldenHourSetup setup) {
        healthyControls();
        settleOrWarn();
        service.errorRatio("/pay", setup.payErrorRatio);
        service.redisFailuresPerSecond(setup.redisFailuresPerSecond);
        service.latency(setup.latency);
        service.duplicateTracesPerSecond(setup.duplicateTracesPerSecond);
        service.healthStatus(setup.healthStatus);
        setup.slosToBreach.forEach(this::awaitSloBreached);
        if (setup.p0Errors) {
            service.p0Errors(true);
            String step = Durations.format(profile.goldenHour().orElseThrow().step());
            SeriesWindow firing = await("P0_ERROR_COUNT firing in the window", () -> window("max_over_time(ALERTS{alertstate=\"firing\","
                    + "alertname=\"P0_ERROR_COUNT\"}[" + step + "])"), w -> !w.isEmpty(), SHOW_BUDGET);
            settleGrid(firing.series().get(0).points().get(0).at(), 1);
        }
    }

    /** Every profile the checks see starts its golden hour where this component's clean window starts. */
    @Override
    public void patchProfile(ObjectNode tree) {
        Instant start = windowStart;
        if (start != null && tree.path("goldenHour").isObject()) {
            ((ObjectNode) tree.path("goldenHour")).put("from", start.toString());
        }
    }

    /** The controls this component's faults use, back to the service's healthy defaults. */
    private void healthyControls() {
        service.errorRatio("/pay", 0.0);
        service.redisFailuresPerSecond(0);
        service.latency(HEALTHY_LATENCY);
        service.duplicateTracesPerSecond(0);
        service.healthStatus(200);
        service.p0Errors(false);
    }

    /** Waits until every SLO of the sandbox profile is within bounds and no protected alert fires. */
    private void settle() {
        GoldenHour goldenHour = profile.goldenHour().orElseThrow();
        for (GoldenHour.Slo slo : goldenHour.slos()) {
            await(slo.name() + " within bounds", () -> instant(slo.query()), w -> within(slo, w), SETTLE_BUDGET);
        }
        for (Map<String, String> set : profile.alerting().flatMap(Alerting::silence)
                .map(Alerting.SilencePlan::protectedSets).orElse(List.of())) {
            String matchers = set.entrySet().stream().map(e -> "," + e.getKey() + "=\"" + e.getValue() + "\"")
                    .reduce("", String::concat);
            await("no " + set + " alert firing", () -> instant("ALERTS{alertstate=\"firing\"" + matchers + "}"),
                    SeriesWindow::isEmpty, SETTLE_BUDGET);
        }
        windowStart = Instant.now();
    }

    /** Until the range the checks will query ({@code [windowStart, now]} at step) holds more breaches than allowed. */
    private void awaitSloBreached(String name) {
        GoldenHour goldenHour = profile.goldenHour().orElseThrow();
        GoldenHour.Slo slo = goldenHour.slos().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("environments/sandbox.yaml lost SLO " + name));
        SeriesWindow shown = await(name + " outside its bounds in the window", () -> window(slo.query()),
                w -> SloEvaluator.evaluate(slo, w).breached(), SHOW_BUDGET);
        settleGrid(SloEvaluator.evaluate(slo, shown).breaches().get(0).at(), slo.maxBreaches() + 1);
    }

    /**
     * A check may evaluate on another grid (from T0 rather than from this window's start): wait until
     * any grid has {@code points} evaluation points at or after the fault first showed.
     */
    private void settleGrid(Instant firstShown, int points) {
        Duration step = profile.goldenHour().orElseThrow().step();
        Instant until = firstShown.plus(step.multipliedBy(points)).plusSeconds(1);
        await("the fault to show on every evaluation grid", () -> null, w -> !Instant.now().isBefore(until),
                step.multipliedBy(points + 2));
    }

    private SeriesWindow window(String query) {
        return prometheus.rangeMaybeEmpty(query, windowStart, Instant.now(), profile.goldenHour().orElseThrow().step());
    }

    private static boolean within(GoldenHour.Slo slo, SeriesWindow w) {
        return !w.isEmpty() && w.series().stream().flatMap(s -> s.points().stream()).allMatch(p ->
                !Double.isNaN(p.value()) && slo.min().map(min -> p.value() >= min).orElse(true)
                        && slo.max().map(max -> p.value() <= max).orElse(true));
    }

    private SeriesWindow instant(String query) {
        Instant now = Instant.now();
        return prometheus.rangeMaybeEmpty(query, now, now, Duration.ofSeconds(1));
    }

    private static SeriesWindow await(String what, java.util.function.Supplier<SeriesWindow> value,
                                      Predicate<SeriesWindow> condition, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                SeriesWindow current = value.get();
                if (condition.test(current)) {
                    return current;
                }
                last = "";
            } catch (ProbeException e) {
                last = " (" + e.getMessage().lines().findFirst().orElse("") + ")";
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("Sandbox: gave up after " + budget.toSeconds() + "s waiting for " + what + last);
    }

    /** Settling is best effort: another area's fault may hold an SLO outside its bounds on purpose. */
    private void settleOrWarn() {
        try {
            settle();
        } catch (IllegalStateException e) {
            windowStart = Instant.now();
            System.err.println("T-Minus sandbox: golden hour window starts unsettled: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (service != null) {
            healthyControls();
        }
    }
}
