package dev.tminus.dns.warmup;

import dev.tminus.profile.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The warm-up of one recursive resolver.
 *
 * @param cold          the first answers of the run (records, then the targets they lead to)
 * @param warm          the answers of the warm round, asked after the cache was filled
 * @param couldNotCheck why the resolver could not be warmed at all (no question got an answer)
 */
public record ResolverOutcome(Resolver resolver, List<Sample> cold, List<Sample> warm, Optional<String> couldNotCheck) {

    public ResolverOutcome {
        cold = List.copyOf(cold);
        warm = List.copyOf(warm);
    }

    /**
     * Records and targets that did not resolve: a record of the profile whose last answer has no
     * record of its type, a target with neither A nor AAAA (a record of the profile for the
     * same name counts). {@code name type: summary}, in order.
     */
    public List<String> unresolved() {
        List<Sample> last = warm.isEmpty() ? cold : warm;
        List<String> out = new ArrayList<>();
        Map<String, List<Sample>> addresses = new LinkedHashMap<>();
        for (Sample s : last) {
            if (List.of("A", "AAAA").contains(s.question().type())) {
                addresses.computeIfAbsent(s.question().name(), k -> new ArrayList<>()).add(s);
            }
            if (!s.question().target() && !s.resolves()) {
                out.add(s.question().name() + " " + s.question().type() + ": " + firstLine(s.summary()));
            }
        }
        addresses.forEach((name, samples) -> {
            if (samples.stream().anyMatch(s -> s.question().target()) && samples.stream().noneMatch(Sample::resolves)) {
                out.add(name + " A/AAAA (a target): " + samples.stream().map(s -> s.question().type() + " "
                        + firstLine(s.summary())).reduce((a, b) -> a + ", " + b).orElse(""));
            }
        });
        return out;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }
}
