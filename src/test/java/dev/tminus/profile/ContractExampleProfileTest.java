package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile contract's full example (DESIGN.md, copied verbatim to
 * {@code src/test/resources/profiles/contract-example.yaml}) loads, and every key lands in the records
 * with the value written.
 */
class ContractExampleProfileTest {

    @TempDir
    Path dir;

    private Profile profile;

    @BeforeEach
    void load_the_contract_example() throws IOException {
        // GIVEN the contract's example as environments/staging.yaml over an empty base, with its secrets set
        String example;
        try (InputStream in = getClass().getResourceAsStream("/profiles/contract-example.yaml")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ProfileFiles files = new ProfileFiles(dir, Map.of("PLAYER_DB_PASSWORD", "pdb-pass-7731",
                "ALERTING_TOKEN", "alert-token-4410", "MATCHER_REDIS_PASSWORD", "redis-pass-5521"))
                .write("base", "name: base\n")
                .write("staging", example);

        // WHEN it is loaded
        profile = files.load("staging");
    }

    @Test
    void loads_name_and_launch() {
        assertThat(profile.name()).isEqualTo("staging");
        assertThat(profile.file()).isEqualTo(Path.of("environments/staging.yaml"));
        assertThat(profile.launch()).isEqualTo(new Launch("v1.2.0-3a7f1b2",
                Optional.of(Instant.parse("2026-12-01T10:00:00Z")), Phase.PREHEAT));
    }

    @Test
    void loads_every_dns_key() {
        DnsSection dns = profile.dns().orElseThrow();
        assertThat(dns.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(dns.attempts()).isEqualTo(2);
        assertThat(dns.maxLatency()).isEqualTo(Duration.ofMillis(150));
        assertThat(dns.ttl()).isEqualTo(Map.of(Phase.PREHEAT, Duration.ofSeconds(300),
                Phase.SCALE_OUT, Duration.ofSeconds(60), Phase.ROLLBACK, Duration.ofSeconds(30)));
        assertThat(dns.resolvers()).containsExactly(
                new Resolver("ns1", "10.0.0.53", 53, Resolver.Role.AUTHORITATIVE),
                new Resolver("office", "10.0.0.2", 53, Resolver.Role.RECURSIVE));
        assertThat(dns.records()).containsExactly(new DnsRecord("login.game.example.com.", "A",
                List.of("192.168.10.101", "192.168.10.102", "192.168.10.200"), Optional.of(Duration.ofSeconds(60)),
                List.of(new DnsRecord.Region("203.0.113.0/24", List.of("10.96.128.10")))));
        assertThat(dns.zones()).containsExactly("game.example.com.");
    }

    @Test
    void loads_every_tls_key() {
        TlsSection tls = profile.tls().orElseThrow();
        assertThat(tls.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(tls.minValidity()).isEqualTo(Duration.ofDays(30));
        assertThat(tls.minProtocol()).isEqualTo("TLSv1.2");
        assertThat(tls.trustStore()).contains(Path.of("environments/certs/staging-ca.pem"));
        assertThat(tls.endpoints()).hasSize(1);
        Endpoint gateway = tls.endpoints().get(0);
        assertThat(gateway.name()).isEqualTo("gateway");
        assertThat(gateway.host()).isEqualTo("gateway.game.example.com");
        assertThat(gateway.port()).isEqualTo(443);
        assertThat(gateway.addresses()).isEqualTo(new Endpoint.Addresses.All());
        assertThat(gateway.issuer().orElseThrow().pattern()).isEqualTo("Let's Encrypt");
        assertThat(gateway.ocspStapling()).isEqualTo(Endpoint.Requirement.REQUIRED);
        assertThat(gateway.resumption()).isEqualTo(Endpoint.Requirement.REQUIRED);
        assertThat(gateway.alpn()).containsExactly("h2", "http/1.1");
    }

    @Test
    void loads_every_database_key_with_the_password_from_the_environment() {
        assertThat(profile.databases()).hasSize(1);
        Database db = profile.databases().get(0);
        assertThat(db.name()).isEqualTo("player-db");
        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.staging:5432/game");
        assertThat(db.kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(db.username()).isEqualTo("launch_check");
        assertThat(db.password().reveal()).isEqualTo("pdb-pass-7731");
        assertThat(db.password().variable()).isEqualTo("PLAYER_DB_PASSWORD");
        assertThat(db.password()).hasToString("${PLAYER_DB_PASSWORD}");
        assertThat(db.pool()).isEqualTo(Database.Pool.of(200).withMinIdle(40).withMaxLifetime(Duration.ofMinutes(30))
                .withInstances(8));
        assertThat(db.otherClients()).isEqualTo(50);
        assertThat(db.pathIdleTimeout()).contains(Duration.ofMinutes(30));
        assertThat(db.maxQueryLatency()).isEqualTo(Duration.ofMillis(50));
        assertThat(db.burst()).isEqualTo(20);
        assertThat(db.maxIdleInTransaction()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void loads_every_alerting_key_with_the_token_from_the_environment() {
        Alerting alerting = profile.alerting().orElseThrow();
        assertThat(alerting.alertmanager()).isEqualTo(URI.create("http://alertmanager.staging:9093"));
        assertThat(alerting.prometheus()).isEqualTo(URI.create("http://prometheus.staging:9090"));
        assertThat(alerting.bearerToken().orElseThrow().reveal()).isEqualTo("alert-token-4410");
        assertThat(alerting.bearerToken().orElseThrow()).hasToString("${ALERTING_TOKEN}");
        assertThat(alerting.timeout()).isEqualTo(Duration.ofSeconds(5));
        Alerting.SilencePlan silence = alerting.silence().orElseThrow();
        assertThat(silence.startsBy()).isEqualTo(new InstantExpr.RelativeToT0(Duration.ofMinutes(-15)));
        assertThat(silence.startsBy().resolve(profile.launch().at())).isEqualTo(Instant.parse("2026-12-01T09:45:00Z"));
        assertThat(silence.duration()).isEqualTo(Duration.ofMinutes(75));
        assertThat(silence.tolerance()).isEqualTo(Duration.ofMinutes(10));
        assertThat(silence.alerts()).containsExactly(
                Map.of("alertname", "order_service_latency_high", "service", "order-service"));
        assertThat(silence.protectedSets()).containsExactly(Map.of("severity", "critical"),
                Map.of("alertname", "P0_ERROR_COUNT"));
        assertThat(silence.maxDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(alerting.rules()).containsExactly(new Alerting.Rule("HighErrorRate", Map.of("severity", "critical"),
                Optional.of(Duration.ofMinutes(2))));
        assertThat(alerting.routes()).containsExactly(new Alerting.Route(Map.of("severity", "critical"), "pager-l2"));
    }

    @Test
    void loads_every_golden_hour_key() {
        GoldenHour gh = profile.goldenHour().orElseThrow();
        assertThat(gh.window()).isEqualTo(Duration.ofHours(3));
        assertThat(gh.step()).isEqualTo(Duration.ofMinutes(1));
        assertThat(gh.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(gh.slos()).containsExactly(new GoldenHour.Slo("pay 5xx ratio",
                "sum(rate(http_requests_total{route=\"/pay\",status=~\"5..\"}[5m]))"
                        + " / sum(rate(http_requests_total{route=\"/pay\"}[5m]))",
                Optional.empty(), Optional.of(0.003), 0, GoldenHour.Level.L2));
        assertThat(gh.probes()).containsExactly(new GoldenHour.HttpProbe("gateway health",
                URI.create("https://gateway.game.example.com/healthz"), 200, Duration.ofMinutes(2)));
    }

    @Test
    void loads_every_cache_key_with_the_defaults_of_the_keys_it_leaves_out() {
        assertThat(profile.caches()).hasSize(1);
        Cache cache = profile.caches().get(0);
        assertThat(List.of(cache.name(), cache.url(), cache.username().orElseThrow(), cache.password().orElseThrow().toString()))
                .containsExactly("matcher", "redis://redis.staging:6379/0", "launch_check", "${MATCHER_REDIS_PASSWORD}");
        assertThat(List.of(cache.timeout(), cache.maxLatency())).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(86));
        assertThat(cache.clients()).isEqualTo(new Cache.Clients(8, 32, 50));
        assertThat(cache.maxmemoryPolicy()).contains("noeviction");
        assertThat(cache.keys()).containsExactly(new Cache.Key("matcher:pool:eu", "zset", 1));
        assertThat(List.of(cache.role(), cache.replicas(), cache.attempts()))
                .containsExactly(Cache.Role.PRIMARY, 0, Cache.DEFAULT_ATTEMPTS);
    }

    @Test
    void loads_every_gateway_key() {
        assertThat(profile.gateways()).hasSize(1);
        Gateway gateway = profile.gateways().get(0);
        assertThat(gateway.name()).isEqualTo("gateway");
        assertThat(gateway.url()).isEqualTo("wss://gateway.game.example.com/ws");
        assertThat(List.of(gateway.secure(), gateway.host(), gateway.port(), gateway.resource()))
                .containsExactly(true, "gateway.game.example.com", 443, "/ws");
        assertThat(gateway.addresses()).isEqualTo(new Endpoint.Addresses.All());
        assertThat(gateway.subprotocol()).contains("pixelrush.v1");
        assertThat(gateway.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(gateway.pingWithin()).isEqualTo(Duration.ofSeconds(1));
        Gateway.Heartbeat heartbeat = gateway.heartbeat().orElseThrow();
        assertThat(List.of(heartbeat.send(), heartbeat.expect().pattern(), heartbeat.within()))
                .containsExactly("{\"op\":\"ping\"}", "\"op\":\"pong\"", Duration.ofSeconds(2));
        assertThat(gateway.holdFor()).contains(Duration.ofSeconds(10));
    }

    @Test
    void loads_waivers_and_no_owners() {
        assertThat(profile.waivers()).containsExactly(new Waiver("TLS-07", "legacy.game.example.com",
                "CA dropped OCSP", LocalDate.parse("2026-12-31")));
        assertThat(profile.owners()).isEmpty();
    }
}
