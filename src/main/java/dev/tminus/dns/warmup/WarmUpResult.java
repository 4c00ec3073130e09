package dev.tminus.dns.warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A warm-up run: per recursive resolver the first answers and the warm round, the TTLs they were
 * judged against, and the keep-warm rounds' lines.
 *
 * @param referenceTtl   {@code name|type} → the authoritative TTL (or, without authoritative
 *                       resolvers in the profile, the longest TTL any resolver handed out)
 * @param fromAuthority  true when the reference TTLs came from authoritative resolvers
 * @param settle         the pause between filling the caches and the warm round
 * @param interrupted    true when Ctrl-C ended the run
 */
public record WarmUpResult(String env, Instant started, Instant finished, List<ResolverOutcome> resolvers,
                           Map<String, OptionalLong> referenceTtl, boolean fromAuthority, Duration settle,
                           int records, List<String> rounds, boolean interrupted) {

    /** Every recursive resolver warmed and every record resolved. */
    public static final int WARMED = 0;
    /** Some record or target did not resolve on some resolver (it answered, with no record). */
    public static final int UNRESOLVED = 1;
    /** Some resolver could not be warmed at all (no answer within timeout × attempts), or none to warm. */
    public static final int COULD_NOT_CHECK = 2;

    public WarmUpResult {
        resolvers = List.copyOf(resolvers);
        referenceTtl = Map.copyOf(referenceTtl);
        rounds = List.copyOf(rounds);
    }

    public WarmUpResult withRounds(List<String> lines, Instant end, boolean stopped) {
        return new WarmUpResult(env, started, end, resolvers, referenceTtl, fromAuthority, settle, records, lines, stopped);
    }

    public int exitCode() {
        if (resolvers.isEmpty() || resolvers.stream().anyMatch(r -> r.couldNotCheck().isPresent())) {
            return COULD_NOT_CHECK;
        }
        return resolvers.stream().anyMatch(r -> !r.unresolved().isEmpty()) ? UNRESOLVED : WARMED;
    }

    public String verdict() {
        return switch (exitCode()) {
            case WARMED -> "warmed: every recursive resolver holds every record";
            case UNRESOLVED -> "incomplete: some records did not resolve (listed per resolver)";
            default -> "could not check: some resolver could not be warmed (see its line)";
        };
    }
}
