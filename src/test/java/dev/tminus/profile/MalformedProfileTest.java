package dev.tminus.profile;

import static dev.tminus.profile.ProfileFiles.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed profiles, each with the exact lines a user sees. The file is always
 * {@code environments/staging.yaml}; {@code F} abbreviates its name in the expected lines.
 */
class MalformedProfileTest {

    private static final String F = "environments/staging.yaml: ";

    @TempDir
    Path dir;

    record Case(String yaml, List<String> expected) {
    }

    static Stream<Named<Case>> profiles() {
        return Stream.of(
                of("unknown top-level key with a hint", HEADER + """
                    dsn:
                      timeout: 2s
                    """,
                        F + "dsn: expected one of the keys alerting, caches, custom, databases, dns, gateways, goldenHour, launch, name, owners, tls, waivers, got the unknown key \"dsn\" (did you mean dns?)"),
                of("unknown nested key with a hint", HEADER + """
                    dns:
                      timeuot: 2s
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.timeuot: expected one of the keys attempts, maxLatency, records, resolvers, timeout, ttl, zones, got the unknown key \"timeuot\" (did you mean timeout?)"),
                of("section of the wrong type", HEADER + """
                    dns: [ns1, ns2]
                    """,
                        F + "dns: expected a mapping with the keys attempts, maxLatency, records, resolvers, timeout, ttl, zones, got a list"),
                of("section written with no value", HEADER + """
                    dns:
                    tls:
                    """,
                        F + "dns: expected a mapping with the keys attempts, maxLatency, records, resolvers, timeout, ttl, zones, got nothing",
                        F + "tls: expected a mapping with the keys endpoints, minProtocol, minValidity, timeout, trustStore, got nothing"),
                of("whole number written as a word", HEADER + """
                    dns:
                      attempts: two
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.attempts: expected a whole number from 1 to 10, got \"two\""),
                of("whole number out of range", HEADER + """
                    dns:
                      attempts: 0
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.attempts: expected a whole number from 1 to 10, got 0"),
                of("duration without a unit", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        password: ${SET_PASSWORD}
                        pool: {maxSize: 20, maxLifetime: 30}
                    """,
                        F + "databases[0].pool.maxLifetime: \"30\" has no unit; write 30m or 30s"),
                of("duration written as a word (the contract's example)", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53}
                      records:
                        - {name: a.example.com., type: A, expect: [192.0.2.1]}
                        - {name: b.example.com., type: A, expect: [192.0.2.2]}
                        - {name: c.example.com., type: A, expect: [192.0.2.3], ttl: sixty}
                    """,
                        F + "dns.records[2].ttl: expected a duration like 60s, got \"sixty\""),
                of("duration with a fraction", HEADER + """
                    dns:
                      maxLatency: 1.5s
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.maxLatency: expected a duration like 60s, got \"1.5s\"; durations have no fractions, write e.g. 1h30m or 1500ms"),
                of("duration units out of order", HEADER + """
                    goldenHour:
                      window: 30m1h
                      slos:
                        - {name: errors, query: up, max: 1}
                    """,
                        F + "goldenHour.window: expected a duration like 60s, got \"30m1h\"; write the units from the largest to the smallest, each once, like 1h30m"),
                of("duration in capitals", HEADER + """
                    dns:
                      timeout: 2S
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.timeout: expected a duration like 60s, got \"2S\"; write 2s"),
                of("zero timeout", HEADER + """
                    dns:
                      timeout: 0s
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.timeout: expected a duration from 1ms to 1m, got 0s"),
                of("absurd timeout", HEADER + """
                    dns:
                      timeout: 2h
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.timeout: expected a duration from 1ms to 1m, got 2h"),
                of("duration beyond 100 years", HEADER + """
                    tls:
                      minValidity: 200y
                      endpoints:
                        - {name: gateway, host: gateway.game.example.com}
                    """,
                        F + "tls.minValidity: expected a duration of at most 100y, got \"200y\""),
                of("negative duration", HEADER + """
                    dns:
                      timeout: -5s
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.timeout: expected a duration like 60s, got \"-5s\"; durations cannot be negative"),
                of("TTL with milliseconds", HEADER + """
                    dns:
                      ttl: {preheat: 1500ms}
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.ttl.preheat: expected a TTL in whole seconds like 60s, got \"1500ms\""),
                of("unknown phase in the TTL policy", HEADER + """
                    dns:
                      ttl: {preheat: 300s, scaleout: 60s}
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.ttl.scaleout: expected one of the keys preheat, rollback, scale-out, got the unknown key \"scaleout\" (did you mean scale-out?)"),
                of("IPv4 address out of range", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.300}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.resolvers[0].address: expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got \"10.0.0.300\""),
                of("address with a port", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: '10.0.0.53:53'}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.resolvers[0].address: expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got \"10.0.0.53:53\"; write the port under port:"),
                of("host name where an address belongs", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: ns1.example.com}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.resolvers[0].address: expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got \"ns1.example.com\"; host names are not resolved here, write the address"),
                of("port out of range", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, port: 70000}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.resolvers[0].port: expected a whole number from 1 to 65535, got 70000"),
                of("unknown resolver role", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authorative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.168.10.101]}
                    """,
                        F + "dns.resolvers[0].role: expected one of authoritative, recursive, got \"authorative\" (did you mean authoritative?)"),
                of("IPv6 address in an A record", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: ['2001:db8::1']}
                    """,
                        F + "dns.records[0].expect[0]: expected an IPv4 address for an A record, got \"2001:db8::1\""),
                of("relative name without the trailing dot", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com, type: CNAME, expect: [gateway.game.example.com.]}
                    """,
                        F + "dns.records[0].name: expected an absolute DNS name ending in \".\", got \"login.game.example.com\"; write login.game.example.com."),
                of("unknown record type in lower case", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: a, expect: [192.0.2.1]}
                    """,
                        F + "dns.records[0].type: expected one of A, AAAA, CNAME, SRV, TXT, NS, MX, CAA, got \"a\" (did you mean A?)"),
                of("empty planned answer set", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: []}
                    """,
                        F + "dns.records[0].expect: expected at least one planned value, got an empty list"),
                of("planned value twice", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.0.2.1, 192.0.2.1]}
                    """,
                        F + "dns.records[0].expect: expected each planned value once (the answer set is compared as a set), got \"192.0.2.1\" twice"),
                of("malformed SRV data", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: _matcher._tcp.game.example.com., type: SRV, expect: ['10 50 matcher.game.example.com.']}
                    """,
                        F + "dns.records[0].expect[0]: expected priority weight port target like \"10 50 7000 matcher.game.example.com.\", got \"10 50 matcher.game.example.com.\""),
                of("subnet with too long a prefix", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53, role: authoritative}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.0.2.1], regions: [{subnet: 203.0.113.0/33, expect: [192.0.2.9]}]}
                    """,
                        F + "dns.records[0].regions[0].subnet: expected a subnet like 203.0.113.0/24 or 2001:db8::/56, got \"203.0.113.0/33\""),
                of("two resolvers with one name", HEADER + """
                    dns:
                      resolvers:
                        - {name: ns1, address: 10.0.0.53}
                        - {name: ns1, address: 10.0.0.54}
                      records: []
                    """,
                        F + "dns.resolvers: expected unique names, got \"ns1\" more than once"),
                of("invalid issuer regex", HEADER + """
                    tls:
                      endpoints:
                        - {name: gateway, host: gateway.game.example.com, issuer: "Let's (Encrypt"}
                    """,
                        F + "tls.endpoints[0].issuer: expected a regular expression, got \"Let's (Encrypt\" (Unclosed group near index 14)"),
                of("host with a scheme", HEADER + """
                    tls:
                      endpoints:
                        - {name: gateway, host: 'https://gateway.game.example.com'}
                    """,
                        F + "tls.endpoints[0].host: expected a host name like gateway.game.example.com (no scheme, port or trailing dot), got \"https://gateway.game.example.com\""),
                of("unknown stapling requirement and empty alpn", HEADER + """
                    tls:
                      endpoints:
                        - {name: gateway, host: gateway.game.example.com, ocspStapling: yes, alpn: []}
                    """,
                        F + "tls.endpoints[0].ocspStapling: expected one of required, optional, got \"yes\"",
                        F + "tls.endpoints[0].alpn: expected at least one protocol, got an empty list"),
                of("name different from the file name", """
                    name: stagign
                    launch:
                      release: v1.2.0-3a7f1b2
                      at: 2026-12-01T10:00:00Z
                      phase: preheat
                    """,
                        F + "name: expected \"staging\" (the file name), got \"stagign\""),
                of("missing environment variable", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        password: ${PLAYER_DB_PASSWORD}
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].password: expected the environment variable PLAYER_DB_PASSWORD to be set, got nothing; set it in the environment of the run"),
                of("empty fleet account", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        fleetUsername: ""
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].fleetUsername: expected the account the service fleet logs in with, got nothing"),
                of("literal password", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        password: hunter2
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].password: expected a reference to an environment variable like ${DB_PASSWORD}, got a literal value; secrets come only from environment variables"),
                of("malformed variable reference", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        password: ${PLAYER-DB-PASSWORD}
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].password: expected ${NAME} or ${NAME:-default} with NAME made of letters, digits and _, got \"${PLAYER-DB-PASSWORD}\""),
                of("secret with text around the reference", HEADER + """
                    databases:
                      - {name: player-db, url: 'jdbc:postgresql://db.staging/game', username: u,
                         password: 'pre-${SET_PASSWORD}', pool: {maxSize: 5}}
                    """,
                        F + "databases[0].password: expected only a reference to an environment variable like ${DB_PASSWORD}, got text around it; secrets come only from environment variables"),
                of("literal password inside the JDBC URL", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game?password=hunter2
                        username: launch_check
                        password: ${SET_PASSWORD}
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].url: expected a URL without a literal password, got one with a password written in it; take it from the environment, e.g. password: ${DB_PASSWORD} or user:${PASSWORD}@host (secrets come only from environment variables)"),
                of("JDBC URL of an unsupported database", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:oracle:thin:@db.staging:1521:game
                        username: launch_check
                        password: ${SET_PASSWORD}
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].url: expected a JDBC URL for PostgreSQL, MariaDB or MySQL like jdbc:postgresql://db.staging:5432/game, got \"jdbc:oracle:thin:@db.staging:1521:game\""),
                of("pool connection timeout of 0s", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        password: ${SET_PASSWORD}
                        pool: {maxSize: 20, connectionTimeout: 0s}
                    """,
                        F + "databases[0].pool.connectionTimeout: expected at least 250ms (HikariCP's minimum; 0s would mean wait forever), got 0s"),
                of("pool lifetime below HikariCP's floor and minIdle above maxSize", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://db.staging:5432/game
                        username: launch_check
                        password: ${SET_PASSWORD}
                        pool: {maxSize: 20, minIdle: 40, maxLifetime: 10s}
                    """,
                        F + "databases[0].pool.maxLifetime: expected at least 30s (HikariCP silently resets shorter lifetimes to 30m), got 10s",
                        F + "databases[0].pool.minIdle: expected at most maxSize (20), got 40"),
                of("T0-relative instant without launch.at", """
                    name: staging
                    launch:
                      release: v1.2.0-3a7f1b2
                      phase: preheat
                    alerting:
                      alertmanager: http://alertmanager.staging:9093
                      prometheus: http://prometheus.staging:9090
                      silence: {startsBy: T0-15m, duration: 75m}
                    """,
                        F + "alerting.silence.startsBy: expected an ISO instant like 2026-12-01T09:45:00Z while launch.at is not set, got \"T0-15m\" (relative to T0); set launch.at or write an ISO instant"),
                of("golden hour start relative to T0 without launch.at", """
                    name: staging
                    launch: {release: v1.2.0-3a7f1b2, phase: preheat}
                    goldenHour: {from: T0+20m}
                    """,
                        F + "goldenHour.from: expected an ISO instant like 2026-12-01T09:45:00Z while launch.at is not set, got \"T0+20m\" (relative to T0); set launch.at or write an ISO instant"),
                of("launch.at without an offset", """
                    name: staging
                    launch:
                      release: v1.2.0-3a7f1b2
                      at: 2026-12-01 10:00
                      phase: preheat
                    """,
                        F + "launch.at: expected an ISO-8601 instant with offset like 2026-12-01T10:00:00Z, got \"2026-12-01 10:00\""),
                of("unknown phase with a hint", """
                    name: staging
                    launch:
                      release: v1.2.0-3a7f1b2
                      at: 2026-12-01T10:00:00Z
                      phase: scaleout
                    """,
                        F + "launch.phase: expected one of preheat, scale-out, rollback, got \"scaleout\" (did you mean scale-out?)"),
                of("launch without its required keys", """
                    name: staging
                    launch: {at: 2026-12-01T10:00:00Z}
                    """,
                        F + "launch.phase: expected one of preheat, scale-out, rollback, got nothing",
                        F + "launch.release: expected a release id like v1.2.0-3a7f1b2, got nothing"),
                of("literal credentials in an HTTP URL", HEADER + """
                    alerting:
                      alertmanager: http://ops:hunter2@alertmanager.staging:9093
                      prometheus: http://ops:${PROM_PASSWORD:-x}@prometheus.staging:9090
                    """,
                        F + "alerting.alertmanager: expected a URL without a literal password, got one with a password written in it; take it from the environment, e.g. password: ${DB_PASSWORD} or user:${PASSWORD}@host (secrets come only from environment variables)",
                        // a 1-character password (here the default) could not be masked: refused
                        F + "alerting.prometheus: expected the password in the URL's user-info to be at least 4 characters long, got 1; a shorter secret cannot be masked in reports and logs: use a longer one"),
                of("zones without an authoritative resolver", HEADER + """
                    dns:
                      resolvers:
                        - {name: office, address: 10.0.0.2, role: recursive}
                      records: []
                      zones: [game.example.com.]
                    """,
                        F + "dns.zones: expected at least one resolver with role: authoritative to compare the zones on, got none"),
                of("literal password as user info of the JDBC URL", HEADER + """
                    databases:
                      - name: player-db
                        url: jdbc:postgresql://launch_check:hunter2@db.staging:5432/game
                        username: launch_check
                        pool: {maxSize: 20}
                    """,
                        F + "databases[0].url: expected a URL without a literal password, got one with a password written in it; take it from the environment, e.g. password: ${DB_PASSWORD} or user:${PASSWORD}@host (secrets come only from environment variables)"),
                of("CNAME with two targets", HEADER + """
                    dns:
                      resolvers: [{name: ns1, address: 10.0.0.53}]
                      records:
                        - {name: www.game.example.com., type: CNAME, expect: [a.example.com., b.example.com.]}
                    """,
                        F + "dns.records[0].expect: expected one target for a CNAME record (a name has at most one CNAME), got 2"),
                of("planned silence of a protected alert", HEADER + """
                    alerting:
                      alertmanager: http://alertmanager.staging:9093
                      prometheus: http://prometheus.staging:9090
                      silence:
                        startsBy: T0-15m
                        duration: 75m
                        alerts: [{alertname: P0_ERROR_COUNT, service: pay}]
                        protected: [{severity: critical}, {alertname: P0_ERROR_COUNT}]
                    """,
                        F + "alerting.silence.alerts: expected alerts that no protected set matches, got {alertname: P0_ERROR_COUNT, service: pay}, matched by protected {alertname: P0_ERROR_COUNT}; a protected (P0) alert must never be silenced"),
                of("required lists and mappings left out", HEADER + """
                    dns: {}
                    tls: {}
                    databases:
                      - {name: player-db, url: 'jdbc:postgresql://db.staging/game', username: u}
                    """,
                        F + "dns.records: expected a list of records like {name: login.game.example.com., type: A, expect: [192.0.2.1]} ([] for none), got nothing",
                        F + "dns.resolvers: expected a list of resolvers like {name: ns1, address: 10.0.0.53, role: authoritative}, got nothing",
                        F + "tls.endpoints: expected a list of endpoints like {name: gateway, host: gateway.game.example.com}, got nothing",
                        F + "databases[0].pool: expected the pool of each service instance like {maxSize: 200, minIdle: 40, instances: 8}, got nothing"),
                of("URL without a scheme", HEADER + """
                    alerting:
                      alertmanager: alertmanager.staging:9093
                      prometheus: http://prometheus.staging:9090
                    """,
                        F + "alerting.alertmanager: expected an http:// or https:// URL like http://prometheus.staging:9090, got \"alertmanager.staging:9093\""),
                of("silence planned longer than its own limit", HEADER + """
                    alerting:
                      alertmanager: http://alertmanager.staging:9093
                      prometheus: http://prometheus.staging:9090
                      silence: {startsBy: T0-15m, duration: 3h, maxDuration: 2h}
                    """,
                        F + "alerting.silence.duration: expected at most maxDuration (2h), got 3h; the plan itself would break the limit"),
                of("label name Prometheus cannot have", HEADER + """
                    alerting:
                      alertmanager: http://alertmanager.staging:9093
                      prometheus: http://prometheus.staging:9090
                      silence:
                        startsBy: T0-15m
                        duration: 75m
                        protected:
                          - {severity-level: critical}
                    """,
                        F + "alerting.silence.protected[0].severity-level: expected a label name of letters, digits and _ (not starting with a digit), got \"severity-level\""),
                of("SLO without a bound and min above max", HEADER + """
                    goldenHour:
                      slos:
                        - {name: errors, query: up}
                        - {name: latency, query: up, min: 5, max: 1}
                    """,
                        F + "goldenHour.slos[0]: expected min, max or both, got neither; an SLO without a bound cannot fail",
                        F + "goldenHour.slos[1].min: expected at most max (1), got 5"),
                of("step longer than the window", HEADER + """
                    goldenHour:
                      window: 1h
                      step: 2h
                    """,
                        F + "goldenHour.step: expected a duration from 1s to 1h, got 2h"),
                of("HTTP status out of range", HEADER + """
                    goldenHour:
                      probes:
                        - {name: health, url: 'http://gateway.staging/healthz', status: 700}
                    """,
                        F + "goldenHour.probes[0].status: expected a whole number from 100 to 599, got 700"),
                of("waiver with a bad check id and date", HEADER + """
                    waivers:
                      - {check: TLS7, item: legacy, reason: CA dropped OCSP, until: 31.12.2026}
                    """,
                        F + "waivers[0].check: expected a check id like TLS-07 or DB-02, got \"TLS7\"",
                        F + "waivers[0].until: expected a date like 2026-12-31, got \"31.12.2026\""),
                of("owner for an unknown tag", HEADER + """
                    owners: {dns: netops, silent: sre}
                    """,
                        F + "owners.silent: expected one of the keys cache, db, dns, gateway, golden-hour, silence, tls, got the unknown key \"silent\" (did you mean silence?)"),
                of("duplicate key, reported with the file's other problems", HEADER + """
                    dns:
                      timeout: 2s
                      timeout: 3s
                      resolvers: [{name: ns1, address: 10.0.0.53}]
                    """,
                        F + "dns.timeout: expected each key once per mapping, got it twice (lines 7 and 8)",
                        F + "dns.records: expected a list of records like {name: login.game.example.com., type: A, expect: [192.0.2.1]} ([] for none), got nothing"),
                of("invalid YAML", HEADER + """
                    dns: [ns1, ns2
                    """,
                        F + "line 6, column 15: expected valid YAML, got a syntax error (while parsing a flow sequence; expected ',' or ']', but got <stream end>)"),
                of("empty file", "",
                        F + "expected a mapping at the top level (name:, launch:, dns:, ...), got an empty file"),
                of("list at the top level", """
                    - name: staging
                    """,
                        F + "expected a mapping at the top level (name:, launch:, dns:, ...), got a list"),
                of("gateway: an http URL, a ping bound past the timeout, a subprotocol list, a heartbeat without expect", HEADER + """
                    gateways:
                      - name: gateway
                        url: https://gateway.game.example.com/ws
                        timeout: 2s
                        pingWithin: 3s
                        subprotocol: "pixelrush.v1, pixelrush.v0"
                        heartbeat: {send: ping}
                      - name: gateway
                        url: wss://gateway.game.example.com/ws#lobby
                        addresses: [gateway.game.example.com]
                        heartbeat: {send: ping, expect: "{op", within: 10s}
                        holdFor: 1h
                    """,
                        F + "gateways[0].url: expected ws://host[:port]/path or wss://host[:port]/path like wss://gateway.game.example.com/ws, got \"https://gateway.game.example.com/ws\"; write ws:// for http:// and wss:// for https://",
                        F + "gateways[0].subprotocol: expected one subprotocol token like pixelrush.v1 (no spaces or commas), got \"pixelrush.v1, pixelrush.v0\"",
                        F + "gateways[0].pingWithin: expected at most the gateway's timeout 2s (the probe waits no longer), got 3s; raise timeout or lower this",
                        F + "gateways[0].heartbeat.expect: expected a regular expression found in the reply like '\"op\":\"pong\"', got nothing",
                        F + "gateways[1].url: expected a URL without a #fragment (RFC 6455 §3), got \"wss://gateway.game.example.com/ws#lobby\"",
                        F + "gateways[1].addresses[0]: expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got \"gateway.game.example.com\"; host names are not resolved here, write the address",
                        F + "gateways[1].heartbeat.expect: expected a regular expression found in the reply, got \"{op\" (Illegal repetition near index 1); to match it literally write \"\\Q{op\\E\"",
                        F + "gateways[1].heartbeat.within: expected at most the gateway's timeout 5s (the probe waits no longer), got 10s; raise timeout or lower this",
                        F + "gateways[1].holdFor: expected a duration from 1ms to 10m, got 1h"),
                of("every problem of a file at once", """
                    name: prod
                    launch:
                      release: v1.2.0-3a7f1b2
                      at: 2026-12-01T10:00:00Z
                      phase: preheat
                    dns:
                      timeout: 0s
                      attempts: many
                      resolvers:
                        - {name: ns1, address: 10.0.0.300}
                      records:
                        - {name: login.game.example.com., type: A, expect: [192.0.2.1], ttl: sixty}
                    """,
                        F + "name: expected \"staging\" (the file name), got \"prod\"",
                        F + "dns.timeout: expected a duration from 1ms to 1m, got 0s",
                        F + "dns.attempts: expected a whole number from 1 to 10, got \"many\"",
                        F + "dns.resolvers[0].address: expected an IPv4 or IPv6 address like 10.0.0.53 or 2001:db8::53, got \"10.0.0.300\"",
                        F + "dns.records[0].ttl: expected a duration like 60s, got \"sixty\"")
        );
    }

    private static Named<Case> of(String name, String yaml, String... expected) {
        return Named.of(name, new Case(yaml, List.of(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void reports_every_problem_of_a_malformed_profile_one_line_each(Case c) {
        // GIVEN a malformed profile (and no environment variables set)
        ProfileFiles files = new ProfileFiles(dir, Map.of("SET_PASSWORD", "s3cr3t-value")).write("staging", c.yaml());

        // WHEN it is loaded
        List<String> problems = files.problems("staging");

        // THEN exactly these lines, in this order
        assertThat(problems).containsExactlyElementsOf(c.expected());
    }
}
