package dev.tminus.dns.warmup;

import dev.tminus.ProbeException;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.dns.DnsProbe;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks a batch of questions at once on the probe (bounded: the probe holds at most its concurrency
 * in flight, the pacer bounds the rate) and waits for all of them; every question ends within the
 * probe's {@code timeout × attempts}, with an answer or the reason it got none.
 */
final class Asker {

    private final DnsProbe probe;
    private final Pacer pacer;
    private final Clock clock;

    Asker(DnsProbe probe, Pacer pacer, Clock clock) {
        this.probe = probe;
        this.pacer = pacer;
        this.clock = clock;
    }

    List<Sample> ask(List<Question> questions) throws InterruptedException {
        List<CompletableFuture<Sample>> pending = new ArrayList<>();
        for (Question q : questions) {
            pacer.acquire();
            pending.add(probe.ask(q.query()).handle((DnsAnswer a, Throwable e) -> e == null
                    ? Sample.of(q, a, clock.instant())
                    : Sample.failed(q, reason(e), clock.instant())));
        }
        List<Sample> samples = new ArrayList<>();
        for (CompletableFuture<Sample> f : pending) {
            samples.add(f.join());
        }
        return samples;
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof ProbeException ? t.getMessage() : t.toString();
    }
}
