package dev.tminus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Cache;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe against a scripted RESP server: Sentinel and cluster answers are facts with their own
 * words, a renamed command is named, the login is tried a bounded number of times and only when
 * nothing answered.
 */
class CacheProbeTest {

    private static final String RERUN = "mvn verify -Denv=test -Dchecks=cache";
    private static final String MASTER_ROLE = "*3\r\n$6\r\nmaster\r\n:0\r\n*0\r\n";

    private static Cache cache(FakeRedis server) {
        return Cache.of("matcher", "redis://127.0.0.1:" + server.port() + "/0").withTimeout(Duration.ofMillis(300), 2);
    }

    @Test
    void a_sentinel_is_a_fact_and_the_data_checks_say_so() throws Exception {
        // GIVEN a node that answers ROLE as a Sentinel monitoring mymaster
        try (FakeRedis sentinel = new FakeRedis().reply("ROLE", "*2\r\n$8\r\nsentinel\r\n*1\r\n$8\r\nmymaster\r\n")) {
            // WHEN the probe observes it
            CacheObservation seen = new CacheProbe(RERUN).observe(cache(sentinel));

            // THEN its role is known, and the facts a Sentinel cannot give say why, naming the command to ask
            assertThat(seen.role().get().kind()).isEqualTo(RoleFacts.Kind.SENTINEL);
            assertThat(seen.role().get().monitored()).containsExactly("mymaster");
            assertThat(seen.memory().failure().orElseThrow().getMessage()).startsWith("matcher (redis://127.0.0.1:"
                    + sentinel.port() + "/0) is a Redis Sentinel (ROLE answered sentinel, monitoring mymaster), not a data"
                    + " node: the data node's memory and eviction cannot be judged there. Point url at the master Sentinel"
                    + " names (SENTINEL get-master-addr-by-name mymaster)");
            assertThat(seen.memory().failure().orElseThrow().kind()).isEqualTo(Cause.OTHER);
            assertThat(seen.keys().failure()).isPresent();
            assertThat(seen.clients().failure()).isPresent();
        }
    }

    @Test
    void a_replica_whose_link_is_down_is_judged_from_role_when_info_is_refused() throws Exception {
        // GIVEN a replica in state connect, whose ACL refuses INFO
        try (FakeRedis replica = new FakeRedis()
                .reply("ROLE", "*5\r\n$5\r\nslave\r\n$8\r\n10.0.0.7\r\n:6379\r\n$7\r\nconnect\r\n:-1\r\n")
                .reply("INFO", "-NOPERM User default has no permissions to run the 'info' command\r\n")) {
            // WHEN the probe observes it
            RoleFacts role = new CacheProbe(RERUN).observe(cache(replica)).role().get();

            // THEN ROLE alone says it is a replica of 10.0.0.7:6379 whose link is down
            assertThat(role.kind()).isEqualTo(RoleFacts.Kind.REPLICA);
            assertThat(role.primary()).isEqualTo("10.0.0.7:6379");
            assertThat(role.linkUp()).isFalse();
            assertThat(role.masterLinkStatus()).isEqualTo("down");
            assertThat(role.replication()).isEmpty();
            assertThat(role.describe()).contains("INFO replication not read: INFO replication refused; judged from ROLE alone");
        }
    }

    @Test
    void a_master_with_min_replicas_unmet_refuses_writes() throws Exception {
        // GIVEN a master with min-replicas-to-write set and no good replica
        try (FakeRedis master = new FakeRedis().reply("ROLE", MASTER_ROLE).reply("INFO replication",
                FakeRedis.bulk("# Replication\r\nrole:master\r\nconnected_slaves:0\r\nmin_slaves_good_slaves:0\r\n"))) {
            RoleFacts role = new CacheProbe(RERUN).observe(cache(master)).role().get();

            // THEN it is a master that refuses writes, with no replica online
            assertThat(role.kind()).isEqualTo(RoleFacts.Kind.MASTER);
            assertThat(role.replication()).hasValueSatisfying(s -> assertThat(s).contains("min_slaves_good_slaves:0"));
            assertThat(role.refusesWrites()).isTrue();
            assertThat(role.replicas()).isEmpty();
        }
    }

    @Test
    void a_master_lists_its_online_replicas_as_redis_cli_prints_them() throws Exception {
        try (FakeRedis master = new FakeRedis().reply("ROLE", "*3\r\n$6\r\nmaster\r\n:42\r\n*1\r\n*3\r\n$9\r\n127.0.0.1"
                + "\r\n$5\r\n16383\r\n$2\r\n42\r\n")) {
            RoleFacts role = new CacheProbe(RERUN).observe(cache(master)).role().get();

            assertThat(role.replicas()).containsExactly("127.0.0.1:16383");
            assertThat(role.answer()).isEqualTo("""
                    1) "master"
                    2) (integer) 42
                    3) 1) 1) "127.0.0.1"
                          2) "16383"
                          3) "42"
                    """);
        }
    }

    @Test
    void clusterdown_for_a_planned_key_is_the_nodes_answer_and_moved_names_the_node_that_serves_it() throws Exception {
        Cache.Key pool = new Cache.Key("matcher:pool:eu", "zset", 1);
        // GIVEN a cluster node whose cluster is down
        try (FakeRedis down = new FakeRedis().reply("ROLE", MASTER_ROLE).reply("TYPE", "-CLUSTERDOWN Hash slot not served\r\n");
             FakeRedis moved = new FakeRedis().reply("ROLE", MASTER_ROLE).reply("TYPE", "-MOVED 3999 127.0.0.1:7001\r\n")) {
            // WHEN the probe reads the planned key there, and on a node that does not serve its slot
            List<KeyFacts> keys = new CacheProbe(RERUN).observe(cache(down).withKeys(List.of(pool))).keys().get();
            ProbeException elsewhere = new CacheProbe(RERUN).observe(cache(moved).withKeys(List.of(pool))).keys()
                    .failure().orElseThrow();

            // THEN CLUSTERDOWN is a fact about the key (not as planned), MOVED is could-not-check naming the node
            assertThat(keys).singleElement().satisfies(k -> {
                assertThat(k.asPlanned()).isFalse();
                assertThat(k.describe()).isEqualTo("matcher:pool:eu: the cluster cannot serve it (CLUSTERDOWN Hash slot"
                        + " not served: CLUSTER INFO shows cluster_state and the slots assigned) (planned zset, at least 1)");
            });
            assertThat(elsewhere.kind()).isEqualTo(Cause.OTHER);
            assertThat(elsewhere.getMessage()).contains("is a Redis Cluster node that does not serve matcher:pool:eu: it"
                    + " answered MOVED 3999 127.0.0.1:7001 (hash slot 3999 is served by 127.0.0.1:7001)");
        }
    }

    @Test
    void a_renamed_command_is_named_not_taken_for_garbage() throws Exception {
        try (FakeRedis hardened = new FakeRedis().reply("ROLE", MASTER_ROLE)
                .reply("INFO", "-ERR unknown command 'INFO', with args beginning with: 'memory'\r\n")) {
            ProbeException why = new CacheProbe(RERUN).observe(cache(hardened)).memory().failure().orElseThrow();

            assertThat(why.kind()).isEqualTo(Cause.OTHER);
            assertThat(why.getMessage()).contains("answered INFO memory with ERR unknown command 'INFO', with args"
                    + " beginning with: 'memory': the command is renamed or disabled on this node (rename-command)");
        }
    }

    @Test
    void a_silent_node_is_tried_exactly_attempts_times_then_could_not_check() throws Exception {
        // GIVEN a port that accepts connections and never answers, and a cache allowing 3 attempts
        try (FakeRedis silent = new FakeRedis().silent()) {
            Cache cache = cache(silent).withTimeout(Duration.ofMillis(200), 3);

            // WHEN the probe observes it
            ProbeException why = new CacheProbe(RERUN).observe(cache).login().failure().orElseThrow();

            // THEN it connected three times, no more, and says it got no answer within the timeout
            assertThat(silent.accepted()).isEqualTo(3);
            assertThat(why.kind()).isEqualTo(Cause.TIMEOUT);
            assertThat(why.getMessage()).isEqualTo("Could not reach matcher (redis://127.0.0.1:" + silent.port()
                    + "/0) to connect and log in as default: no answer within the timeout of 200ms (3 attempts)."
                    + " Check the address, the port and firewalls on the path; re-run: " + RERUN);
        }
    }

    @Test
    void a_refused_login_is_an_answer_and_not_tried_again() throws Exception {
        try (FakeRedis refusing = new FakeRedis()
                .reply("AUTH", "-WRONGPASS invalid username-password pair or user is disabled.\r\n")) {
            Cache cache = cache(refusing).withPassword("launch_check", new dev.tminus.profile.Secret("not-the-password",
                    "MATCHER_PW"));

            ProbeException why = new CacheProbe(RERUN).observe(cache.withTimeout(Duration.ofMillis(300), 3)).login()
                    .failure().orElseThrow();

            assertThat(refusing.accepted()).isEqualTo(1);
            assertThat(why.kind()).isEqualTo(Cause.REFUSED_BY_SERVER);
            assertThat(why.getMessage()).doesNotContain("not-the-password").contains("refused the login of user launch_check");
        }
    }

    @Test
    void a_closed_port_is_tried_attempts_times_then_could_not_check() throws Exception {
        // GIVEN a loopback port nothing listens on
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        ProbeException why = new CacheProbe(RERUN).observe(Cache.of("matcher", "redis://127.0.0.1:" + closed + "/0")
                .withTimeout(Duration.ofMillis(300), 2)).login().failure().orElseThrow();

        assertThat(why.kind()).isEqualTo(Cause.REFUSED);
        assertThat(why.getMessage()).contains("could not connect").contains("(2 attempts)");
    }

    @Test
    void a_replica_without_stale_data_lets_the_user_in_and_its_masterdown_is_named_where_it_answers_so() throws Exception {
        // GIVEN a replica that lost its primary with replica-serve-stale-data no: PING and TYPE answer MASTERDOWN
        String masterdown = "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.\r\n";
        try (FakeRedis replica = new FakeRedis().reply("PING", masterdown).reply("TYPE", masterdown)
                .reply("ROLE", "*5\r\n$5\r\nslave\r\n$8\r\n10.0.0.7\r\n:6379\r\n$7\r\nconnect\r\n:-1\r\n")) {
            // WHEN the probe observes it
            CacheObservation seen = new CacheProbe(RERUN).observe(cache(replica)
                    .withKeys(List.of(new Cache.Key("matcher:pool:eu", "zset", 1))));

            // THEN the login holds, ROLE says the link is down, and PING and the keys name the answer
            assertThat(seen.login().get().pong()).startsWith("MASTERDOWN Link with MASTER is down");
            assertThat(seen.role().get().linkUp()).isFalse();
            assertThat(seen.pings().failure().orElseThrow().getMessage()).contains("answered PING with MASTERDOWN");
            ProbeException keys = seen.keys().failure().orElseThrow();
            assertThat(keys.kind().broken()).isTrue();
            assertThat(keys.getMessage()).contains("answered TYPE and the size of each planned key with MASTERDOWN Link"
                    + " with MASTER is down and replica-serve-stale-data is set to 'no' (LOADING:");
        }
    }

    @Test
    void a_node_that_stalls_after_the_login_costs_each_command_its_timeout_and_nothing_hangs() throws Exception {
        // GIVEN a node that lets the checks in, answers PING, then never answers ROLE
        try (FakeRedis stalling = new FakeRedis().reply("ROLE", "")) {
            // WHEN the probe observes it
            CacheObservation seen = new CacheProbe(RERUN).observe(cache(stalling));

            // THEN the login and PINGs are facts, ROLE timed out, and what came after could not be checked
            assertThat(seen.login().known()).isTrue();
            assertThat(seen.pings().known()).isTrue();
            assertThat(seen.role().failure().orElseThrow().kind()).isEqualTo(Cause.TIMEOUT);
            assertThat(seen.clients().failure().orElseThrow().getMessage()).isEqualTo("Could not reach matcher"
                    + " (redis://127.0.0.1:" + stalling.port() + "/0) to ROLE: no answer within the timeout of 300ms."
                    + " Check the address, the port and firewalls on the path; re-run: " + RERUN);
            assertThat(seen.memory().failure()).isEqualTo(seen.clients().failure());
            assertThat(stalling.accepted()).isEqualTo(1);
        }
    }
}
