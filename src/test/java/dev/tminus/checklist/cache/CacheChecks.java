package dev.tminus.checklist.cache;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.cache.CacheLogin;
import dev.tminus.cache.CacheObservation;
import dev.tminus.cache.ClientsInfo;
import dev.tminus.cache.KeyFacts;
import dev.tminus.cache.MemoryInfo;
import dev.tminus.cache.RoleFacts;
import dev.tminus.db.RoundTrips;
import dev.tminus.check.Cause;
import dev.tminus.check.Check;
import dev.tminus.checklist.CacheChecklist;
import dev.tminus.profile.Cache;
import dev.tminus.report.Evidence;
import dev.tminus.report.Outcome;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The matcher's Redis, per cache of the profile: it lets the checks in, answers PING within the
 * matcher's budget, answers in its planned role, has client slots for the fleet's pools, evicts as planned and holds
 * the keys the launch relies on. All facts come from one read-only
 * pass per cache, on one connection.
 */
@CacheChecklist
@Severity(SeverityLevel.BLOCKER)
class CacheChecks {

    /**
     * The node answers on its address and lets the profile's ACL user in (AUTH, SELECT, a first PING)
     * within {@code timeout}. A node that refuses the login has answered: NOT READY with its answer;
     * one that does not answer is COULD NOT CHECK.
     * If this fails: check the ACL user, the password variable, and the node's address.
     */
    @Check(id = "CACHE-01", claim = "reachable and authenticated within timeout")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CacheItems.class)
    void reachable_and_authenticated(CacheItem item) {
        CacheObservation seen = item.observation().get();
        ProbeException failure = seen.login().failure().orElse(null); // a refused login is an answer: NOT READY
        assertThat(failure != null && failure.kind() == Cause.REFUSED_BY_SERVER)
                .withFailMessage(() -> CacheMessages.refusedLogin(item, failure)).isFalse();
        CacheLogin login = seen.login().get();
        Evidence.attach("login", login.describe());
        assertThat(login.took()).withFailMessage(() -> CacheMessages.slowLogin(item, login))
                .isLessThanOrEqualTo(login.timeout());
    }

    /**
     * {@value dev.tminus.cache.CacheProbe#PINGS} PINGs on the open connection, after the login's: their p95 is within
     * {@code maxLatency}, the matcher's budget; every sample goes into the evidence.
     * If this fails: look at the path (a proxy, a far zone) and the node (SLOWLOG, persistence forks).
     */
    @Check(id = "CACHE-02", claim = "PING round trip p95 within maxLatency")
    @Severity(SeverityLevel.CRITICAL)
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CacheItems.class)
    void pings_are_fast(CacheItem item) {
        RoundTrips pings = item.observation().get().pings().get();
        Evidence.attach("pings", pings.describe());
        assertThat(pings.p95()).withFailMessage(() -> CacheMessages.latency(item, pings))
                .isLessThanOrEqualTo(item.cache().maxLatency());
    }

    /**
     * {@code clients.instances × clients.poolSize + clients.otherClients} fits {@code maxclients} minus
     * the clients connected now (this check's own connection not counted), as {@code INFO clients} says.
     * If this fails: the arithmetic in the message shows by how much; raise maxclients or plan fewer connections.
     */
    @Check(id = "CACHE-03", claim = "the fleet's connections fit maxclients next to the clients connected now")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CacheItems.class)
    void fleet_fits_maxclients(CacheItem item) {
        ClientsInfo clients = item.observation().get().clients().get();
        Evidence.attach("INFO clients", clients.section());
        Evidence.attach("capacity", "planned " + item.cache().clients().arithmetic() + "\n" + clients.arithmetic() + "\n");
        assertThat(item.cache().clients().planned()).withFailMessage(() -> CacheMessages.capacity(item, clients))
                .isLessThanOrEqualTo(clients.free());
    }

    /**
     * {@code maxmemory_policy} is the profile's {@code maxmemoryPolicy} when it names one, and, when the
     * node has a {@code maxmemory}, {@code used_memory} is at most 90% of it: a matcher whose sorted
     * sets get evicted loses players; one whose writes are refused matches nobody.
     * If this fails: set the policy the plan requires, or raise maxmemory before launch.
     */
    @Check(id = "CACHE-04", claim = "evicts as planned and memory leaves headroom below maxmemory")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CacheItems.class)
    void evicts_as_planned(CacheItem item) {
        MemoryInfo memory = item.observation().get().memory().get();
        Evidence.attach("INFO memory", memory.section());
        Evidence.attach("memory", "maxmemory_policy " + memory.policy() + "\n" + memory.arithmetic() + "\n");
        item.cache().maxmemoryPolicy().ifPresent(planned -> assertThat(memory.policy().equals(planned))
                .withFailMessage(() -> CacheMessages.policy(item, memory, planned)).isTrue());
        assertThat(memory.headroom()).withFailMessage(() -> CacheMessages.memory(item, memory)).isTrue();
    }

    /**
     * {@code ROLE} says the node is what the profile plans: a {@code primary} answers as master, takes
     * writes (no {@code min-replicas-to-write} left unmet: INFO's {@code min_slaves_good_slaves:0}) and
     * streams to at least {@code replicas} online replicas; a {@code replica} answers as slave with its
     * link to its primary up ({@code master_link_status:up}). A Sentinel is not a data node. {@code INFO
     * replication} is evidence when the ACL allows it; {@code ROLE} alone is enough to judge.
     * If this fails: a failover moved the primary (ask Sentinel), or the replica cannot reach or log in to its primary.
     */
    @Check(id = "CACHE-05", claim = "answers in its planned role, with its replicas connected")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CacheItems.class)
    void answers_in_its_planned_role(CacheItem item) {
        RoleFacts role = item.observation().get().role().get();
        Evidence.attach("role", role.describe());
        if (item.cache().role() == Cache.Role.PRIMARY) {
            assertThat(role.kind() == RoleFacts.Kind.MASTER).withFailMessage(() -> CacheMessages.notPrimary(item, role))
                    .isTrue();
            assertThat(role.refusesWrites()).withFailMessage(() -> CacheMessages.refusesWrites(item, role)).isFalse();
            assertThat(role.replicas().size()).withFailMessage(() -> CacheMessages.replicas(item, role))
                    .isGreaterThanOrEqualTo(item.cache().replicas());
        } else {
            assertThat(role.kind() == RoleFacts.Kind.REPLICA).withFailMessage(() -> CacheMessages.notReplica(item, role))
                    .isTrue();
            assertThat(role.linkUp()).withFailMessage(() -> CacheMessages.linkDown(item, role)).isTrue();
        }
    }

    /**
     * Every key of the profile's {@code keys} exists ({@code TYPE} is not {@code none}) with the planned
     * type and at least {@code minSize} members (bytes for a string), counted by the type's own O(1)
     * command; a cache that plans no keys has nothing to judge here.
     * If this fails: the data the launch relies on was not loaded, or expired or was evicted.
     */
    @Check(id = "CACHE-06", claim = "every planned key exists with its type and at least minSize members")
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(CacheItems.class)
    void planned_keys_are_there(CacheItem item) {
        if (item.cache().keys().isEmpty()) {
            Assumptions.abort(Outcome.NOT_CONFIGURED.reason(item.cache().name() + " plans no keys"));
        }
        List<KeyFacts> keys = item.observation().get().keys().get();
        Evidence.attach("keys", String.join("\n", keys.stream().map(KeyFacts::describe).toList()) + "\n");
        List<KeyFacts> wrong = keys.stream().filter(k -> !k.asPlanned()).toList();
        assertThat(wrong.isEmpty()).withFailMessage(() -> CacheMessages.keys(item, wrong)).isTrue();
    }
}
