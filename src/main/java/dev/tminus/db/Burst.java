package dev.tminus.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.tminus.ProbeException;
import dev.tminus.db.BurstResult.Acquisition;
import dev.tminus.db.BurstResult.Refusal;
import dev.tminus.profile.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Asks for {@code n} connections at the same moment, one thread and one HikariCP pool of one
 * connection each (the way {@code n} instances of the fleet open their pools at launch), holds every
 * granted connection until every request has its answer (so they are really open together), then
 * returns them to their pools and closes the pools. Bounded: each pool gives up after
 * {@code connectionTimeout}; the burst as a whole gets that plus a few seconds, else it is a timeout.
 */
final class Burst {

    private Burst() {
    }

    static BurstResult run(Database db, int n, Duration connectionTimeout, String where, Runnable atPeak)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tminus-burst");
            t.setDaemon(true);
            return t;
        });
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(n);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(n);
        var acquisitions = new ConcurrentLinkedQueue<Acquisition>();
        var pools = new ConcurrentLinkedQueue<HikariDataSource>();
        try {
            for (int i = 0; i < n; i++) {
                int member = i + 1;
                threads.execute(() -> request(db, member, pools, start, answered, release, returned, acquisitions));
            }
            start.countDown();
            Duration budget = connectionTimeout.plusSeconds(5);
            if (!answered.await(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProbeException.Timeout("The burst of " + n + " connections to " + where + " got no answer"
                        + " within " + Percentiles.millis(budget) + " " + PoolSnapshot.sum(pools), null);
            }
            PoolSnapshot whileHeld = PoolSnapshot.sum(pools);
            atPeak.run();
            release.countDown();
            if (!returned.await(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProbeException.Timeout("The burst's connections to " + where + " could not be returned"
                        + " within " + Percentiles.millis(budget) + " " + PoolSnapshot.sum(pools), null);
            }
            return new BurstResult(n, connectionTimeout, List.copyOf(acquisitions), whileHeld, PoolSnapshot.sum(pools));
        } finally {
            release.countDown();
            threads.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }
    }

    private static void request(Database db, int member, ConcurrentLinkedQueue<HikariDataSource> pools,
                                CountDownLatch start, CountDownLatch answered,
                                CountDownLatch release, CountDownLatch returned,
                                ConcurrentLinkedQueue<Acquisition> acquisitions) {
        Connection connection = null;
        try {
            start.await();
            long t0 = System.nanoTime();
            try {
                HikariDataSource pool = Pools.burstMember(db, member);
                pools.add(pool);
                connection = pool.getConnection();
                acquisitions.add(new Acquisition(Duration.ofNanos(System.nanoTime() - t0), Optional.empty()));
            } catch (SQLException | RuntimeException e) {
                acquisitions.add(new Acquisition(Duration.ofNanos(System.nanoTime() - t0), Optional.of(refusal(e))));
            }
            answered.countDown();
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(connection);
            returned.countDown();
        }
    }

    static Refusal refusal(Exception e) {
        var sql = Failures.sqlException(e);
        return new Refusal(sql.map(SQLException::getSQLState).orElse(""), sql.map(SQLException::getErrorCode).orElse(0),
                Failures.serverSaid(e), Failures.isTooMany(e));
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // returned to the pool or already gone; the pool's counters tell
            }
        }
    }
}
