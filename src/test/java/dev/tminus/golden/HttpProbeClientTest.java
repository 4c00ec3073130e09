package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpProbeClientTest {

    @Test
    void reports_the_status_without_following_redirects() throws Exception {
        // GIVEN a health URL that redirects to a login page, then answers 503
        try (FakeHttp gateway = new FakeHttp()) {
            gateway.then(new FakeHttp.Reply(302, "text/html", "<a href=/login>login</a>", Duration.ZERO))
                    .then(new FakeHttp.Reply(503, "text/plain", "warming   up\n", Duration.ZERO));
            HttpProbeClient probe = new HttpProbeClient(Duration.ofSeconds(2), Clock.systemUTC());
            URI url = URI.create(gateway.uri() + "/healthz");
            // WHEN
            HttpAnswer first = probe.get(url);
            HttpAnswer second = probe.get(url);
            // THEN
            assertThat(first.status()).isEqualTo(302);
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.body()).isEqualTo("warming up");
            assertThat(gateway.requests()).hasSize(2);
        }
    }

    @Test
    void reports_a_hanging_url_as_timeout() throws Exception {
        // GIVEN
        try (FakeHttp gateway = new FakeHttp()) {
            gateway.always(new FakeHttp.Reply(200, "text/plain", "ok", Duration.ofSeconds(3)));
            HttpProbeClient probe = new HttpProbeClient(Duration.ofMillis(250), Clock.systemUTC());
            // WHEN / THEN
            assertThatThrownBy(() -> probe.get(URI.create(gateway.uri() + "/healthz")))
                    .isExactlyInstanceOf(ProbeException.Timeout.class)
                    .hasMessageStartingWith("The probe URL at " + gateway.uri() + "/healthz did not answer within 250ms");
        }
    }
}
