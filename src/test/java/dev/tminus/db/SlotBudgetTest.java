package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.ServerFacts.InUse;
import dev.tminus.db.ServerFacts.Limit;
import dev.tminus.db.ServerFacts.Scope;
import dev.tminus.db.ServerFacts.Slots;
import dev.tminus.profile.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotBudgetTest {

    static ServerFacts facts(boolean superuser, List<Slots> reserved, List<Limit> limits, InUse inUse) {
        return new ServerFacts("PostgreSQL", "16.4", "launch_check", "game", superuser, 100, reserved, limits, inUse,
                List.of(), new ServerFacts.IdleLimit("idle_in_transaction_session_timeout", Optional.empty()), List.of(),
                Optional.empty(), Instant.EPOCH);
    }

    static Database db(int instances, int maxSize, int others) {
        return Database.builder("player-db", "jdbc:postgresql://db/game", "launch_check",
                        Database.Pool.of(maxSize).withMaxLifetime(Duration.ofMinutes(20)).withInstances(instances))
                .otherClients(others).pathIdleTimeout(java.util.Optional.of(Duration.ofMinutes(30))).burst(8).build();
    }

    @Test
    void takes_reserved_slots_off_max_connections_and_caps_by_role_and_database_limits() {
        // GIVEN PostgreSQL 16 with 3 superuser and 2 reserved slots, a role limit of 80 and a database limit of 50
        SlotBudget budget = new SlotBudget(facts(false,
                List.of(new Slots("superuser_reserved_connections", 3), new Slots("reserved_connections", 2)),
                List.of(new Limit("connection limit 80 of role launch_check", 80, Scope.ACCOUNT),
                        new Limit("connection limit 50 of database game", 50, Scope.DATABASE)),
                new InUse(10, 1, 5)));

        // THEN the account can get 50, and the arithmetic says why
        assertThat(budget.usable()).isEqualTo(95);
        assertThat(budget.slots()).isEqualTo(50);
        assertThat(budget.slotsArithmetic()).isEqualTo("min(100 max_connections − 3 superuser_reserved_connections"
                + " − 2 reserved_connections = 95, connection limit 80 of role launch_check,"
                + " connection limit 50 of database game) = 50");
    }

    @Test
    void leaves_out_reserved_slots_of_zero_as_on_postgres_15() {
        SlotBudget budget = new SlotBudget(facts(false, List.of(new Slots("superuser_reserved_connections", 0)),
                List.of(), new InUse(1, 1, 1)));

        assertThat(budget.slotsArithmetic()).isEqualTo("100 max_connections");
        assertThat(budget.slots()).isEqualTo(100);
    }

    @Test
    void a_superuser_may_use_reserved_slots_and_ignores_role_limits() {
        SlotBudget budget = new SlotBudget(facts(true, List.of(new Slots("superuser_reserved_connections", 3)),
                List.of(new Limit("connection limit 5 of role postgres", 5, Scope.ACCOUNT)), new InUse(1, 1, 1)));

        assertThat(budget.slots()).isEqualTo(100);
        assertThat(budget.slotsArithmetic()).isEqualTo("100 max_connections (superuser)");
    }

    @Test
    void headroom_counts_open_connections_in_each_limits_scope_without_the_checks_own() {
        // GIVEN 90 open on the server (97 usable) but only 3 of the account (limit 60)
        SlotBudget budget = new SlotBudget(facts(false, List.of(new Slots("superuser_reserved_connections", 3)),
                List.of(new Limit("connection limit 60 of role launch_check", 60, Scope.ACCOUNT)),
                new InUse(90, 3, 40)));

        // WHEN a fleet of 4 × 10 looks for room
        SlotBudget.Headroom tightest = budget.tightest(db(4, 10, 10));

        // THEN the server is the tight one: 89 others + 40 = 129 > 97
        assertThat(tightest.ceiling().scope()).isEqualTo(Scope.SERVER);
        assertThat(tightest.inUse()).isEqualTo(89);
        assertThat(tightest.spare()).isEqualTo(97 - 129);
    }

    @Test
    void plans_instances_times_max_size_plus_other_clients() {
        assertThat(SlotBudget.planned(db(8, 200, 50))).isEqualTo(1650);
        assertThat(SlotBudget.plannedArithmetic(db(8, 200, 50)))
                .isEqualTo("8 instances × 200 maxSize + 50 otherClients = 1650");
    }
}
