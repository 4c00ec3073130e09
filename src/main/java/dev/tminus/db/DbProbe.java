package dev.tminus.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.tminus.ProbeException;
import dev.tminus.check.Fact;
import dev.tminus.profile.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Observes databases the way the fleet will use them, read-only: one connection for facts (login,
 * server facts, the account's connection count, warm round trips) and one burst pool of
 * {@code burst} connections, closed again before the end. Databases are observed concurrently on
 * an executor of its own (entries sharing a server and an account one after the other); every step
 * has a time budget from the profile.
 */
public final class DbProbe {

    public static final int ROUND_TRIPS = 20;
    private static final int WARM_UP = 3;

    private final String rerun;

    /** @param rerun the command that re-runs these checks, ending every COULD NOT CHECK message */
    public DbProbe(String rerun) {
        this.rerun = rerun;
    }

    /** Every database, concurrently; keyed by the profile's name, in profile order. */
    public Map<String, DbObservation> observeAll(List<Database> databases) {
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(4, databases.size())), r -> {
            Thread t = new Thread(r, "tminus-db-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            // Entries on the same server with the same account go one after the other: one entry's
            // burst would otherwise count as the other's connections (DB-03, DB-05).
            Map<String, List<Database>> groups = new LinkedHashMap<>();
            databases.forEach(db -> groups.computeIfAbsent(JdbcTarget.of(db).address() + " " + db.username(),
                    k -> new ArrayList<>()).add(db));
            Map<String, Future<Map<String, DbObservation>>> futures = new LinkedHashMap<>();
            groups.forEach((key, group) -> futures.put(key, executor.submit(() -> {
                Map<String, DbObservation> seen = new LinkedHashMap<>();
                group.forEach(db -> seen.put(db.name(), observe(db)));
                return seen;
            })));
            Map<String, DbObservation> found = new LinkedHashMap<>();
            groups.forEach((key, group) -> found.putAll(await(group, futures.get(key))));
            Map<String, DbObservation> out = new LinkedHashMap<>();
            databases.forEach(db -> out.put(db.name(), found.get(db.name())));
            return out;
        } finally {
            executor.shutdownNow();
        }
    }

    private Map<String, DbObservation> await(List<Database> group, Future<Map<String, DbObservation>> future) {
        Duration budget = group.stream().map(db -> db.pool().connectionTimeout().multipliedBy(10).plusSeconds(60))
                .reduce(Duration.ZERO, Duration::plus);
        Map<String, DbObservation> out = new LinkedHashMap<>();
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            group.forEach(db -> out.put(db.name(), failed(db, new ProbeException.Timeout("Observing "
                    + JdbcTarget.describe(db) + " took longer than " + Percentiles.millis(budget)
                    + ".\nCheck the server's load, then re-run: " + rerun, e))));
        } catch (ExecutionException e) {
            group.forEach(db -> out.put(db.name(), failed(db, Failures.reading(db, "its facts", e.getCause(), rerun))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.forEach(db -> out.put(db.name(), failed(db,
                    new ProbeException("Interrupted while observing " + JdbcTarget.describe(db), e))));
        }
        return out;
    }

    /** One database: login, facts, burst, return, round trips, in that order, on one facts connection. */
    public DbObservation observe(Database db) {
        FactsReader reader = FactsReader.of(db);
        Duration budget = Queries.budget(db);
        long t0 = System.nanoTime();
        HikariDataSource facts;
        Connection c;
        try {
            facts = Pools.facts(db);
            c = facts.getConnection();
        } catch (RuntimeException | SQLException e) {
            return failed(db, Failures.connecting(db, e, rerun));
        }
        try (facts; c) {
            Duration cold = Duration.ofNanos(System.nanoTime() - t0);
            Fact<Duration> warm = attempt(db, "a second login", () -> timeLogin(db));
            Fact<ServerFacts> before = attempt(db, "server facts", () -> reader.read(c, budget));
            Fact<Optional<FleetAccount>> fleet = db.fleetUsername().isEmpty() ? Fact.of(Optional.empty())
                    : attempt(db, "the fleet's account " + db.fleetUsername().get(),
                            () -> Optional.of(reader.fleet(c, budget, db.fleetUsername().get())));
            Fact<Login> login = warm.flatMap(w -> before.map(f -> new Login(w, cold, f.product(), f.version(),
                    f.account(), f.database(), PoolSettings.effective(db.pool()))));
            Fact<Integer> baseline = attempt(db, "the account's connections", () -> reader.accountConnections(c, budget));
            AtomicInteger peak = new AtomicInteger(-1);
            Fact<BurstResult> burst = attempt(db, "a burst of connections", () -> {
                return Burst.run(db, db.burst(), PoolSettings.effective(db.pool()).connectionTimeout(),
                        JdbcTarget.describe(db), () -> peak.set(count(reader, c, budget)));
            });
            Fact<ReturnResult> returned = burst.flatMap(b -> baseline.flatMap(base -> attempt(db,
                    "the account's connections after the burst", () -> settle(reader, c, budget, base, peak.get(), b, db))));
            Fact<RoundTrips> roundTrips = attempt(db, "SELECT 1 round trips", () -> roundTrips(c, budget));
            return new DbObservation(db, login, before, burst, returned, roundTrips, fleet);
        } catch (SQLException e) {
            return failed(db, Failures.reading(db, "its facts", e, rerun));
        }
    }

    /**
     * A login timed on its own, once this JVM has loaded the driver and the pool: the first login of
     * a run also pays for class loading, which says nothing about the server or the path.
     */
    private Duration timeLogin(Database db) throws SQLException {
        long t0 = System.nanoTime();
        try (HikariDataSource pool = Pools.facts(db); Connection c = pool.getConnection()) {
            return Duration.ofNanos(System.nanoTime() - t0);
        } catch (RuntimeException e) {
            throw Failures.connecting(db, e, rerun);
        }
    }

    /** Polls the server until this account is back at its baseline, for up to {@code connectionTimeout}. */
    private static ReturnResult settle(FactsReader reader, Connection c, Duration budget, int baseline, int peak,
                                       BurstResult burst, Database db) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + db.pool().connectionTimeout().toNanos();
        int now = reader.accountConnections(c, budget);
        while (now > baseline && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = reader.accountConnections(c, budget);
        }
        return new ReturnResult(baseline, peak, now, Duration.ofNanos(System.nanoTime() - t0), burst.afterReturn());
    }

    private static int count(FactsReader reader, Connection c, Duration budget) {
        try {
            return reader.accountConnections(c, budget);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static RoundTrips roundTrips(Connection c, Duration budget) throws SQLException {
        List<Duration> samples = new ArrayList<>();
        try (Statement statement = c.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, budget.toSeconds()));
            for (int i = 0; i < WARM_UP + ROUND_TRIPS; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new SQLException("SELECT 1 did not answer 1");
                    }
                }
                if (i >= WARM_UP) {
                    samples.add(Duration.ofNanos(System.nanoTime() - t0));
                }
            }
        }
        return new RoundTrips(samples);
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> Fact<T> attempt(Database db, String what, Step<T> step) {
        try {
            return Fact.of(step.run());
        } catch (ProbeException e) {
            return Fact.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fact.failed(new ProbeException("Interrupted while reading " + what, e));
        } catch (Exception e) {
            return Fact.failed(Failures.reading(db, what, e, rerun));
        }
    }

    private static DbObservation failed(Database db, ProbeException e) {
        return new DbObservation(db, Fact.failed(e), Fact.failed(e), Fact.failed(e), Fact.failed(e),
                Fact.failed(e), Fact.failed(e));
    }
}
