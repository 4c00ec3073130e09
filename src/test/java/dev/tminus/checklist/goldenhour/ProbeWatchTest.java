package dev.tminus.checklist.goldenhour;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.tminus.ProbeException;
import dev.tminus.golden.HttpProbeClient;
import dev.tminus.profile.GoldenHour;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

@Tag("slow") // waits out real timeouts; runs in make test
class ProbeWatchTest {

    private static final String RERUN = "mvn verify -Denv=sandbox -Dchecks=golden-hour";

    /** A /healthz whose status is a function of the request number (1, 2, …). */
    private static HttpServer health(IntUnaryOperator statusOfRequest) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger n = new AtomicInteger();
        server.createContext("/healthz", exchange -> {
            int status = statusOfRequest.applyAsInt(n.incrementAndGet());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static ProbeWatch watch(URI url, Duration within) {
        GoldenHour.HttpProbe probe = new GoldenHour.HttpProbe("gateway health", url, 200, within);
        return new ProbeWatch(probe, new HttpProbeClient(Duration.ofSeconds(1), Clock.systemUTC()), Duration.ofSeconds(1), RERUN);
    }

    @Test
    void passes_when_the_probe_comes_up_within_its_deadline_and_stays_up() throws Exception {
        // GIVEN a gateway answering 503 twice, then 200
        HttpServer server = health(n -> n <= 2 ? 503 : 200);
        try {
            ProbeWatch watch = watch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/healthz"),
                    Duration.ofSeconds(20));
            // WHEN / THEN
            assertThatCode(() -> {
                watch.awaitUp(Instant.now(), Instant.now());
                watch.awaitStillUp();
            }).doesNotThrowAnyException();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reports_not_ready_when_the_probe_never_answers_the_expected_status() throws Exception {
        // GIVEN a gateway that answers 503 forever, checked after its deadline
        HttpServer server = health(n -> 503);
        try {
            ProbeWatch watch = watch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/healthz"),
                    Duration.ofSeconds(2));
            Instant start = Instant.now().minusSeconds(60);
            // WHEN / THEN
            assertThatThrownBy(() -> watch.awaitUp(start, Instant.now()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to answer 200 within 2s after " + start)
                    .hasMessageContaining("but it answered 503");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reports_not_ready_when_the_probe_stops_answering_once_up() throws Exception {
        // GIVEN a gateway that answers 200 once, then 500
        HttpServer server = health(n -> n == 1 ? 200 : 500);
        try {
            ProbeWatch watch = watch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/healthz"),
                    Duration.ofSeconds(20));
            watch.awaitUp(Instant.now(), Instant.now());
            // WHEN / THEN
            assertThatThrownBy(watch::awaitStillUp).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to keep answering 200 once up\nbut after 200 at ")
                    .hasMessageContaining(" it answered 500 ");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reports_could_not_check_when_nothing_listens() throws Exception {
        // GIVEN a port nobody listens on
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ProbeWatch watch = watch(URI.create("http://127.0.0.1:" + port + "/healthz"), Duration.ofSeconds(1));
        // WHEN / THEN
        assertThatThrownBy(() -> watch.awaitUp(Instant.now().minusSeconds(60), Instant.now()))
                .isInstanceOf(ProbeException.Unreachable.class)
                .hasMessageStartingWith("The probe URL at http://127.0.0.1:" + port + "/healthz is unreachable");
        assertThat(ProbeWatch.MAX_POLL).isEqualTo(Duration.ofSeconds(2));
    }
}
