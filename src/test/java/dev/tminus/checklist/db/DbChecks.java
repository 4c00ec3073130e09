package dev.tminus.checklist.db;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.check.Check;
import dev.tminus.checklist.DbChecklist;
import dev.tminus.db.AuthenticationFailed;
import dev.tminus.db.BurstResult;
import dev.tminus.db.DbObservation;
import dev.tminus.db.Login;
import dev.tminus.db.ReturnResult;
import dev.tminus.db.RoundTrips;
import dev.tminus.db.FleetAccount;
import dev.tminus.db.ServerFacts;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.SlotBudget;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Connection-pool expansion, per database of the profile: the pools the fleet will open fit, a
 * burst is granted fast and goes back, lifetimes end before idle limits, nothing sits in a
 * transaction, and round trips are fast. All facts come from one read-only pass per database.
 */
@DbChecklist
@Severity(SeverityLevel.BLOCKER)
class DbChecks {

    /**
     * The database answers on its address and lets the check's account in within the pool's
     * {@code connectionTimeout}; the server version goes into the evidence. A server that refuses the
     * login has answered: NOT READY; one that cannot be reached is COULD NOT CHECK.
     * If this fails: check the address and port, firewalls on the path, and the account and its password.
     */
    @Check(id = "DB-01", claim = "reachable and authenticated within connectionTimeout")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void reachable_and_authenticated(DbItem item) {
        DbObservation seen = item.observation().get();
        ProbeException failure = seen.login().failure().orElse(null); // a refused login is an answer: NOT READY
        assertThat(failure instanceof AuthenticationFailed).withFailMessage(() -> DbMessages.refusedLogin(item, failure))
                .isFalse();
        Login login = seen.login().get();
        Evidence.attach("login", login.describe());
        assertThat(login.took()).withFailMessage(() -> DbMessages.slowLogin(item, login))
                .isLessThanOrEqualTo(login.settings().connectionTimeout());
    }

    /**
     * {@code instances × pool.maxSize + otherClients} fits the slots the account can really get:
     * max_connections minus reserved slots, capped by role, database and account limits.
     * If this fails: the arithmetic in the message names the binding limit; raise it or plan fewer connections.
     */
    @Check(id = "DB-02", claim = "the fleet's planned pools fit the server's connection slots")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void fleet_fits_the_slots(DbItem item) {
        ServerFacts facts = item.observation().get().before().get();
        SlotBudget budget = fleetBudget(item, facts);
        assertThat(SlotBudget.planned(item.db())).withFailMessage(() -> DbMessages.capacity(item, budget))
                .isLessThanOrEqualTo(fleetFact(item, budget::slots));
    }

    /**
     * The connections open now plus the fleet's pools still fit under every limit. Every account can
     * count them (PostgreSQL lists every backend, MariaDB/MySQL count Threads_connected): no grant needed.
     * If this fails: find who holds connections now (pg_stat_activity, SHOW PROCESSLIST) before launch.
     */
    @Check(id = "DB-03", claim = "headroom now: open connections plus the fleet's pools still fit")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void headroom_now(DbItem item) {
        ServerFacts facts = item.observation().get().before().get();
        SlotBudget budget = fleetBudget(item, facts);
        SlotBudget.Headroom tightest = fleetFact(item, () -> budget.tightest(item.db()));
        assertThat(tightest.spare()).withFailMessage(() -> DbMessages.headroom(item, budget, tightest))
                .isGreaterThanOrEqualTo(0);
    }

    /**
     * {@code burst} connections requested at once, each through its own HikariCP pool (as the
     * fleet's instances open theirs at launch), are all granted within
     * {@code connectionTimeout}; p50/p99 acquisition times go into the evidence.
     * If this fails: a refusal names the server's limit (SQLSTATE 53300, MariaDB 1040/1203); slow grants point at the path or authentication.
     */
    @Check(id = "DB-04", claim = "a burst of connections is granted within connectionTimeout")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void burst_is_granted(DbItem item) {
        DbObservation seen = item.observation().get();
        BurstResult burst = seen.burst().get();
        Evidence.attach("burst", burst.describe());
        String limits = seen.before().value().map(f -> new SlotBudget(f).slotsArithmetic()).orElse("");
        assertThat(burst.granted() == burst.requested()
                && burst.slowest().compareTo(burst.connectionTimeout()) <= 0)
                .withFailMessage(() -> DbMessages.burst(item, burst, limits)).isTrue();
    }

    /**
     * After the burst the pool's active count is 0 and the server's count of this account's
     * connections returns to its baseline once the pool is closed.
     * If this fails: something on the path (a pooling or sharding proxy) keeps server connections.
     */
    @Check(id = "DB-05", claim = "the burst's connections go back to the pool and off the server")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void connections_go_back(DbItem item) {
        ReturnResult returned = item.observation().get().returned().get();
        Evidence.attach("return", returned.describe());
        assertThat(returned.poolAfterReturn().active() == 0 && returned.after() <= returned.baseline())
                .withFailMessage(() -> DbMessages.notReturned(item, item.db().burst(), returned)).isTrue();
    }

    /**
     * {@code pool.maxLifetime} (as HikariCP really applies it) ends connections at least 30s
     * before every idle limit on the path: the server's idle_session_timeout / GLOBAL wait_timeout
     * and the profile's {@code pathIdleTimeout}.
     * If this fails: lower pool.maxLifetime, or raise the idle limit the message names.
     */
    @Check(id = "DB-06", claim = "maxLifetime ends before every idle limit on the path")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void lifetime_before_idle_limits(DbItem item) {
        ServerFacts facts = item.observation().get().before().get();
        IdleLimits idle = fleetFact(item, () -> IdleLimits.of(item.db(), facts, item.observation().get().fleet().get()));
        Evidence.attach("idle limits", idle.describe());
        Optional<IdleLimit> first = idle.endingFirst();
        assertThat(first).withFailMessage(() -> DbMessages.lifetime(item, idle.settings(), IdleLimits.LIFETIME_MARGIN,
                idle.limits(), first.orElseThrow())).isEmpty();
    }

    /**
     * No session on the server sits idle in a transaction longer than {@code maxIdleInTransaction}:
     * judged on every session the account can see (always its own); a stuck one is NOT READY, and
     * only sessions it cannot see make the item COULD NOT CHECK, with the grant that shows them.
     * If this fails: find the client that leaves transactions open (the message names the session).
     */
    @Check(id = "DB-07", claim = "no session sits idle in a transaction")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void no_stuck_sessions(DbItem item) {
        ServerFacts facts = item.observation().get().before().get();
        Evidence.attach("server facts", facts.describe());
        var over = facts.idleInTransaction().stream()
                .filter(s -> s.idleFor().compareTo(item.db().maxIdleInTransaction()) > 0).toList();
        assertThat(over).withFailMessage(() -> DbMessages.stuck(item, facts, over)).isEmpty();
        facts.hiddenSessions().ifPresent(hidden -> {
            throw new ProbeException(DbMessages.notVisible(item, hidden));
        });
    }

    /**
     * The server itself ends sessions left idle in a transaction: PostgreSQL's
     * idle_in_transaction_session_timeout is set (as the account sees it); MariaDB/MySQL end them with
     * idle_transaction_timeout or, when that is off, wait_timeout. Needs no grant.
     * If this fails: set idle_in_transaction_session_timeout (e.g. for the database).
     */
    @Check(id = "DB-09", claim = "the server ends sessions left idle in a transaction")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void server_ends_idle_transactions(DbItem item) {
        ServerFacts seen = item.observation().get().before().get();
        ServerFacts facts = fleetFact(item, () -> seen.idleInTransactionFor(item.observation().get().fleet().get()));
        Evidence.attach("idle transaction limit", facts.idleInTransactionLimit().describe());
        assertThat(facts.idleInTransactionLimit().value())
                .withFailMessage(() -> DbMessages.noIdleTransactionTimeout(item, facts)).isPresent();
    }

    /**
     * {@code SELECT 1} round trips on a warm connection stay within {@code maxQueryLatency} at p95.
     * If this fails: measure the network path (a proxy or a far region in between) and the server's load.
     */
    @Check(id = "DB-08", claim = "SELECT 1 round trip p95 within maxQueryLatency")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(DbItems.class)
    void round_trips_are_fast(DbItem item) {
        RoundTrips trips = item.observation().get().roundTrips().get();
        Evidence.attach("round trips", trips.describe());
        assertThat(trips.p95()).withFailMessage(() -> DbMessages.latency(item, trips))
                .isLessThanOrEqualTo(item.db().maxQueryLatency());
    }

    /**
     * What the fleet's own account ({@code fleetUsername}) gives a check; when the checks' account may
     * not read that part (COULD NOT CHECK), the message says where and how to re-run.
     */
    private static <T> T fleetFact(DbItem item, java.util.function.Supplier<T> part) {
        try {
            return part.get();
        } catch (ProbeException e) {
            throw e.reworded(item.where() + ": " + e.getMessage() + "\nThen re-run: " + item.rerun());
        }
    }

    /** The slots of the fleet's account (fleetUsername, else the checks' own), the facts attached as evidence. */
    private static SlotBudget fleetBudget(DbItem item, ServerFacts facts) {
        Optional<FleetAccount> fleet = item.observation().get().fleet().get();
        Evidence.attach("server facts", facts.describe() + fleet.map(FleetAccount::describe).orElse(""));
        return new SlotBudget(facts, fleet);
    }
}
