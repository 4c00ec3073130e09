package dev.tminus.checklist.silence;

import dev.tminus.ProbeException;
import dev.tminus.alerting.ActiveAlert;
import dev.tminus.alerting.AlertingHttp;
import dev.tminus.alerting.AlertmanagerProbe;
import dev.tminus.alerting.LoadedRule;
import dev.tminus.alerting.PrometheusProbe;
import dev.tminus.alerting.RoutingTree;
import dev.tminus.alerting.ServiceStatus;
import dev.tminus.alerting.Silence;
import dev.tminus.check.Fact;
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
record AlertingFacts(Alerting alerting, Instant fetchedAt, Fact<ServiceStatus> alertmanagerStatus,
                     Fact<ServiceStatus> prometheusStatus, Fact<List<Silence>> silences,
                     Fact<RoutingTree> routing, Fact<List<ActiveAlert>> alertmanagerAlerts,
                     Fact<List<LoadedRule>> rules, Fact<List<ActiveAlert>> prometheusAlerts)
        implements AutoCloseable {

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

    private static <T> Future<Fact<T>> submit(ExecutorService pool, Callable<T> probe) {
        return pool.submit(() -> Fact.attempt(probe, AlertingFacts::unexpected));
    }

    private static <T> Fact<T> join(Future<Fact<T>> future) {
        return Fact.join(future, AlertingFacts::unexpected); // each probe call is bounded by alerting.timeout
    }

    /** A failure that is not the target's (a bug, an interrupt): still COULD NOT CHECK for the items that need it. */
    private static ProbeException unexpected(Throwable e) {
        return new ProbeException("Could not check: " + e, e);
    }

    /** Nothing stays open: the fetch's executor ends with the fetch. */
    @Override
    public void close() {
    }
}
