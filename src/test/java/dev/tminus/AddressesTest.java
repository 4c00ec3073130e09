package dev.tminus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void prints_ipv6_in_rfc_5952_form() throws Exception {
        // GIVEN addresses as the JDK parses them (its own text would be 0:0:0:0:0:0:0:1)
        // WHEN / THEN the shortest canonical form: the longest zero run as ::, lower case, no leading zeros
        assertThat(Addresses.text(InetAddress.getByName("0:0:0:0:0:0:0:1"))).isEqualTo("::1");
        assertThat(Addresses.text(InetAddress.getByName("2001:0DB8:0000:0000:0000:0000:0000:0001"))).isEqualTo("2001:db8::1");
        assertThat(Addresses.text(InetAddress.getByName("2001:db8:0:1:0:0:0:1"))).isEqualTo("2001:db8:0:1::1");
        assertThat(Addresses.text(InetAddress.getByName("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(Addresses.text(InetAddress.getByName("2001:db8:0:1:1:1:1:1"))).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Addresses.text(InetAddress.getByName("::"))).isEqualTo("::");
        assertThat(Addresses.text(InetAddress.getByName("127.0.0.11"))).isEqualTo("127.0.0.11");
    }

    @Test
    void canonicalises_literals_from_a_profile_and_leaves_host_names_alone() {
        assertThat(Addresses.text("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(Addresses.text("FE80:0:0:0:0:0:0:1")).isEqualTo("fe80::1");
        assertThat(Addresses.text("10.0.0.12")).isEqualTo("10.0.0.12");
        assertThat(Addresses.text("gateway.game.example.com")).isEqualTo("gateway.game.example.com");
        assertThat(Addresses.text("cafe")).isEqualTo("cafe");
    }
}
