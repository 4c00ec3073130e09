package dev.tminus.sandbox.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsProbe;
import dev.tminus.dns.DnsQuery;
import dev.tminus.profile.Resolver;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/** The sandbox's servers behave like real ones: AA, TTL countdown, negative caching, client subnet routing. */
class SandboxDnsServersTest {

    private final ZoneData zone = ZoneData.read(Path.of(DnsSandbox.ZONE_FILE));
    private DnsListener authListener;
    private DnsListener edgeListener;
    private RecursiveServer edge;
    private DnsProbe probe;
    private Resolver ns;
    private Resolver recursive;

    @BeforeEach
    void start() throws Exception {
        Name gateway = Name.fromConstantString("gateway.game.tminus.test.");
        var region = new AuthoritativeServer.RegionAnswer("203.0.113.0/24", gateway, Type.A,
                List.of(ZoneData.parse(gateway, Type.A, 60, "127.0.0.11")));
        var auth = new AuthoritativeServer(new AuthoritativeServer.Setup(zone.zone(), true, List.of(region), 0, false));
        authListener = DnsListener.onFreePort("ns", "127.0.0.1", auth);
        InetSocketAddress authAddress = authListener.address();
        edge = new RecursiveServer(List.of(authAddress));
        edgeListener = DnsListener.onFreePort("edge", "127.0.0.1", edge);
        InetSocketAddress edgeAddress = edgeListener.address();
        ns = new Resolver("ns", "127.0.0.1", authAddress.getPort(), Resolver.Role.AUTHORITATIVE);
        recursive = new Resolver("edge", "127.0.0.1", edgeAddress.getPort(), Resolver.Role.RECURSIVE);
        probe = new DnsProbe(Duration.ofSeconds(2), 1, 4);
    }

    @AfterEach
    void stop() {
        probe.close();
        edgeListener.close();
        edge.close();
        authListener.close();
    }

    @Test
    void authoritative_answers_carry_aa_and_the_zone_ttl() {
        DnsAnswer a = probe.query(DnsQuery.of(ns, "login.game.tminus.test.", "A"));
        assertThat(a.authoritative()).isTrue();
        assertThat(a.values()).containsExactly("192.0.2.101", "192.0.2.102", "192.0.2.200");
        assertThat(a.maxTtl()).hasValue(60);
    }

    @Test
    void negative_answers_carry_the_soa_with_the_negative_ttl() {
        DnsAnswer a = probe.query(DnsQuery.of(ns, "nothing.game.tminus.test.", "A"));
        assertThat(a.rcode()).isEqualTo("NXDOMAIN");
        assertThat(a.authority()).singleElement().satisfies(soa -> {
            assertThat(soa.type()).isEqualTo("SOA");
            assertThat(soa.ttl()).isEqualTo(30);
        });
    }

    @Test
    void a_client_subnet_in_a_region_gets_the_region_answer_and_its_scope() {
        DnsAnswer a = probe.query(DnsQuery.of(ns, "gateway.game.tminus.test.", "A").withSubnet("203.0.113.0/24"));
        DnsAnswer elsewhere = probe.query(DnsQuery.of(ns, "gateway.game.tminus.test.", "A").withSubnet("198.51.100.0/24"));
        assertThat(a.values()).containsExactly("127.0.0.11");
        assertThat(a.subnetScope()).hasValue(24);
        assertThat(elsewhere.values()).containsExactly("127.0.0.11", "127.0.0.12", "127.0.0.13");
        assertThat(elsewhere.subnetScope()).hasValue(0);
    }

    @Test
    void the_recursive_resolver_serves_warmed_names_from_cache_with_ttl_counted_down() {
        // GIVEN a warm-up taken to have run 5 s ago
        edge.warmUp(List.of(Map.entry("login.game.tminus.test.", Type.A)), Duration.ofSeconds(5));
        // WHEN
        DnsAnswer a = probe.query(DnsQuery.of(recursive, "login.game.tminus.test.", "A"));
        // THEN
        assertThat(a.authoritative()).isFalse();
        assertThat(a.dig()).contains(" ra");
        assertThat(a.maxTtl().getAsLong()).isBetween(1L, 55L);
    }

    @Test
    void the_recursive_resolver_fetches_a_cold_name_with_the_full_ttl_and_then_caches_it() {
        DnsAnswer cold = probe.query(DnsQuery.of(recursive, "gateway.game.tminus.test.", "A"));
        DnsAnswer again = probe.query(DnsQuery.of(recursive, "gateway.game.tminus.test.", "A"));
        assertThat(cold.maxTtl()).hasValue(60);
        assertThat(again.values()).isEqualTo(cold.values());
        assertThat(again.maxTtl().getAsLong()).isBetween(59L, 60L);
    }

    @Test
    void the_recursive_resolver_caches_nxdomain() {
        probe.query(DnsQuery.of(recursive, "nothing.game.tminus.test.", "A"));
        DnsAnswer again = probe.query(DnsQuery.of(recursive, "nothing.game.tminus.test.", "A"));
        assertThat(again.rcode()).isEqualTo("NXDOMAIN");
        assertThat(again.authority()).singleElement().satisfies(soa -> assertThat(soa.ttl()).isBetween(0L, 30L));
    }
}
