package dev.tminus.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readiness verdict of one run (or of several runs from different vantages, merged): what the
 * one-page summary, the console and the gate show.
 *
 * @param headline   the verdict explained in one sentence
 * @param env        the profile name(s)
 * @param t0         T0 as the profile sets it, or {@code not set}
 * @param vantages   where the checks ran from (empty: one unnamed place)
 * @param areas      the areas that have results, in seed order
 * @param counts     per area: how many items came to each outcome
 * @param blockers   the red items, most important first
 * @param items      every item, grouped by area in seed order
 * @param escalation the golden hour's escalation, when the golden-hour checks wrote one in this run
 * @param warnings   what the run noticed about its own input that changes no outcome but someone believes
 *                   otherwise (a waiver that waives nothing); empty when none
 */
public record Readiness(Verdict verdict, String headline, String env, String release, String t0, String phase,
                        List<String> vantages, List<String> areas, Map<String, Map<Outcome, Integer>> counts,
                        List<ReadinessItem> blockers, List<ReadinessItem> items,
                        Optional<EscalationState> escalation, List<String> warnings, Instant generated) {

    public Readiness {
        vantages = List.copyOf(vantages);
        areas = List.copyOf(areas);
        Map<String, Map<Outcome, Integer>> copy = new LinkedHashMap<>();
        counts.forEach((tag, byOutcome) -> {
            Map<Outcome, Integer> c = new EnumMap<>(Outcome.class);
            c.putAll(byOutcome);
            copy.put(tag, java.util.Collections.unmodifiableMap(c));
        });
        counts = java.util.Collections.unmodifiableMap(copy);
        blockers = List.copyOf(blockers);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** This verdict with the run's warnings. */
    public Readiness withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Readiness(verdict, headline, env, release, t0, phase, vantages, areas, counts, blockers, items,
                escalation, all, generated);
    }

    /** How many items of the area came to this outcome. */
    public int count(String tag, Outcome outcome) {
        return counts.getOrDefault(tag, Map.of()).getOrDefault(outcome, 0);
    }

    /** How many items of all areas came to this outcome. */
    public int total(Outcome outcome) {
        return areas.stream().mapToInt(tag -> count(tag, outcome)).sum();
    }

    /** The items of one area, in the order they ran. */
    public List<ReadinessItem> itemsOf(String tag) {
        return items.stream().filter(i -> i.tag().equals(tag)).toList();
    }

    /** The area's name for people, as its results carry it (a team's own area too). */
    public String title(String tag) {
        return items.stream().filter(i -> i.tag().equals(tag)).map(ReadinessItem::epic).findFirst()
                .orElseGet(() -> ChecklistAreas.title(tag));
    }

    /** Areas of the checklist that have no result in this run. */
    public List<String> areasNotRun() {
        return ChecklistAreas.ORDER.stream().filter(t -> !areas.contains(t)).toList();
    }

    /** The vantages in words: {@code eu-west, us-east}, or {@code this machine}. */
    public String vantageText() {
        return vantages.isEmpty() ? "this machine" : String.join(", ", vantages);
    }
}
