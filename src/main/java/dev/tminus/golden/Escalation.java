package dev.tminus.golden;

import dev.tminus.profile.GoldenHour.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The golden hour's escalation state after one evaluation: every SLO's outcome, grouped by the level
 * its breach escalates to, and the highest level reached, so a summary can say
 * {@code L3: roll back recommended} at a glance.
 *
 * @param release the release observed
 * @param t0      launch instant
 * @param from    first evaluated instant (T0)
 * @param to      last evaluated instant ({@code min(now, T0 + window)})
 * @param windowEnd T0 + window
 * @param step    evaluation resolution
 * @param slos    one entry per SLO, in profile order
 */
public record Escalation(String release, Instant t0, Instant from, Instant to, Instant windowEnd, Duration step,
                         List<Entry> slos) {

    public Escalation {
        slos = List.copyOf(slos);
    }

    /** How one SLO stands. */
    public enum State { OK, BREACHED, INCONCLUSIVE }

    /**
     * @param worst   the worst value seen (empty when none had a value)
     * @param badness how far the worst value lies beyond the bound, relative to it (&gt; 0 is a breach)
     * @param reason  why it is inconclusive (empty otherwise)
     */
    public record Entry(String slo, Level level, State state, int breaches, int maxBreaches, String bound,
                        Optional<Double> worst, Optional<Double> badness, String reason) {

        /** The entry for an SLO that could be evaluated; NaN points make it inconclusive unless it breached. */
        public static Entry of(SloVerdict v) {
            State state = v.breached() ? State.BREACHED : v.inconclusive() ? State.INCONCLUSIVE : State.OK;
            Optional<Double> worst = v.worst().map(SloVerdict.Breach::value);
            return new Entry(v.slo().name(), v.slo().level(), state, v.breaches().size(), v.slo().maxBreaches(),
                    v.boundText(), worst, worst.map(w -> SloEvaluator.badness(v.slo(), w)),
                    state == State.INCONCLUSIVE ? v.nanPoints() + " points were NaN (no data)" : "");
        }

        /** The entry for an SLO whose query could not be answered. */
        public static Entry inconclusive(dev.tminus.profile.GoldenHour.Slo slo, String reason) {
            return new Entry(slo.name(), slo.level(), State.INCONCLUSIVE, 0, slo.maxBreaches(), SloVerdict.bound(slo),
                    Optional.empty(), Optional.empty(), reason);
        }
    }

    /** The entries of each level that breached, highest level first. */
    public Map<Level, List<Entry>> breachesByLevel() {
        Map<Level, List<Entry>> grouped = new LinkedHashMap<>();
        for (Level level : List.of(Level.L3, Level.L2, Level.L1)) {
            List<Entry> at = slos.stream().filter(e -> e.state() == State.BREACHED && e.level() == level).toList();
            if (!at.isEmpty()) {
                grouped.put(level, at);
            }
        }
        return grouped;
    }

    /** The highest level any breached SLO escalates to. */
    public Optional<Level> highest() {
        return slos.stream().filter(e -> e.state() == State.BREACHED).map(Entry::level).max(Comparator.naturalOrder());
    }

    /** The SLO closest to (or furthest beyond) its bound, among those with a value. */
    public Optional<Entry> worst() {
        return slos.stream().filter(e -> e.badness().isPresent())
                .max(Comparator.comparing((Entry e) -> e.state() == State.BREACHED)
                        .thenComparingDouble(e -> e.badness().orElseThrow()));
    }

    /** One line for people: {@code L3: roll back recommended}, or that nothing escalates. */
    public String summary() {
        return highest().map(Escalation::advice).orElseGet(() ->
                slos.stream().anyMatch(e -> e.state() == State.INCONCLUSIVE)
                        ? "no breach seen, but some SLOs could not be evaluated"
                        : "no breach: nothing to escalate");
    }

    public static String advice(Level level) {
        return switch (level) {
            case L1 -> "L1: annotate the release";
            case L2 -> "L2: page the on-call";
            case L3 -> "L3: roll back recommended";
        };
    }
}
