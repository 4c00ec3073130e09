package dev.tminus.sandbox.cache;

import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;

/** The sandbox's replication: which node a sandbox redis-server follows, and waiting until a replica is in sync. */
final class Replication {

    private Replication() {
    }

    /** {@code REPLICAOF 127.0.0.1 port} unless it follows that port already (a new REPLICAOF would resync). */
    static void follow(RedisProcess node, int port) {
        try (Jedis admin = node.admin()) {
            List<Object> role = admin.role();
            boolean already = "slave".equals(String.valueOf(role.get(0))) && String.valueOf(role.get(2)).equals(
                    Integer.toString(port));
            if (!already) {
                admin.replicaof("127.0.0.1", port);
            }
        }
    }

    /** Until the replica's link is up and the primary's ROLE lists it online: the healthy state the checks judge. */
    static void awaitInSync(RedisProcess primary, RedisProcess replica) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try (Jedis p = primary.admin(); Jedis r = replica.admin()) {
                boolean linked = r.info("replication").contains("master_link_status:up");
                Object replicas = p.role().get(2);
                if (linked && replicas instanceof List<?> list && !list.isEmpty()) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The sandbox replica on 127.0.0.1:" + replica.port() + " did not get in sync"
                + " with its primary within 15s: see target/sandbox/cache/redis-replica.log");
    }
}
