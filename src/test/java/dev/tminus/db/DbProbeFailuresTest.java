package dev.tminus.db;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import dev.tminus.check.Fact;
import dev.tminus.profile.Database;
import dev.tminus.profile.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** COULD NOT CHECK, typed and worded for operators, and never with the password in it. */
@Tag("slow") // waits out real timeouts; runs in make test
class DbProbeFailuresTest {

    private static final String PASSWORD = "pw-that-must-never-show";
    private static final String RERUN = "mvn verify -Denv=staging -Dchecks=db";

    static Database db(String url) {
        return Database.builder("player-db", url, "launch_check", Database.Pool.of(10).withMinIdle(2)
                        .withMaxLifetime(Duration.ofMinutes(20)).withConnectionTimeout(Duration.ofSeconds(1)).withInstances(4))
                .password(new Secret(PASSWORD, "PLAYER_DB_PASSWORD")).otherClients(10)
                .pathIdleTimeout(java.util.Optional.of(Duration.ofMinutes(30))).burst(4).build();
    }

    static List<ProbeException> failures(DbObservation seen) {
        List<ProbeException> all = new ArrayList<>();
        for (Fact<?> attempt : List.of(seen.login(), seen.before(), seen.burst(), seen.returned(), seen.roundTrips())) {
            all.add(attempt.failure().orElse(null));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void a_closed_port_is_unreachable_for_every_fact(String dialect) throws IOException {
        // GIVEN a loopback port nothing listens on
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Database db = db("jdbc:" + dialect + "://127.0.0.1:" + port + "/game");

        // WHEN the database is observed
        DbObservation seen = new DbProbe(RERUN).observe(db);

        // THEN every fact is COULD NOT CHECK: unreachable, naming the address, without the password
        assertThat(failures(seen)).allSatisfy(e -> {
            assertThat(e).isInstanceOf(ProbeException.Unreachable.class);
            assertThat(e.getMessage()).startsWith("Could not reach player-db (127.0.0.1:" + port + "/game): ")
                    .endsWith("Check that the server listens on 127.0.0.1:" + port
                            + " and that nothing on the path blocks it, then re-run: " + RERUN)
                    .doesNotContain(PASSWORD);
        });
        assertThatThrownBy(() -> seen.login().get()).isInstanceOf(ProbeException.Unreachable.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void a_server_that_never_answers_is_a_timeout_within_the_budget(String dialect) throws Exception {
        // GIVEN a loopback port that accepts connections and then says nothing
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Database db = db("jdbc:" + dialect + "://127.0.0.1:" + silent.getLocalPort() + "/game");

            // WHEN the database is observed
            DbObservation seen = new DbProbe(RERUN).observe(db);

            // THEN it is a timeout naming connectionTimeout, without the password
            assertThat(seen.login().failure().orElseThrow()).isInstanceOf(ProbeException.Timeout.class);
            assertThat(seen.login().failure().orElseThrow().getMessage())
                    .startsWith("No connection to player-db (127.0.0.1:" + silent.getLocalPort()
                            + "/game) within connectionTimeout 1s: ")
                    .doesNotContain(PASSWORD);
        } finally {
            accepted.forEach(s -> {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closed
                }
            });
        }
    }
}
