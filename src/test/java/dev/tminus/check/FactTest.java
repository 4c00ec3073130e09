package dev.tminus.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FactTest {

    private static ProbeException unexpected(Throwable e) {
        return new ProbeException("Could not check: " + e, e);
    }

    @Test
    void a_known_fact_is_read_and_mapped() {
        Fact<Integer> slots = Fact.of(100);

        assertThat(slots.known()).isTrue();
        assertThat(slots.get()).isEqualTo(100);
        assertThat(slots.map(n -> n - 10).get()).isEqualTo(90);
        assertThat(slots.failure()).isEmpty();
    }

    @Test
    void a_failed_fact_rethrows_its_failure_where_it_is_read_and_stays_failed_when_mapped() {
        ProbeException timeout = ProbeException.of(Cause.TIMEOUT, "no answer within 2s", null);
        Fact<Integer> slots = Fact.failed(timeout);

        assertThat(slots.known()).isFalse();
        assertThatThrownBy(slots::get).isSameAs(timeout);
        assertThatThrownBy(() -> slots.map(n -> n - 10).get()).isSameAs(timeout);
        assertThatThrownBy(() -> Fact.of(1).flatMap(n -> slots).get()).isSameAs(timeout);
    }

    @Test
    void a_probe_exception_is_the_failure_and_anything_else_is_wrapped_in_the_areas_words() {
        ProbeException refused = ProbeException.of(Cause.REFUSED, "connection refused", null);

        assertThat(Fact.attempt(() -> {
            throw refused;
        }, FactTest::unexpected).failure()).containsSame(refused);
        assertThat(Fact.of(CompletableFuture.failedFuture(new IllegalStateException("bug")), FactTest::unexpected)
                .failure().orElseThrow()).hasMessage("Could not check: java.lang.IllegalStateException: bug");
        var pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(Fact.join(pool.submit(() -> Fact.of("ok")), FactTest::unexpected).get()).isEqualTo("ok");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void causes_are_read_from_the_chain_the_same_in_every_area() {
        assertThat(Cause.of(new RuntimeException(new SocketTimeoutException("Read timed out")))).isEqualTo(Cause.TIMEOUT);
        assertThat(Cause.of(new ConnectException("Connection refused"))).isEqualTo(Cause.REFUSED);
        assertThat(Cause.of(new SocketException("Connection reset"))).isEqualTo(Cause.RESET);
        assertThat(Cause.of(new IllegalStateException("bug"))).isEqualTo(Cause.OTHER);
        assertThat(Cause.REFUSED_BY_SERVER.broken()).isFalse();
    }

    @Test
    void a_failure_keeps_its_cause_and_type_when_it_is_reworded() {
        ProbeException reset = new ProbeException.Unreachable("closed", new SocketException("Connection reset"));

        ProbeException reworded = reset.reworded("closed\nThen re-run: mvn verify");

        assertThat(reworded).isInstanceOf(ProbeException.Unreachable.class).hasCause(reset)
                .hasMessage("closed\nThen re-run: mvn verify");
        assertThat(reworded.kind()).isEqualTo(Cause.RESET);
        assertThat(ProbeException.of(Cause.GARBAGE, "not TLS", null, "not TLS at all").summary()).contains("not TLS at all");
    }
}
