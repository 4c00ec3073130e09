package dev.tminus.checklist.db;

import dev.tminus.db.FleetAccount;
import dev.tminus.db.PoolSettings;
import dev.tminus.db.ServerFacts;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.profile.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The idle limits DB-06 holds {@code maxLifetime} against: the server's, plus {@code pathIdleTimeout}
 * when the profile names one (left out, nothing on the path is known to end idle connections).
 */
record IdleLimits(PoolSettings settings, List<IdleLimit> limits, boolean pathKnown) {

    /** HikariCP's advice: retire connections well before any idle limit on the path ends them. */
    static final Duration LIFETIME_MARGIN = Duration.ofSeconds(30);

    IdleLimits {
        limits = List.copyOf(limits);
    }

    static IdleLimits of(Database db, ServerFacts facts) {
        return of(db, facts, Optional.empty());
    }

    /** With the limits as they apply to the fleet's own account ({@code fleetUsername}) when there is one. */
    static IdleLimits of(Database db, ServerFacts facts, Optional<FleetAccount> fleet) {
        List<IdleLimit> limits = new ArrayList<>(facts.idleLimitsFor(fleet));
        db.pathIdleTimeout().ifPresent(t -> limits.add(new IdleLimit("pathIdleTimeout", Optional.of(t))));
        return new IdleLimits(PoolSettings.effective(db.pool()), limits, db.pathIdleTimeout().isPresent());
    }

    /** The lowest limit that ends idle connections before {@code maxLifetime} + the margin; empty when none does. */
    Optional<IdleLimit> endingFirst() {
        Duration lifetime = settings.maxLifetime();
        return limits.stream().filter(l -> l.value().isPresent())
                .filter(l -> lifetime.isZero() || lifetime.plus(LIFETIME_MARGIN).compareTo(l.value().get()) > 0)
                .min(Comparator.comparing(l -> l.value().get()));
    }

    String describe() {
        return settings.describe() + "\n" + String.join("\n", limits.stream().map(IdleLimit::describe).toList())
                + (pathKnown ? "" : "\npathIdleTimeout not set: no idle limit on the path is known");
    }
}
