package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.Database;
import dev.tminus.profile.Secret;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.selftest.SandboxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Against the machine's own PostgreSQL and MariaDB (the sandbox's servers), read-only. */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class DbProbeLocalServersTest {

    private static final String RERUN = "mvn verify -Denv=sandbox -Dchecks=db";

    static Database db(String url, String user, Secret password) {
        return Database.builder("probe-db", url, user,
                        Database.Pool.of(10).withMinIdle(2).withMaxLifetime(Duration.ofMinutes(20)).withInstances(4))
                .password(password).otherClients(10).pathIdleTimeout(java.util.Optional.of(Duration.ofMinutes(30)))
                .burst(4).build();
    }

    @Test
    void a_wrong_password_is_an_authentication_failure_naming_user_and_database_but_not_the_password() {
        // GIVEN MariaDB's root account (empty password) asked with a wrong one
        String wrong = "definitely-not-roots-pw";
        Database db = db("jdbc:mariadb://127.0.0.1:3306/mysql", "root", new Secret(wrong, "ROOT_PW"));

        // WHEN it is observed
        DbObservation seen = new DbProbe(RERUN).observe(db);

        // THEN every fact is COULD NOT CHECK with the login named and the password absent
        assertThat(seen.login().failure().orElseThrow()).isInstanceOf(AuthenticationFailed.class);
        assertThat(seen.login().failure().orElseThrow().getMessage())
                .startsWith("Could not log in to probe-db (127.0.0.1:3306/mysql) as user root on database mysql:\n"
                        + "  the server refused the login (SQLSTATE 28000: ")
                .endsWith("Check that the account exists, may log in from here and has the password in ${ROOT_PW},"
                        + " then re-run: " + RERUN)
                .doesNotContain(wrong);
        assertThat(seen.roundTrips().failure().orElseThrow()).isSameAs(seen.login().failure().orElseThrow());
    }

    @Test
    void reads_postgres_15_facts_without_reserved_connections() {
        // GIVEN the local PostgreSQL 15 as postgres (trust)
        Database db = db("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", new Secret("", null));

        // WHEN it is observed
        DbObservation seen = new DbProbe(RERUN).observe(db);

        // THEN the facts name the product, only the reserved slots that exist, and the burst went back
        ServerFacts facts = seen.before().get();
        assertThat(facts.product()).isEqualTo("PostgreSQL");
        assertThat(facts.superuser()).isTrue();
        assertThat(facts.reserved()).extracting(ServerFacts.Slots::setting)
                .containsExactly("superuser_reserved_connections");
        assertThat(facts.hiddenSessions()).isEmpty();
        assertThat(seen.burst().get().granted()).isEqualTo(4);
        assertThat(seen.returned().get().after()).isEqualTo(seen.returned().get().baseline());
    }

    @Test
    void entries_sharing_a_server_and_account_do_not_count_each_others_burst(Sandbox sandbox) {
        // GIVEN two entries on the same MariaDB with the same account: the sandbox's own, used by nothing else
        sandbox.applyFaults(java.util.Set.of());
        sandbox.ensure("db");
        Database a = sandbox.profile().databases().stream()
                .filter(d -> d.kind() == Database.Kind.MARIADB).findFirst().orElseThrow();
        Database b = a.toBuilder().name("probe-db-2").build();

        // WHEN both are observed in one pass
        var seen = new DbProbe(RERUN).observeAll(java.util.List.of(a, b));

        // THEN each one's connections went back to its own baseline, and each saw only its own burst at the peak
        assertThat(seen.values()).allSatisfy(o -> {
            ReturnResult r = o.returned().get();
            assertThat(r.after()).isLessThanOrEqualTo(r.baseline());
            assertThat(r.peak()).isEqualTo(r.baseline() + o.db().burst());
        });
    }

    @Test
    void reads_mariadb_threads_connected_and_the_global_wait_timeout() {
        Database db = db("jdbc:mariadb://127.0.0.1:3306/mysql", "root", new Secret("", null));

        ServerFacts facts = new DbProbe(RERUN).observe(db).before().get();

        assertThat(facts.product()).isEqualTo("MariaDB");
        assertThat(facts.inUse().server()).isGreaterThanOrEqualTo(1);
        assertThat(facts.idleLimits()).extracting(ServerFacts.IdleLimit::setting).containsExactly("wait_timeout (GLOBAL)");
        assertThat(facts.reserved()).isEmpty();
    }
}
