package dev.tminus.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.Resolver;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** {@code addresses: all | host | [list]} turned into the addresses to check. */
class AddressResolverTest {

    private static final String HOST = "gateway.game.example.com";

    /** A one-shot-per-query UDP DNS server on a free loopback port, answering from a fixed table. */
    static final class TinyDns implements AutoCloseable {
        final DatagramSocket socket;
        final Thread thread;

        TinyDns(Map<Integer, List<String>> answers) throws IOException {
            socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
            thread = new Thread(() -> serve(answers));
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(Map<Integer, List<String>> answers) {
            byte[] buf = new byte[1500];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket in = new DatagramPacket(buf, buf.length);
                    socket.receive(in);
                    Message query = new Message(java.util.Arrays.copyOf(in.getData(), in.getLength()));
                    Message reply = new Message(query.getHeader().getID());
                    reply.getHeader().setFlag(Flags.QR);
                    reply.getHeader().setFlag(Flags.AA);
                    Record q = query.getQuestion();
                    reply.addRecord(q, Section.QUESTION);
                    for (String a : answers.getOrDefault(q.getType(), List.of())) {
                        InetAddress addr = InetAddress.getByName(a);
                        reply.addRecord(q.getType() == Type.A ? new ARecord(q.getName(), DClass.IN, 60, addr)
                                : new AAAARecord(q.getName(), DClass.IN, 60, addr), Section.ANSWER);
                    }
                    byte[] out = reply.toWire();
                    socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private static Endpoint endpoint(Endpoint.Addresses addresses) {
        return Endpoint.builder("gateway", HOST).addresses(addresses).build();
    }

    private static DnsSection dns(Resolver... resolvers) {
        return DnsSection.builder(List.of(resolvers), List.of()).timeout(Duration.ofMillis(500)).attempts(1)
                .maxLatency(Duration.ofMillis(100)).ttl(Map.of()).build();
    }

    @Test
    void all_takes_the_union_of_a_and_aaaa_answers_of_every_profile_resolver_in_numeric_order() throws Exception {
        // GIVEN two resolvers that each know part of the name's addresses
        try (TinyDns ns1 = new TinyDns(Map.of(Type.A, List.of("10.0.0.12", "10.0.0.11"), Type.AAAA, List.of("2001:db8::11")));
             TinyDns ns2 = new TinyDns(Map.of(Type.A, List.of("10.0.0.12", "10.0.0.13")))) {
            AddressResolver resolver = new AddressResolver(Optional.of(dns(
                    new Resolver("ns1", "127.0.0.1", ns1.port(), Resolver.Role.AUTHORITATIVE),
                    new Resolver("ns2", "127.0.0.1", ns2.port(), Resolver.Role.AUTHORITATIVE))), Duration.ofSeconds(1));

            // WHEN
            List<TlsTarget> targets = resolver.targets(endpoint(new Endpoint.Addresses.All()));

            // THEN
            assertThat(targets).extracting(TlsTarget::address)
                    .containsExactly("10.0.0.11", "10.0.0.12", "10.0.0.13", "2001:db8::11");
            assertThat(targets.get(3).socket()).isEqualTo("[2001:db8::11]:443");
        }
    }

    @Test
    void all_is_could_not_check_when_no_resolver_answers_an_address() throws Exception {
        // GIVEN a resolver that knows nothing of the name
        try (TinyDns empty = new TinyDns(Map.of())) {
            AddressResolver resolver = new AddressResolver(Optional.of(dns(
                    new Resolver("ns1", "127.0.0.1", empty.port(), Resolver.Role.AUTHORITATIVE))), Duration.ofSeconds(1));

            assertThatThrownBy(() -> resolver.targets(endpoint(new Endpoint.Addresses.All())))
                    .isInstanceOf(ProbeException.Unreachable.class)
                    .hasMessage("Could not list the addresses of gateway.game.example.com: no A or AAAA record from "
                            + "the profile's resolvers. Check dns.resolvers and the name, or list the addresses under "
                            + "tls.endpoints[].addresses.");
        }
    }

    @Test
    void an_explicit_list_is_taken_as_written_and_host_connects_by_name() {
        AddressResolver resolver = new AddressResolver(Optional.empty(), Duration.ofSeconds(1));

        assertThat(resolver.targets(endpoint(new Endpoint.Addresses.Listed(List.of("10.0.0.1", "::1")))))
                .extracting(TlsTarget::socket).containsExactly("10.0.0.1:443", "[::1]:443");
        assertThat(resolver.targets(endpoint(new Endpoint.Addresses.Host()))).extracting(TlsTarget::address)
                .containsExactly(HOST);
    }

    @Test
    void without_resolvers_all_asks_the_system_resolver() {
        AddressResolver resolver = new AddressResolver(Optional.empty(), Duration.ofSeconds(1));
        Endpoint local = Endpoint.builder("local", "localhost").addresses(new Endpoint.Addresses.All()).build();

        assertThat(resolver.targets(local)).extracting(TlsTarget::address).isNotEmpty()
                .allMatch(a -> a.startsWith("127.") || a.contains(":"));
    }

    @Test
    void prints_aaaa_answers_and_listed_ipv6_literals_in_rfc_5952_form() throws Exception {
        // GIVEN an AAAA answer for the loopback and a profile that lists it the long way
        Message answer = new Message();
        answer.addRecord(new AAAARecord(org.xbill.DNS.Name.fromString(HOST + "."), DClass.IN, 60,
                InetAddress.getByName("0:0:0:0:0:0:0:1")), Section.ANSWER);
        Endpoint listed = Endpoint.builder("gateway", HOST).addresses("2001:0db8:0:0:0:0:0:0001").build();

        // WHEN / THEN every address reads ::1 / 2001:db8::1, in the item and in its socket
        assertThat(AddressResolver.addresses(answer)).containsExactly("::1");
        TlsTarget target = new AddressResolver(Optional.empty(), Duration.ofSeconds(1)).targets(listed).get(0);
        assertThat(target.address()).isEqualTo("2001:db8::1");
        assertThat(target.socket()).isEqualTo("[2001:db8::1]:443");
    }
}
