package dev.tminus.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DnsRrTest {

    @Test
    void writes_ipv6_addresses_in_canonical_form() {
        assertThat(DnsRr.normalise("AAAA", "2001:DB8:0:0:0:0:0:7000")).isEqualTo("2001:db8::7000");
        assertThat(DnsRr.normalise("AAAA", "2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
        assertThat(DnsRr.normalise("AAAA", "::1")).isEqualTo("::1");
        assertThat(DnsRr.normalise("AAAA", "2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
    }

    @Test
    void compares_names_case_insensitively_and_strips_quotes_of_one_txt_string() {
        assertThat(DnsRr.normalise("CNAME", "Gateway.Game.TMinus.test.")).isEqualTo("gateway.game.tminus.test.");
        assertThat(DnsRr.normalise("SRV", "10  50 7000 Matcher.game.tminus.test.")).isEqualTo("10 50 7000 matcher.game.tminus.test.");
        assertThat(DnsRr.normalise("TXT", "\"v=spf1 -all\"")).isEqualTo("v=spf1 -all");
        assertThat(DnsRr.normalise("A", "192.0.2.1")).isEqualTo("192.0.2.1");
    }
}
