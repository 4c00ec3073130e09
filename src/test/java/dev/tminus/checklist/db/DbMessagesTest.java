package dev.tminus.checklist.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import dev.tminus.db.BurstResult;
import dev.tminus.db.BurstResult.Acquisition;
import dev.tminus.db.BurstResult.Refusal;
import dev.tminus.db.FleetAccount;
import dev.tminus.db.PoolSettings;
import dev.tminus.db.PoolSnapshot;
import dev.tminus.db.ReturnResult;
import dev.tminus.db.RoundTrips;
import dev.tminus.db.ServerFacts;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.ServerFacts.IdleTransaction;
import dev.tminus.db.ServerFacts.InUse;
import dev.tminus.db.ServerFacts.Limit;
import dev.tminus.db.ServerFacts.Scope;
import dev.tminus.db.ServerFacts.Slots;
import dev.tminus.db.SlotBudget;
import dev.tminus.profile.Database;
import dev.tminus.profile.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The exact NOT READY texts of DB-01..DB-09 (DB-07's with hidden sessions: DbSessionMessagesTest), in operator language with the arithmetic written out. */
class DbMessagesTest {

    private static final String RERUN = "mvn verify -Denv=staging -Dchecks=db";

    static Database playerDb(int instances) {
        return new Database("player-db", "jdbc:postgresql://10.0.0.5:5432/game", "launch_check",
                new Secret("s3cret-pw", "PLAYER_DB_PASSWORD"),
                new Database.Pool(10, 2, Duration.ofMinutes(20), Duration.ofSeconds(3), instances), 10,
                java.util.Optional.of(Duration.ofMinutes(30)), Duration.ofMillis(50), 8, Duration.ofSeconds(30),
                java.util.Optional.empty());
    }

    static DbItem item(Database db) {
        return new DbItem(db, RERUN, () -> null);
    }

    static ServerFacts postgres(int roleLimit, InUse inUse, List<IdleTransaction> stuck, Optional<Duration> idleTx) {
        return new ServerFacts("PostgreSQL", "16.4", "launch_check", "game", false, 100,
                List.of(new Slots("superuser_reserved_connections", 3), new Slots("reserved_connections", 2)),
                List.of(new Limit("connection limit " + roleLimit + " of role launch_check", roleLimit, Scope.ACCOUNT)),
                inUse, List.of(new IdleLimit("idle_session_timeout (set for role launch_check)",
                Optional.of(Duration.ofMinutes(10)))),
                new IdleLimit("idle_in_transaction_session_timeout (set for the database)", idleTx), stuck,
                Optional.empty(), Instant.EPOCH);
    }

    @Test
    void slow_login_message_names_the_account_and_the_budget() {
        // GIVEN a warm login that took longer than connectionTimeout 3s
        Database db = playerDb(4);
        var login = new dev.tminus.db.Login(Duration.ofMillis(3412), Duration.ofMillis(3900), "PostgreSQL", "16.4",
                "launch_check", "game", PoolSettings.effective(db.pool()));

        // WHEN the DB-01 message is written / THEN it names where, who, the budget and the time
        assertThat(DbMessages.slowLogin(item(db), login)).isEqualTo("""
                Expecting a login to player-db (10.0.0.5:5432/game) as launch_check
                  within connectionTimeout 3s
                but it took 3412.00ms.
                Check the network path and the server's authentication load, then re-run: \
                mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void refused_login_message_names_the_account_and_what_the_server_said() {
        // GIVEN a login the server refused
        var refusal = new dev.tminus.db.AuthenticationFailed("Could not log in to player-db (10.0.0.5:5432/game) as user"
                + " launch_check on database game:\n  the server refused the login (FATAL: password authentication failed).\n"
                + "Check the password, then re-run: mvn verify -Denv=staging -Dchecks=db", null);

        // WHEN the DB-01 message is written / THEN it says who was refused where, and the server's words
        assertThat(DbMessages.refusedLogin(item(playerDb(4)), refusal)).isEqualTo("""
                Expecting a login to player-db (10.0.0.5:5432/game) as launch_check
                  to be accepted
                but the server refused it. Could not log in to player-db (10.0.0.5:5432/game) as user launch_check \
                on database game:
                  the server refused the login (FATAL: password authentication failed).
                Check the password, then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void capacity_message_writes_out_the_plan_and_the_slots() {
        // GIVEN a plan of 16 × 10 + 10 and a role limit of 60 on a server with 100 − 3 − 2 usable slots
        SlotBudget budget = new SlotBudget(postgres(60, new InUse(1, 1, 1), List.of(), Optional.empty()));

        // WHEN the DB-02 message is written / THEN it shows both sums and the binding limit
        assertThat(DbMessages.capacity(item(playerDb(16)), budget)).isEqualTo("""
                Expecting the planned connections to player-db (10.0.0.5:5432/game)
                  to fit the slots account launch_check can get:
                  planned 16 instances × 10 maxSize + 10 otherClients = 170
                  slots   min(100 max_connections − 3 superuser_reserved_connections − 2 reserved_connections = 95, \
                connection limit 60 of role launch_check) = 60
                but the plan needs 110 more than that.
                Raise the lowest limit (connection limit 60 of role launch_check) or plan fewer connections \
                (pool.maxSize, pool.instances, otherClients), then re-run: mvn verify -Denv=staging -Dchecks=db
                If the fleet logs in with another account than launch_check, name it in databases[].fleetUsername: \
                that account's limit is the one its pools count against.""");
    }

    @Test
    void headroom_message_names_what_is_open_and_the_tightest_limit() {
        // GIVEN 26 connections of the account open (one of them the check's own) and a role limit of 60
        SlotBudget budget = new SlotBudget(postgres(60, new InUse(30, 26, 27), List.of(), Optional.empty()));
        Database db = playerDb(4);

        // WHEN the DB-03 message is written
        String message = DbMessages.headroom(item(db), budget, budget.tightest(db));

        // THEN it adds what is open to the fleet and names the limit it exceeds
        assertThat(message).isEqualTo("""
                Expecting room on player-db (10.0.0.5:5432/game) for the fleet's pools next to the connections open now:
                  open now 25 connections of this account (not counting this check's own)
                  fleet    4 instances × 10 maxSize = 40
                  needed   25 + 40 = 65
                  limits   min(100 max_connections − 3 superuser_reserved_connections − 2 reserved_connections = 95, \
                connection limit 60 of role launch_check) = 60
                but that is 5 more than the account's limit: connection limit 60 of role launch_check.
                Find who holds these connections (pg_stat_activity, SHOW PROCESSLIST) or raise the limit, \
                then re-run: mvn verify -Denv=staging -Dchecks=db
                If the fleet logs in with another account than launch_check, name it in databases[].fleetUsername: \
                that account's limit is the one its pools count against.""");
    }

    @Test
    void with_the_fleets_own_account_its_limit_and_connections_count_not_the_checks_accounts() {
        // GIVEN the checks' role limited to 10 and the fleet's role game limited to 60, holding 30 connections now
        Database db = playerDb(4).toBuilder().fleetUsername(Optional.of("game")).build();
        FleetAccount game = new FleetAccount("game", Optional.empty(), false,
                Optional.of(new Limit("connection limit 60 of the fleet's role game", 60, Scope.ACCOUNT)),
                Optional.empty(), OptionalInt.of(30), Optional.empty(), Optional.empty(), Optional.empty());
        SlotBudget budget = new SlotBudget(postgres(10, new InUse(32, 1, 32), List.of(), Optional.empty()), Optional.of(game));

        // WHEN DB-02 and DB-03 judge / THEN the fleet's 60 binds, not the checks' 10, and its 30 open count in full
        assertThat(budget.slots()).isEqualTo(60);
        assertThat(budget.account()).isEqualTo("game");
        SlotBudget.Headroom tightest = budget.tightest(db);
        assertThat(tightest.ceiling().label()).isEqualTo("connection limit 60 of the fleet's role game");
        assertThat(tightest.needed()).isEqualTo(30 + 40);
        assertThat(DbMessages.headroom(item(db), budget, tightest))
                .contains("open now 30 connections of the fleet's account game")
                .contains("but that is 10 more than the account's limit: connection limit 60 of the fleet's role game.")
                .doesNotContain("fleetUsername");
    }

    @Test
    void a_fleet_account_the_server_does_not_have_leaves_the_fleet_no_slots() {
        FleetAccount missing = new FleetAccount("gmae", Optional.of("no role gmae on the server"), false, Optional.empty(),
                Optional.empty(), OptionalInt.of(0), Optional.empty(), Optional.empty(), Optional.empty());
        SlotBudget budget = new SlotBudget(postgres(60, new InUse(1, 1, 1), List.of(), Optional.empty()), Optional.of(missing));

        assertThat(budget.slots()).isZero();
        assertThat(budget.binding().label()).isEqualTo("no role gmae on the server (fleetUsername): the fleet cannot log in");
    }

    @Test
    void what_the_checks_account_cannot_read_of_the_fleets_account_is_could_not_check_never_no_limit() {
        FleetAccount.Unseen limit = new FleetAccount.Unseen("the connection limit of the fleet's account game: account"
                + " 'launch_check'@'%' may not read mysql.user", "GRANT SELECT (User, Host, max_user_connections) ON mysql.user"
                + " TO 'launch_check'@'%'");
        FleetAccount unreadable = new FleetAccount("game", Optional.empty(), false, Optional.empty(), Optional.of(limit),
                OptionalInt.of(0), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> new SlotBudget(postgres(60, new InUse(1, 1, 1), List.of(), Optional.empty()),
                Optional.of(unreadable)).slots())
                .isInstanceOf(ProbeException.class)
                .hasMessageContaining("may not read mysql.user")
                .hasMessageContaining("GRANT SELECT (User, Host, max_user_connections) ON mysql.user TO 'launch_check'@'%'");

        FleetAccount.Unseen open = new FleetAccount.Unseen("the connections of the fleet's account game open now",
                "GRANT PROCESS ON *.* TO 'launch_check'@'%'");
        FleetAccount hidden = new FleetAccount("game", Optional.empty(), false,
                Optional.of(new Limit("connection limit 50 of the fleet's account 'game'@'%'", 50,
                        Scope.ACCOUNT)), Optional.empty(), OptionalInt.empty(), Optional.of(open),
                Optional.empty(), Optional.empty());
        SlotBudget budget = new SlotBudget(postgres(60, new InUse(1, 1, 1), List.of(), Optional.empty()), Optional.of(hidden));
        assertThat(budget.slots()).isEqualTo(50);
        assertThatThrownBy(() -> budget.tightest(playerDb(4)))
                .isInstanceOf(ProbeException.class)
                .hasMessageContaining("GRANT PROCESS ON *.* TO 'launch_check'@'%'");
    }

    @Test
    void burst_message_groups_refusals_by_the_servers_words() {
        // GIVEN a burst of 8 where 3 were refused with SQLSTATE 53300
        List<Acquisition> acquisitions = new java.util.ArrayList<>();
        IntStream.range(0, 5).forEach(i -> acquisitions.add(new Acquisition(Duration.ofMillis(10 + i), Optional.empty())));
        Refusal refused = new Refusal("53300", 0, "SQLSTATE 53300: FATAL: too many connections for role \"launch_check\"", true);
        IntStream.range(0, 3).forEach(i -> acquisitions.add(new Acquisition(Duration.ofSeconds(3), Optional.of(refused))));
        BurstResult burst = new BurstResult(8, Duration.ofSeconds(3), acquisitions,
                new PoolSnapshot(true, 5, 5, 0, 3), new PoolSnapshot(true, 5, 0, 5, 0));

        // WHEN the DB-04 message is written / THEN it counts the refusals and names the limits in force
        assertThat(DbMessages.burst(item(playerDb(4)), burst, "connection limit 6 of role launch_check")).isEqualTo("""
                Expecting 8 connections to player-db (10.0.0.5:5432/game) at once, each through its own HikariCP pool,
                  each within connectionTimeout 3s
                but 3 of 8 were not granted:
                  3 × SQLSTATE 53300: FATAL: too many connections for role "launch_check".
                Limits in force: connection limit 6 of role launch_check.
                Raise the limit the server names, or find what holds the slots, then re-run: \
                mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void return_message_tells_the_server_side_count() {
        // GIVEN the account at 1 connection before, 9 during and still 9 after the burst
        ReturnResult returned = new ReturnResult(1, 9, 9, Duration.ofSeconds(3), new PoolSnapshot(true, 8, 0, 8, 0));

        // WHEN the DB-05 message is written / THEN it shows the counts and where to look
        assertThat(DbMessages.notReturned(item(playerDb(4)), 8, returned)).isEqualTo("""
                Expecting the burst's 8 connections to player-db (10.0.0.5:5432/game) to go back:
                  in the pool    active 0 once every borrower closed its connection
                  on the server  the account's connections back to 1, as before the burst
                but on the server they did not go back: 9 after the pool closed (waited 3000.00ms), \
                1 before the burst, 9 during it.
                Something on the path keeps connections (a pooling or sharding proxy, a leaking client); \
                check its pool settings, then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void lifetime_message_lists_every_idle_limit_and_the_fix() {
        // GIVEN maxLifetime 20m and the role's idle_session_timeout 10m
        Database db = playerDb(4);
        List<IdleLimit> limits = List.of(new IdleLimit("idle_session_timeout (set for role launch_check)",
                Optional.of(Duration.ofMinutes(10))), new IdleLimit("pathIdleTimeout", Optional.of(Duration.ofMinutes(30))));

        // WHEN the DB-06 message is written / THEN it names the limit that ends connections first
        assertThat(DbMessages.lifetime(item(db), PoolSettings.effective(db.pool()), Duration.ofSeconds(30), limits,
                limits.get(0))).isEqualTo("""
                Expecting maxLifetime 20m of player-db (10.0.0.5:5432/game) to end connections
                  at least 30s before every idle limit on the path:
                  idle_session_timeout (set for role launch_check) 10m
                  pathIdleTimeout 30m
                but idle_session_timeout (set for role launch_check) 10m ends idle connections first.
                Set pool.maxLifetime to 9m30s or less, or raise that limit, then re-run: \
                mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void stuck_session_message_names_the_session_and_its_age() {
        // GIVEN one session idle in a transaction for 95s
        IdleTransaction stuck = new IdleTransaction("4242", "game_app", "game", "10.0.3.7", Duration.ofSeconds(95));
        ServerFacts facts = postgres(60, new InUse(3, 1, 3), List.of(stuck), Optional.of(Duration.ofMinutes(5)));

        // WHEN the DB-07 message is written / THEN it names the session, its client and its age
        assertThat(DbMessages.stuck(item(playerDb(4)), facts, List.of(stuck))).isEqualTo("""
                Expecting no session on the server of player-db (10.0.0.5:5432/game)
                  to sit idle in a transaction longer than maxIdleInTransaction 30s
                but 1 does:
                  session 4242 of game_app on game from 10.0.3.7, idle in transaction for 1m35s
                Find the client that leaves its transaction open (commit or roll back, or end the session), \
                then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void missing_idle_in_transaction_timeout_message_gives_the_statement() {
        ServerFacts facts = postgres(60, new InUse(3, 1, 3), List.of(), Optional.empty());

        assertThat(DbMessages.noIdleTransactionTimeout(item(playerDb(4)), facts)).isEqualTo("""
                Expecting PostgreSQL at player-db (10.0.0.5:5432/game) to end sessions left idle in a transaction
                  (idle_in_transaction_session_timeout, as role launch_check sees it on game)
                but idle_in_transaction_session_timeout is disabled (0).
                Set it, e.g. ALTER DATABASE game SET idle_in_transaction_session_timeout = '60s', \
                then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void latency_message_gives_the_percentiles() {
        // GIVEN 20 round trips of 80..99ms
        List<Duration> samples = IntStream.range(80, 100).mapToObj(Duration::ofMillis).collect(java.util.stream.Collectors.toList());
        Collections.shuffle(samples);

        // WHEN the DB-08 message is written / THEN it shows p95 against the bound
        assertThat(DbMessages.latency(item(playerDb(4)), new RoundTrips(samples))).isEqualTo("""
                Expecting SELECT 1 round trips to player-db (10.0.0.5:5432/game)
                  to take at most maxQueryLatency 50ms at p95
                but p95 of 20 was 98.00ms (p50 89.00ms, slowest 99.00ms).
                Check the network path (latency, a proxy in between) and the server's load, \
                then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void display_names_carry_the_arithmetic_of_the_plan() {
        assertThat(DbItems.claim("DB-02", playerDb(4))).isEqualTo("fleet of 4 × 10 + 10 fits the server's slots");
        assertThat(dev.tminus.checklist.Items.name("DB-02", "player-db", DbItems.claim("DB-02", playerDb(4)),
                "127.0.0.1:5432")).isEqualTo("DB-02 player-db · fleet of 4 × 10 + 10 fits the server's slots · 127.0.0.1:5432");
        assertThat(DbItems.claim("DB-08", playerDb(4))).isEqualTo("SELECT 1 p95 within 50ms");
        assertThat(DbItems.claim("DB-07", playerDb(4))).isEqualTo("no session idle in transaction over 30s");
        assertThat(DbItems.claim("DB-09", playerDb(4))).isEqualTo("the server ends sessions idle in a transaction");
    }
}
