package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile that writes only the required keys of every area loads, and what it leaves out is filled
 * with defaults that never contradict what it does write: a profile must never fail on T-Minus's own
 * numbers. (The db checks' judgement on these defaults: {@code DbDefaultsTest}.)
 */
class MinimalProfileDefaultsTest {

    @TempDir
    Path dir;

    private static final String MINIMAL = ProfileFiles.HEADER + """
            dns:
              resolvers: [{name: ns1, address: 10.0.0.53}]
              records: []
            tls:
              endpoints: [{name: gateway, host: gateway.game.example.com}]
            databases:
              - {name: player-db, url: "jdbc:postgresql://db.staging:5432/game", username: launch_check, pool: {maxSize: 10}}
            alerting:
              alertmanager: http://alertmanager.staging:9093
              prometheus: http://prometheus.staging:9090
              silence: {startsBy: T0-15m, duration: %s}
            goldenHour:
              probes: [{name: gateway health, url: "https://gateway.game.example.com/healthz"}]
            gateways:
              - {name: gateway, url: "wss://gateway.game.example.com/ws", heartbeat: {send: ping, expect: pong}}
            """;

    private Profile load(String silenceDuration) {
        return new ProfileFiles(dir).write("staging", MINIMAL.formatted(silenceDuration)).load("staging");
    }

    @Test
    void a_planned_silence_longer_than_2h_is_not_refused_by_the_default_maxDuration() {
        // GIVEN a profile planning a 3h release silence and no maxDuration
        // WHEN it is loaded
        Profile profile = load("3h");

        // THEN it loads, and the default limit admits the plan with its tolerance (3h + 10m)
        Alerting.SilencePlan plan = profile.alerting().orElseThrow().silence().orElseThrow();
        assertThat(plan.tolerance()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.maxDuration()).isEqualTo(Duration.ofMinutes(190));
    }

    @Test
    void a_short_planned_silence_keeps_the_2h_limit() {
        // GIVEN a 75m plan and no maxDuration / WHEN it is loaded / THEN the limit stays 2h
        Alerting.SilencePlan plan = load("75m").alerting().orElseThrow().silence().orElseThrow();
        assertThat(plan.maxDuration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_written_maxDuration_below_the_plan_is_still_the_profiles_own_contradiction() {
        // GIVEN a profile that writes both a 3h plan and a 2h limit
        String yaml = MINIMAL.formatted("3h").replace("duration: 3h}", "duration: 3h, maxDuration: 2h}");

        // WHEN it is loaded / THEN the problem names the written limit, as before
        assertThat(new ProfileFiles(dir).write("staging", yaml).problems("staging")).containsExactly(
                "environments/staging.yaml: alerting.silence.duration: expected at most maxDuration (2h), got 3h;"
                        + " the plan itself would break the limit");
    }

    @Test
    void the_defaults_of_every_area_agree_with_each_other() {
        // GIVEN the minimal profile / WHEN it is loaded
        Profile profile = load("75m");

        // THEN each default bound leaves room for the default budget it is measured with
        DnsSection dns = profile.dns().orElseThrow();
        assertThat(dns.maxLatency()).isLessThan(dns.timeout());
        TlsSection tls = profile.tls().orElseThrow();
        assertThat(tls.timeout()).isPositive();
        Database db = profile.databases().get(0);
        assertThat(db.pathIdleTimeout()).isEmpty();
        assertThat(db.burst()).isLessThanOrEqualTo(db.pool().maxSize() * db.pool().instances());
        assertThat(db.maxQueryLatency()).isLessThan(db.pool().connectionTimeout());
        GoldenHour golden = profile.goldenHour().orElseThrow();
        assertThat(golden.step()).isLessThanOrEqualTo(golden.window());
        assertThat(golden.probes().get(0).within()).isLessThan(golden.window());
        assertThat(golden.probes().get(0).status()).isEqualTo(200);
        Gateway gateway = profile.gateways().get(0);
        assertThat(gateway.addresses()).isEqualTo(new Endpoint.Addresses.All());
        assertThat(gateway.pingWithin()).isLessThanOrEqualTo(gateway.timeout());
        assertThat(gateway.heartbeat().orElseThrow().within()).isLessThanOrEqualTo(gateway.timeout());
        assertThat(List.of(gateway.subprotocol(), gateway.holdFor())).containsOnly(Optional.empty());
    }

    @Test
    void a_gateway_with_a_short_timeout_gets_a_heartbeat_bound_it_can_wait_for() {
        // GIVEN a gateway timeout of 1s and a heartbeat without within
        String yaml = MINIMAL.formatted("75m").replace("heartbeat: {send: ping, expect: pong}}",
                "timeout: 1s, pingWithin: 1s, heartbeat: {send: ping, expect: pong}}");

        // WHEN it is loaded / THEN the default within is the timeout, not the 2s that could never be waited for
        Gateway gateway = new ProfileFiles(dir).write("staging", yaml).load("staging").gateways().get(0);
        assertThat(gateway.heartbeat().orElseThrow().within()).isEqualTo(Duration.ofSeconds(1));
    }
}
