package dev.tminus.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.Endpoint;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/**
 * What the probe makes of servers badssl.com-style test sets are made of (tried against nginx 1.22 /
 * OpenSSL 3 on loopback): anonymous suites beyond the common ones, old versions spoken only with rare
 * ciphers, unusable DH groups and oversized certificate messages.
 */
class BadServersTest {

    private static final TlsTarget TARGET = new TlsTarget(
            Endpoint.builder("gateway", "gateway.game.tminus.test").addresses("127.0.0.1").build(), "127.0.0.1");

    @Test
    void offers_every_anonymous_suite_openssl_serves_among_the_anonymous_family() {
        // ADH-AES256-SHA256 (0x006d) and AECDH-NULL-SHA (0xc015) were accepted by a real nginx and missed
        assertThat(CipherSuites.WEAK.get("anonymous")).contains(0x006d, 0xc015, 0x0046, 0x0089, 0x00a7, 0xc019);
        assertThat(CipherSuites.WEAK.get("NULL")).contains(0xc010, 0xc015);
        assertThat(CipherSuites.name(0x006d)).isEqualTo("TLS_DH_anon_WITH_AES_256_CBC_SHA256");
        assertThat(CipherSuites.name(0xc015)).isEqualTo("TLS_ECDH_anon_WITH_NULL_SHA");
    }

    @Test
    void a_version_probe_offers_every_suite_so_a_refusal_is_the_versions() {
        // a server spoke TLS 1.1 only with CAMELLIA256-SHA (0x0084) or ECDHE-RSA-NULL-SHA (0xc010)
        assertThat(CipherSuites.EVERY).contains(0x0084, 0xc010, 0x0005, 0x000a, 0xc02f, 0x0035);
        for (int[] family : CipherSuites.WEAK.values()) {
            for (int suite : family) {
                assertThat(CipherSuites.EVERY).contains(suite);
            }
        }
        assertThat(Arrays.stream(CipherSuites.EVERY).distinct().count()).isEqualTo(CipherSuites.EVERY.length);
    }

    @Test
    void pads_a_client_hello_out_of_the_256_to_511_byte_range_that_some_load_balancers_hang_on() {
        for (String version : ClientHello.VERSIONS.keySet()) {
            byte[] record = ClientHello.record(version, "gateway.game.tminus.test", new SecureRandom());
            int handshake = record.length - 5;
            assertThat(handshake).as(version).satisfiesAnyOf(n -> assertThat(n).isLessThan(256),
                    n -> assertThat(n).isGreaterThanOrEqualTo(512));
            int declared = ((record[3] & 0xff) << 8) | (record[4] & 0xff);
            assertThat(declared).isEqualTo(handshake);
        }
    }

    @Test
    void a_dh_group_the_client_cannot_compute_with_is_the_servers_defect_not_a_failure_to_check() {
        var e = Failures.handshake(TARGET, java.time.Duration.ofSeconds(2), new SSLException("Could not generate DH keypair"));

        assertThat(e).isInstanceOf(HandshakeUnusable.class);
        assertThat(((HandshakeUnusable) e).what()).startsWith("a Diffie-Hellman group a client cannot compute with");
        assertThat(((HandshakeUnusable) e).fix()).startsWith("Give the server a standard DH group");
    }

    @Test
    void a_certificate_message_larger_than_clients_accept_is_the_servers_defect() {
        var e = Failures.handshake(TARGET, java.time.Duration.ofSeconds(2), new SSLException(
                "The size of the handshake message (291022) exceeds the maximum allowed size (32768)"));

        assertThat(e).isInstanceOf(HandshakeUnusable.class);
        assertThat(((HandshakeUnusable) e).what()).startsWith("a handshake message of 291022 bytes, more than clients accept");
        assertThat(((HandshakeUnusable) e).fix()).startsWith("Serve a certificate with fewer names");
    }

    @Test
    void the_jdks_words_end_as_a_sentence() {
        var e = Failures.handshake(TARGET, java.time.Duration.ofSeconds(2), new SSLException("Something odd"));

        assertThat(e.getMessage()).endsWith("the handshake broke: Something odd.");
    }

    @Test
    void tells_a_composite_dh_modulus_from_a_prime() {
        BigInteger ffdhe2048 = new BigInteger("FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1D8B9C583CE2D3695A9E13641146433FB"
                + "CC939DCE249B3EF97D2FE363630C75D8F681B202AEC4617AD3DF1ED5D5FD65612433F51F5F066ED0856365553DED1AF3B557135E7"
                + "F57C935984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE73530ACCA4F483A797ABC0AB182B324FB61D108A94BB2C8E3FB"
                + "B96ADAB760D7F4681D4F42A3DE394DF4AE56EDE76372BB190B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F619172FE9"
                + "CE98583FF8E4F1232EEF28183C3FE3B1B4C6FAD733BB5FCBC2EC22005C58EF1837D1683B2C6F34A26C1B2EFFA886B423861285C9"
                + "7FFFFFFFFFFFFFFFF", 16);
        assertThat(KeyExchangeProbe.isPrime(ffdhe2048)).isTrue();
        assertThat(KeyExchangeProbe.isPrime(ffdhe2048.subtract(BigInteger.TWO))).isFalse();
    }
}
