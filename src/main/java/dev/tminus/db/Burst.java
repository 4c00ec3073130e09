package dev.tminus.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.tminus.ProbeException;
import dev.tminus.db.BurstResult.Acquisition;
import dev.tminus.db.BurstResult.Refusal;
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
 * Asks a pool for {@code n} connections at the same moment, one thread each, holds every granted
 * connection until every request has its answer (so they are really open together), then returns
 * them. Bounded: HikariCP gives up on each request after {@code connectionTimeout}; the burst as a
 * whole gets that plus a few seconds, else it is a timeout.
 */
final class Burst {

    private Burst() {
    }

    static BurstResult run(HikariDataSource pool, int n, Duration connectionTimeout, String where, Runnable atPeak)
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
        try {
            for (int i = 0; i < n; i++) {
                threads.execute(() -> request(pool, start, answered, release, returned, acquisitions));
            }
            start.countDown();
            Duration budget = connectionTimeout.plusSeconds(5);
            if (!answered.await(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProbeException.Timeout("The burst of " + n + " connections to " + where + " got no answer"
                        + " within " + Percentiles.millis(budget) + " " + PoolSnapshot.of(pool), null);
            }
            PoolSnapshot whileHeld = PoolSnapshot.of(pool);
            atPeak.run();
            release.countDown();
            if (!returned.await(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProbeException.Timeout("The burst's connections to " + where + " could not be returned"
                        + " within " + Percentiles.millis(budget) + " " + PoolSnapshot.of(pool), null);
            }
            return new BurstResult(n, connectionTimeout, List.copyOf(acquisitions), whileHeld, PoolSnapshot.of(pool));
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void request(HikariDataSource pool, CountDownLatch start, CountDownLatch answered,
                                CountDownLatch release, CountDownLatch returned,
                                ConcurrentLinkedQueue<Acquisition> acquisitions) {
        Connection connection = null;
        try {
            start.await();
            long t0 = System.nanoTime();
            try {
                connection = pool.getConnection();
                acquisitions.add(new Acquisition(Duration.ofNanos(System.nanoTime() - t0), Optional.empty()));
            } catch (SQLException e) {
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

    static Refusal refusal(SQLException e) {
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
