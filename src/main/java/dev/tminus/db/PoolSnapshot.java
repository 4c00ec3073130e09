package dev.tminus.db;

import com.zaxxer.hikari.HikariDataSource;

/**
 * HikariCP's own counters at one moment, as its timeout message prints them. A pool that has not
 * been used yet has no MXBean; it then reads as all zero with {@code started} false.
 */
public record PoolSnapshot(boolean started, int total, int active, int idle, int waiting) {

    public static PoolSnapshot of(HikariDataSource pool) {
        var bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return new PoolSnapshot(false, 0, 0, 0, 0);
        }
        return new PoolSnapshot(true, bean.getTotalConnections(), bean.getActiveConnections(),
                bean.getIdleConnections(), bean.getThreadsAwaitingConnection());
    }

    /** The counters of several pools added up; started when any of them is. */
    public static PoolSnapshot sum(Iterable<HikariDataSource> pools) {
        PoolSnapshot sum = new PoolSnapshot(false, 0, 0, 0, 0);
        for (HikariDataSource pool : pools) {
            PoolSnapshot one = of(pool);
            sum = new PoolSnapshot(sum.started || one.started, sum.total + one.total, sum.active + one.active,
                    sum.idle + one.idle, sum.waiting + one.waiting);
        }
        return sum;
    }

    @Override
    public String toString() {
        return "(total=" + total + ", active=" + active + ", idle=" + idle + ", waiting=" + waiting + ")";
    }
}
