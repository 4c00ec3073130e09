package dev.tminus.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tminus.ProbeException;
import dev.tminus.profile.Resolver;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

class DnsProbeTest {

    private static final Name LOGIN = Name.fromConstantString("login.game.tminus.test.");

    private static Resolver at(int port) {
        return new Resolver("ns1", "127.0.0.1", port, Resolver.Role.AUTHORITATIVE);
    }

    private static Message answer(Message query, boolean aa, String... addresses) {
        Message m = new Message(query.getHeader().getID());
        m.getHeader().setFlag(Flags.QR);
        if (aa) {
            m.getHeader().setFlag(Flags.AA);
        }
        m.addRecord(query.getQuestion(), Section.QUESTION);
        for (String a : addresses) {
            try {
                m.addRecord(new ARecord(LOGIN, DClass.IN, 60, InetAddress.getByName(a)), Section.ANSWER);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    @Test
    void reads_rcode_aa_flag_records_ttls_and_latency_of_a_udp_answer() throws Exception {
        // GIVEN a server answering two A records with AA, name in mixed case
        try (var server = new TinyDnsServer(false, (q, tcp) -> answer(q, true, "192.0.2.101", "192.0.2.102").toWire());
             var probe = new DnsProbe(Duration.ofSeconds(1), 2, 4)) {
            // WHEN
            DnsAnswer a = probe.query(DnsQuery.of(at(server.port()), "Login.Game.TMinus.test.", "A"));
            // THEN
            assertThat(a.rcode()).isEqualTo("NOERROR");
            assertThat(a.authoritative()).isTrue();
            assertThat(a.overTcp()).isFalse();
            assertThat(a.values()).containsExactly("192.0.2.101", "192.0.2.102");
            assertThat(a.maxTtl()).hasValue(60);
            assertThat(a.latency()).isPositive();
            assertThat(a.dig()).contains(";; flags: qr aa;", "status: NOERROR", ";; ANSWER SECTION:",
                    "Login.Game.TMinus.test.\t60\tIN\tA\t192.0.2.101", ";; SERVER: 127.0.0.1#" + server.port() + "(ns1) (UDP)");
            assertThat(server.udpQueries).hasSize(1);
        }
    }

    @Test
    void repeats_the_query_over_tcp_when_the_udp_answer_is_truncated() throws Exception {
        // GIVEN a server that sets TC over UDP and answers fully over TCP
        try (var server = new TinyDnsServer(true, (q, tcp) -> {
            Message m = answer(q, true, tcp ? new String[] {"192.0.2.1", "192.0.2.2"} : new String[0]);
            if (!tcp) {
                m.getHeader().setFlag(Flags.TC);
            }
            return m.toWire();
        }); var probe = new DnsProbe(Duration.ofSeconds(1), 1, 4)) {
            // WHEN
            DnsAnswer a = probe.query(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A"));
            // THEN
            assertThat(a.overTcp()).isTrue();
            assertThat(a.values()).containsExactly("192.0.2.1", "192.0.2.2");
            assertThat(a.dig()).contains(";; Truncated, retrying in TCP mode.", "(TCP)");
            assertThat(server.tcpQueries).hasSize(1);
        }
    }

    @Test
    void sends_the_client_subnet_when_asked() throws Exception {
        try (var server = new TinyDnsServer(false, (q, tcp) -> answer(q, true, "192.0.2.1").toWire());
             var probe = new DnsProbe(Duration.ofSeconds(1), 1, 4)) {
            probe.query(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A").withSubnet("203.0.113.0/24"));

            var option = (ClientSubnetOption) server.udpQueries.get(0).getOPT().getOptions(EDNSOption.Code.CLIENT_SUBNET).get(0);
            assertThat(option.getSourcePrefixLength()).isEqualTo(24);
            assertThat(option.getAddress().getHostAddress()).isEqualTo("203.0.113.0");
        }
    }

    @Test
    void reports_a_server_that_never_answers_as_timeout_after_every_attempt() throws Exception {
        // GIVEN a UDP server that reads queries and never answers
        try (var server = new TinyDnsServer(false, (q, tcp) -> null);
             var probe = new DnsProbe(Duration.ofMillis(300), 2, 4)) {
            // WHEN
            var e = catchThrowableOfType(ProbeException.Timeout.class,
                    () -> probe.query(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A")));
            // THEN
            assertThat(e).hasMessage("No answer to login.game.tminus.test. A on ns1 (127.0.0.1:" + server.port()
                    + ") within 300ms × 2 attempts. Check that the server runs and that UDP and TCP port "
                    + server.port() + " are open from here.");
            assertThat(server.udpQueries).hasSize(2);
            // AND a recursive resolver that does not answer may be waiting on the servers it asks (real Unbound, dead stubs)
            var recursive = new Resolver("office", "127.0.0.1", server.port(), Resolver.Role.RECURSIVE);
            assertThat(catchThrowableOfType(ProbeException.Timeout.class,
                    () -> probe.query(DnsQuery.of(recursive, "login.game.tminus.test.", "A"))))
                    .hasMessageEndingWith("; a recursive resolver that answers other names but not this one is waiting on"
                            + " the servers it asks (its forwarders, stub zones or the zone's name servers).");
        }
    }

    @Test
    void ends_within_its_budget_when_nothing_answers() throws Exception {
        // GIVEN a silent server and a budget of 200ms × 3 attempts
        try (var server = new TinyDnsServer(false, (q, tcp) -> null);
             var probe = new DnsProbe(Duration.ofMillis(200), 3, 4)) {
            // WHEN
            var pending = probe.ask(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A"));
            // THEN it has given up (generously) within the budget, after exactly 3 attempts
            assertThat(pending).failsWithin(Duration.ofSeconds(5))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(ProbeException.Timeout.class);
            assertThat(server.udpQueries).hasSize(3);
        }
    }

    @Test
    void reports_a_closed_port_as_could_not_check() throws Exception {
        int port;
        try (var s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (var probe = new DnsProbe(Duration.ofMillis(300), 2, 4)) {
            assertThatThrownBy(() -> probe.query(DnsQuery.of(at(port), "login.game.tminus.test.", "A")))
                    .isInstanceOfAny(ProbeException.Unreachable.class, ProbeException.Timeout.class)
                    .hasMessageContaining("login.game.tminus.test. A on ns1 (127.0.0.1:" + port + ")");
        }
    }

    @Test
    void reports_an_answer_cut_short_as_garbage() throws Exception {
        // GIVEN a server whose answer loses its last bytes on the way
        try (var server = new TinyDnsServer(false, (q, tcp) -> {
            byte[] whole = answer(q, true, "192.0.2.1").toWire();
            return Arrays.copyOf(whole, whole.length - 3);
        }); var probe = new DnsProbe(Duration.ofMillis(500), 2, 4)) {
            // WHEN / THEN
            assertThatThrownBy(() -> probe.query(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A")))
                    .isInstanceOf(ProbeException.Garbage.class)
                    .hasMessageStartingWith("Unreadable answer to login.game.tminus.test. A on ns1 (127.0.0.1:" + server.port() + "): ")
                    .hasMessageEndingWith("The server sent something that is not a complete DNS message (truncated or malformed);"
                            + " check that 127.0.0.1:" + server.port() + " is a DNS server.");
            assertThat(server.udpQueries).hasSize(1);
        }
    }

    @Test
    void reports_a_truncated_answer_whose_tcp_retry_is_refused_as_the_servers_answer() throws Exception {
        // GIVEN TC over UDP and nothing listening on TCP
        try (var server = new TinyDnsServer(false, (q, tcp) -> {
            Message m = answer(q, true);
            m.getHeader().setFlag(Flags.TC);
            return m.toWire();
        }); var probe = new DnsProbe(Duration.ofMillis(500), 1, 4)) {
            assertThatThrownBy(() -> probe.query(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A")))
                    .isInstanceOf(TruncatedWithoutTcp.class) // DNS-01 makes it NOT READY: no client gets the record set
                    .hasMessageStartingWith("login.game.tminus.test. A on ns1 (127.0.0.1:" + server.port()
                            + ") answered over UDP with TC (truncated), and the retry over TCP failed (")
                    .hasMessageEndingWith(", 1 attempt). Open TCP port " + server.port()
                            + " on the server: answers larger than 1232 bytes need it.");
        }
    }

    @Test
    void keeps_rcode_of_a_negative_answer() throws Exception {
        try (var server = new TinyDnsServer(false, (q, tcp) -> {
            Message m = answer(q, true);
            m.getHeader().setRcode(Rcode.NXDOMAIN);
            return m.toWire();
        }); var probe = new DnsProbe(Duration.ofSeconds(1), 1, 4)) {
            DnsAnswer a = probe.query(DnsQuery.of(at(server.port()), "login.game.tminus.test.", "A"));
            assertThat(a.resolves()).isFalse();
            assertThat(a.summary()).isEqualTo("NXDOMAIN");
        }
    }
}
