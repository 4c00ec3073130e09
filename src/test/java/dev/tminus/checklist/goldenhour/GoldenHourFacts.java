package dev.tminus.checklist.goldenhour;

import dev.tminus.ProbeException;
import dev.tminus.check.Areas;
import dev.tminus.check.Fact;
import dev.tminus.checklist.FactsExtension;
import dev.tminus.checklist.Profiles;
import dev.tminus.checklist.Tags;
import dev.tminus.golden.Escalation;
import dev.tminus.golden.ObservationWindow;
import dev.tminus.golden.PrometheusRangeClient;
import dev.tminus.golden.SeriesWindow;
import dev.tminus.golden.SloEvaluator;
import dev.tminus.golden.SloVerdict;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.GoldenHour;
import dev.tminus.profile.Profile;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The golden hour's facts for one run, gathered once and concurrently on a small executor of their
 * own: every SLO's series and the protected alerts' history over the same window, judged at the
 * same instant. Kept in the JUnit root store and closed by JUnit.
 */
final class GoldenHourFacts implements AutoCloseable {

    private static final int THREADS = 4;

    final Profile profile;
    final GoldenHour goldenHour;
    final Optional<ObservationWindow> window;
    final Optional<PrometheusRangeClient> prometheus;
    private final ExecutorService executor;
    private final Map<String, CompletableFuture<SeriesWindow>> slos = new LinkedHashMap<>();
    private final Map<Map<String, String>, CompletableFuture<SeriesWindow>> alerts = new LinkedHashMap<>();

    private GoldenHourFacts(Profile profile, Clock clock) {
        this.profile = profile;
        this.goldenHour = profile.goldenHour().orElseThrow();
        this.window = ObservationWindow.of(profile.launch(), goldenHour, clock.instant());
        this.prometheus = profile.alerting().map(a -> new PrometheusRangeClient(a.prometheus(), a.bearerToken(),
                goldenHour.timeout()));
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "golden-hour-probe");
            t.setDaemon(true);
            return t;
        });
        if (prometheus.isPresent() && window.isPresent() && !window.get().notStarted()) {
            ObservationWindow w = window.get();
            for (GoldenHour.Slo slo : goldenHour.slos()) {
                slos.put(slo.name(), CompletableFuture.supplyAsync(
                        () -> prometheus.get().range(slo.query(), w.firstPoint(), w.end(), w.step()), executor));
            }
            for (Map<String, String> set : protectedSets(profile)) {
                alerts.put(set, CompletableFuture.supplyAsync(() -> ProtectedAlerts.history(prometheus.get(), set, w),
                        executor));
            }
        }
    }

    static GoldenHourFacts gather(ExtensionContext context) {
        return new GoldenHourFacts(Profiles.of(context), Clock.systemUTC());
    }

    static List<Map<String, String>> protectedSets(Profile profile) {
        return profile.alerting().flatMap(Alerting::silence).map(Alerting.SilencePlan::protectedSets).orElse(List.of());
    }

    /** The re-run command operators paste. */
    String rerun() {
        return Areas.rerun(profile.name(), Tags.GOLDEN_HOUR);
    }

    /** The window, or the item is skipped: no T0, or the golden hour has not started. */
    ObservationWindow startedWindow() {
        ObservationWindow w = window.orElse(null);
        if (w == null) {
            Assumptions.abort("not configured: launch.at (T0) is not set and goldenHour.from is absent");
        }
        if (w.notStarted()) {
            Assumptions.abort(w.notStartedReason());
        }
        return w;
    }

    PrometheusRangeClient prometheus() {
        return prometheus.orElseGet(() -> {
            Assumptions.abort("not configured: alerting.prometheus is needed to query the golden hour's series");
            return null;
        });
    }

    /** The SLO judged over the window; COULD NOT CHECK when Prometheus could not answer. */
    SloVerdict verdict(GoldenHour.Slo slo) {
        startedWindow();
        prometheus();
        return SloEvaluator.evaluate(slo, join(slos.get(slo.name())));
    }

    SeriesWindow alertHistory(Map<String, String> protectedSet) {
        startedWindow();
        prometheus();
        return join(alerts.get(protectedSet));
    }

    /** Every SLO's standing, for the escalation summary. */
    Escalation escalation() {
        ObservationWindow w = startedWindow();
        prometheus();
        List<Escalation.Entry> entries = goldenHour.slos().stream().map(slo -> {
            try {
                return Escalation.Entry.of(verdict(slo));
            } catch (ProbeException e) {
                return Escalation.Entry.inconclusive(slo, e.getMessage().lines().findFirst().orElse(""));
            }
        }).toList();
        return new Escalation(profile.launch().release(), profile.launch().at().orElse(w.start()), w.start(), w.end(),
                w.windowEnd(), w.step(), entries);
    }

    private static <T> T join(CompletableFuture<T> future) {
        return Fact.of(future, e -> new ProbeException("Could not check the golden hour: " + e, e)).get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Hands the facts to check methods. */
    static final class Resolver extends FactsExtension<GoldenHourFacts> {
        Resolver() {
            super(GoldenHourFacts.class, GoldenHourFacts::gather);
        }
    }
}
