package dev.tminus.checklist.silence;

import dev.tminus.alerting.ActiveAlert;
import dev.tminus.alerting.AlertingHttp;
import dev.tminus.alerting.AlertmanagerProbe;
import dev.tminus.alerting.LoadedRule;
import dev.tminus.alerting.PrometheusProbe;
import dev.tminus.alerting.RoutingTree;
import dev.tminus.alerting.ServiceStatus;
import dev.tminus.alerting.Silence;
import dev.tminus.profile.Alerting;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What Alertmanager and Prometheus answered, fetched once per run, concurrently on a small executor
 * of its own, and shared by every silence check. Each fact keeps its own failure, so a broken
 * Prometheus makes only the checks that need Prometheus COULD NOT CHECK.
 *
 * @param fetchedAt when the facts were read: "now" for window arithmetic
 */
record AlertingFacts(Alerting alerting, Instant fetchedAt, Fetched<ServiceStatus> alertmanagerStatus,
                     Fetched<ServiceStatus> prometheusStatus, Fetched<List<Silence>> silences,
                     Fetched<RoutingTree> routing, Fetched<List<ActiveAlert>> alertmanagerAlerts,
                     Fetched<List<LoadedRule>> rules, Fetched<List<ActiveAlert>> prometheusAlerts) {

    static AlertingFacts fetch(Alerting alerting) {
        var alertmanager = new AlertmanagerProbe(new AlertingHttp("Alertmanager", alerting.alertmanager(), alerting));
        var prometheus = new PrometheusProbe(new AlertingHttp("Prometheus", alerting.prometheus(), alerting));
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "alerting-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Instant now = Instant.now();
            var amStatus = submit(pool, alertmanager::status);
            var promStatus = submit(pool, prometheus::status);
            var silences = submit(pool, alertmanager::silences);
            var routing = submit(pool, alertmanager::routingTree);
            var amAlerts = submit(pool, alertmanager::alerts);
            var rules = submit(pool, prometheus::rules);
            var promAlerts = submit(pool, prometheus::alerts);
            return new AlertingFacts(alerting, now, join(amStatus), join(promStatus), join(silences), join(routing),
                    join(amAlerts), join(rules), join(promAlerts));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Active and pending silences. */
    List<Silence> liveSilences() {
        return silences.get().stream().filter(Silence::live).toList();
    }

    private static <T> Future<Fetched<T>> submit(ExecutorService pool, Callable<T> probe) {
        return pool.submit(() -> Fetched.of(probe));
    }

    private static <T> Fetched<T> join(Future<Fetched<T>> future) {
        try {
            return future.get(); // each probe call is bounded by alerting.timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.of(() -> {
                throw e;
            });
        } catch (java.util.concurrent.ExecutionException e) {
            return Fetched.of(() -> {
                throw (Exception) e.getCause();
            });
        }
    }
}
