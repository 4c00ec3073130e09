package dev.tminus.checklist.goldenhour;

import static org.awaitility.Awaitility.await;

import dev.tminus.ProbeException;
import dev.tminus.golden.HttpAnswer;
import dev.tminus.golden.HttpProbeClient;
import dev.tminus.profile.Durations;
import dev.tminus.profile.GoldenHour;
import dev.tminus.report.Evidence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.IterativePollInterval;
import org.awaitility.pollinterval.PollInterval;

/**
 * Watches one HTTP probe with Awaitility: named waits, a polling interval that grows but stays
 * bounded, every request within the profile's timeout. Keeps every observation for the report.
 */
final class ProbeWatch {

    static final Duration FIRST_POLL = Duration.ofMillis(200);
    static final Duration MAX_POLL = Duration.ofSeconds(2);
    static final Duration STEADY = Duration.ofSeconds(1);

    private final GoldenHour.HttpProbe probe;
    private final HttpProbeClient client;
    private final Duration timeout;
    private final String rerun;
    private final List<String> log = new ArrayList<>();
    private HttpAnswer last;
    private ProbeException lastError;
    private int attempts;

    ProbeWatch(GoldenHour.HttpProbe probe, HttpProbeClient client, Duration timeout, String rerun) {
        this.probe = probe;
        this.client = client;
        this.timeout = timeout;
        this.rerun = rerun;
    }

    static PollInterval pollInterval() {
        return IterativePollInterval.iterative(d -> d.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : d.multipliedBy(2),
                FIRST_POLL);
    }

    /** Until the expected status, or {@code start + within}; past the deadline, one short budget to answer now. */
    void awaitUp(Instant start, Instant now) {
        Duration left = Duration.between(now, start.plus(probe.within()));
        Duration floor = timeout.plus(MAX_POLL);
        Duration budget = left.compareTo(floor) > 0 ? left : floor;
        try {
            await(probe.name() + " " + probe.status() + " after T0").atMost(budget).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(pollInterval())
                    .until(this::ask, answer -> answer != null && answer.status() == probe.status());
        } catch (ConditionTimeoutException e) {
            attachLog();
            if (lastError != null || last == null) {
                throw lastError != null ? lastError : new ProbeException.Timeout(probe.name() + " at " + probe.url()
                        + " gave no answer within " + Durations.format(budget) + ". Then re-run: " + rerun, e);
            }
            throw new AssertionError(GoldenHourMessages.probeNeverAnswered(probe, start, last, attempts, rerun));
        }
    }

    /** Once up, it must still answer the expected status for a little while. */
    void awaitStillUp() {
        HttpAnswer up = last;
        try {
            await(probe.name() + " keeps answering " + probe.status()).during(STEADY)
                    .atMost(STEADY.plus(timeout).plus(MAX_POLL)).pollInSameThread()
                    .pollInterval(Duration.ofMillis(250))
                    .until(this::ask, answer -> answer != null && answer.status() == probe.status());
        } catch (ConditionTimeoutException e) {
            attachLog();
            if (lastError != null) {
                throw lastError;
            }
            throw new AssertionError(GoldenHourMessages.probeStoppedAnswering(probe, up, last, rerun));
        }
        attachLog();
    }

    private HttpAnswer ask() {
        attempts++;
        try {
            last = client.get(probe.url());
            lastError = null;
            log.add(last.at() + "  " + last.status() + "  " + last.elapsed().toMillis() + "ms  " + last.body());
            return last;
        } catch (ProbeException e) {
            lastError = e;
            log.add(Instant.now() + "  no answer: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    private void attachLog() {
        Evidence.attach(probe.name() + " · observations", "GET " + probe.url() + " expecting " + probe.status()
                + " within " + Durations.format(probe.within()) + "\n" + String.join("\n", log));
    }
}
