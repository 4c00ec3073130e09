package dev.tminus.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes the verdict from results: NOT READY when any item failed; else INCOMPLETE when any item
 * could not be checked, or nothing was checked at all; else READY. The same item seen from several
 * vantages is red when it is red at any of them.
 */
public final class Verdicts {

    private static final Comparator<ReadinessItem> BLOCKER_ORDER = Comparator
            .comparing((ReadinessItem i) -> i.outcome().ordinal())
            .thenComparingInt(ReadinessItem::severityRank)
            .thenComparingInt(i -> ChecklistAreas.position(i.tag()))
            .thenComparing(ReadinessItem::checkId)
            .thenComparing(ReadinessItem::name);

    private Verdicts() {
    }

    /** The verdict of one or more results directories (one per vantage). */
    public static Readiness of(List<AllureResults.Run> runs, Optional<EscalationState> escalation, Instant now) {
        List<CheckResult> all = runs.stream().flatMap(r -> r.results().stream()).toList();
        List<Map<String, String>> envs = runs.stream().map(AllureResults.Run::environment).toList();
        List<ReadinessItem> items = merge(all, owners(envs));
        Set<String> vantages = all.stream().map(CheckResult::vantage).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));

        List<String> areas = items.stream().map(ReadinessItem::tag).distinct()
                .sorted(Comparator.comparingInt(ChecklistAreas::position)).toList();
        Map<String, Map<Outcome, Integer>> counts = new LinkedHashMap<>();
        for (String tag : areas) {
            Map<Outcome, Integer> c = new EnumMap<>(Outcome.class);
            items.stream().filter(i -> i.tag().equals(tag)).forEach(i -> c.merge(i.outcome(), 1, Integer::sum));
            counts.put(tag, c);
        }
        List<ReadinessItem> grouped = items.stream()
                .sorted(Comparator.comparingInt((ReadinessItem i) -> ChecklistAreas.position(i.tag()))
                        .thenComparing(ReadinessItem::checkId).thenComparing(ReadinessItem::name)).toList();
        List<ReadinessItem> blockers = items.stream().filter(i -> i.outcome().red()).sorted(BLOCKER_ORDER).toList();

        long failed = items.stream().filter(i -> i.outcome() == Outcome.FAILED).count();
        long broken = items.stream().filter(i -> i.outcome() == Outcome.BROKEN).count();
        long checked = items.stream().filter(i -> i.outcome() == Outcome.PASSED || i.outcome() == Outcome.WAIVED).count();
        long waived = items.stream().filter(i -> i.outcome() == Outcome.WAIVED).count();
        Verdict verdict = failed > 0 ? Verdict.NOT_READY : broken > 0 || checked == 0 ? Verdict.INCOMPLETE : Verdict.READY;
        String headline = switch (verdict) {
            case NOT_READY -> plural(failed, "item is", "items are") + " not ready"
                    + (broken > 0 ? "; " + plural(broken, "item", "items") + " could not be checked" : "");
            case INCOMPLETE -> broken > 0 ? plural(broken, "item", "items") + " could not be checked; nothing failed"
                    : items.isEmpty() ? "no checklist result was found: nothing was checked"
                    : "nothing was checked: every item was skipped (" + skips(items) + ")";
            case READY -> "all " + plural(checked, "item", "items") + " checked are ready"
                    + (waived > 0 ? " (" + waived + " under a waiver)" : "");
        };
        return new Readiness(verdict, headline, joined(envs, "env"), joined(envs, "release"), joined(envs, "T0"),
                joined(envs, "phase"), List.copyOf(vantages), areas, counts, blockers, grouped, escalation, List.of(),
                now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static List<ReadinessItem> merge(List<CheckResult> all, Map<String, String> owners) {
        Map<String, List<CheckResult>> byItem = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparingLong(CheckResult::stop))
                .forEach(r -> byItem.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<ReadinessItem> items = new ArrayList<>();
        for (List<CheckResult> seen : byItem.values()) {
            Outcome outcome = seen.stream().map(CheckResult::outcome).reduce(Outcome.NOT_CONFIGURED, Outcome::worse);
            CheckResult worst = seen.stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
            List<String> vantages = seen.stream().map(CheckResult::vantage).filter(v -> !v.isEmpty()).distinct().sorted().toList();
            List<String> redAt = seen.stream().filter(r -> r.outcome().red()).map(CheckResult::vantage)
                    .filter(v -> !v.isEmpty()).distinct().sorted().toList();
            String owner = worst.owner().isEmpty() ? owners.getOrDefault(worst.tag(), "") : worst.owner();
            items.add(new ReadinessItem(worst.checkId(), worst.tag(), worst.epic(), worst.name(), worst.item(), outcome,
                    worst.reason(), worst.severity(), owner, redAt, vantages));
        }
        return items;
    }

    /** {@code owners=dns: netops, tls: netops} from environment.properties, per tag. */
    static Map<String, String> owners(List<Map<String, String>> envs) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Map<String, String> env : envs) {
            for (String pair : env.getOrDefault("owners", "").split(",")) {
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    owners.putIfAbsent(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
                }
            }
        }
        return owners;
    }

    private static String joined(List<Map<String, String>> envs, String key) {
        Set<String> values = envs.stream().map(e -> e.get(key)).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return values.isEmpty() ? "unknown" : String.join(", ", values);
    }

    /** {@code 3 not due yet, 1 not configured}: the kinds of skip among the items, in column order. */
    static String skips(List<ReadinessItem> items) {
        return Outcome.SKIPS.stream().map(k -> Map.entry(k, items.stream().filter(i -> i.outcome() == k).count()))
                .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
