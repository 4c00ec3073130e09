package dev.tminus.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.profile.Endpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ServerFlightTest {

    private static final TlsTarget TARGET = new TlsTarget(
            Endpoint.builder("gateway", "gateway.game.tminus.test").addresses("127.0.0.1").build(), "127.0.0.1");

    /** A TLS 1.2 ServerHello choosing TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, then the given ServerKeyExchange body. */
    private static DataInputStream flight(byte[] keyExchangeBody) {
        ByteArrayOutputStream hs = new ByteArrayOutputStream();
        byte[] hello = new byte[2 + 32 + 1 + 2 + 1];
        hello[0] = 3;
        hello[1] = 3;
        hello[35] = 0x00;
        hello[36] = (byte) 0x9e;
        message(hs, 2, hello);
        message(hs, 12, keyExchangeBody);
        byte[] body = hs.toByteArray();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        record.write(3);
        record.write(3);
        record.write(body.length >> 8);
        record.write(body.length & 0xff);
        record.writeBytes(body);
        return new DataInputStream(new ByteArrayInputStream(record.toByteArray()));
    }

    private static void message(ByteArrayOutputStream out, int type, byte[] body) {
        out.write(type);
        out.write(0);
        out.write(body.length >> 8);
        out.write(body.length & 0xff);
        out.writeBytes(body);
    }

    @Test
    void reads_the_dh_group_size_from_the_server_key_exchange() throws IOException {
        byte[] body = new byte[2 + 128];
        body[0] = 0;
        body[1] = (byte) 128;
        body[2] = (byte) 0x80; // a 1024-bit prime: top bit set

        ServerFlight f = ServerFlight.read(TARGET, flight(body), true);

        assertThat(f.suite()).isEqualTo(0x009e);
        assertThat(f.dhBits()).hasValue(1024);
    }

    @Test
    void a_truncated_server_key_exchange_is_an_unreadable_answer_not_a_crash() {
        // GIVEN a ServerKeyExchange announcing a 256-byte prime and carrying none of it
        DataInputStream in = flight(new byte[] {0x01, 0x00});

        // THEN it is an I/O problem of the answer (could not check), never a runtime exception
        assertThatThrownBy(() -> ServerFlight.read(TARGET, in, true)).isInstanceOf(IOException.class)
                .hasMessage("the server's handshake messages are truncated or malformed");
    }
}
