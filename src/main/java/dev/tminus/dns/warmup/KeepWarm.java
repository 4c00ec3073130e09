package dev.tminus.dns.warmup;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Keeps the caches warm until an instant: each question is asked again when the TTL its resolver
 * handed out is down to a margin (a tenth of it, at least 1s): a resolver that prefetches (Unbound
 * {@code prefetch: yes}, BIND {@code prefetch}) refreshes the entry then; one that does not still
 * holds it, and the question is asked again the moment the entry expires, so the refetch is ours,
 * not a player's. One line per round.
 */
final class KeepWarm {

    /** Receives the latest sample of every question after each round (the textfile). */
    interface Listener {
        void round(int round, List<Sample> latest) throws IOException;
    }

    /** When nothing answered (no TTL), ask again this soon. */
    static final Duration RETRY = Duration.ofSeconds(5);

    /** A round asks every question due within this much of it: one round per second at most, not one per question. */
    static final Duration BATCH = Duration.ofSeconds(1);

    private final Asker asker;
    private final Clock clock;
    private final WarmUpEngine.Sleeper sleeper;
    private final PrintStream out;
    private final Listener listener;

    KeepWarm(Asker asker, Clock clock, WarmUpEngine.Sleeper sleeper, PrintStream out, Listener listener) {
        this.asker = asker;
        this.clock = clock;
        this.sleeper = sleeper;
        this.out = out;
        this.listener = listener;
    }

    /** The second after which a sample's question must be asked again. */
    static Instant due(Sample s) {
        OptionalLong ttl = s.ttl();
        if (ttl.isEmpty()) {
            ttl = s.answer().flatMap(a -> a.authority().stream().filter(r -> r.type().equals("SOA")).findFirst())
                    .map(r -> OptionalLong.of(r.ttl())).orElse(OptionalLong.empty());
        }
        if (ttl.isEmpty()) {
            return s.at().plus(RETRY);
        }
        long t = ttl.getAsLong();
        long margin = Math.max(1, t / 10);
        return t > margin ? s.at().plusSeconds(t - margin) : s.at().plusSeconds(t).plusMillis(100);
    }

    /**
     * Rounds until {@code until} or until the sleeper is told to stop; returns the round lines.
     *
     * @param firstRound the number of the first keep-warm round (the warm-up's own rounds come before)
     */
    List<String> until(Instant until, List<Sample> start, Map<String, OptionalLong> reference, int firstRound)
            throws InterruptedException, IOException {
        Map<Question, Sample> latest = new LinkedHashMap<>();
        start.forEach(s -> latest.put(s.question(), s));
        List<String> lines = new ArrayList<>();
        int round = firstRound;
        while (true) {
            Instant next = latest.values().stream().map(KeepWarm::due).min(Instant::compareTo).orElse(until);
            if (!next.isBefore(until)) {
                break;
            }
            Duration wait = Duration.between(clock.instant(), next);
            if (!wait.isNegative() && !sleeper.sleep(wait)) {
                break;
            }
            Instant now = clock.instant();
            Instant window = now.plus(BATCH);
            List<Question> dueNow = latest.values().stream().filter(s -> !due(s).isAfter(window)).map(Sample::question).toList();
            if (dueNow.isEmpty()) {
                continue;
            }
            List<Sample> answers = asker.ask(dueNow);
            answers.forEach(s -> latest.put(s.question(), s));
            PhaseStats stats = PhaseStats.of(answers, reference);
            Instant following = latest.values().stream().map(KeepWarm::due).min(Instant::compareTo).orElse(until);
            String line = line(round, now, answers.size(), stats, following.isBefore(until) ? following : until, until);
            lines.add(line);
            out.println(line);
            listener.round(round, List.copyOf(latest.values()));
            round++;
        }
        return lines;
    }

    /** {@code keep-warm round 3 · 14:02:11Z · 9 queries · from cache 9/9 · p95 0.4ms · failures 0 · next 14:03:05Z · until 15:00:00Z} */
    static String line(int round, Instant at, int queries, PhaseStats s, Instant next, Instant until) {
        return "keep-warm round " + round + " · " + at.truncatedTo(ChronoUnit.SECONDS) + " · " + queries + " quer"
                + (queries == 1 ? "y" : "ies") + " · from cache " + s.cached() + "/" + s.judged()
                + " · p95 " + s.p95Millis().stream().mapToObj(WarmUpTable::ms).findFirst().orElse("—")
                + " · failures " + s.failed() + " · next " + next.truncatedTo(ChronoUnit.SECONDS)
                + " · until " + until.truncatedTo(ChronoUnit.SECONDS);
    }
}
