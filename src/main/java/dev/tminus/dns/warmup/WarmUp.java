package dev.tminus.dns.warmup;

import dev.tminus.dns.DnsProbe;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileException;
import dev.tminus.profile.ProfileLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code make warm-up ENV=NAME [ARGS=...]}: the DNS warm-up of seed chapter 2, with its effect
 * measured. Prints the before/after table per recursive resolver and writes it to
 * {@code reports/warm-up.md} and {@code reports/warm-up.json}; with {@code --until} keeps the caches
 * warm until then, one line per round, and Ctrl-C ends cleanly with the table so far; with
 * {@code --textfile DIR} keeps {@code DIR/tminus_dns_warmup.prom} up to date for node_exporter.
 *
 * <p>Exit status: 0 every recursive resolver warmed and every record resolved; 1 some record or
 * target did not resolve (the resolver answered, with no record); 2 some resolver could not be
 * warmed at all (no answer within {@code dns.timeout × dns.attempts}; the others still were), or
 * the profile has no recursive resolver; 64 wrong arguments or an invalid profile.
 */
public final class WarmUp {

    public static final int USAGE = 64;

    private final Profile profile;
    private final WarmUpOptions options;
    private final Path reports;
    private final PrintStream out;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);

    public WarmUp(Profile profile, WarmUpOptions options, Path reports, PrintStream out, Clock clock) {
        this.profile = profile;
        this.options = options;
        this.reports = reports;
        this.out = out;
        this.clock = clock;
    }

    /** Ends the keep-warm rounds at the next pause (what Ctrl-C does). */
    public void stop() {
        stop.countDown();
    }

    private boolean sleep(Duration d) throws InterruptedException {
        return !stop.await(d.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Warms up, prints and writes the table; returns the result (its {@link WarmUpResult#exitCode}). */
    public WarmUpResult run() throws InterruptedException, IOException {
        DnsSection dns = profile.dns().orElseThrow(() -> new IllegalArgumentException("environments/" + profile.name()
                + ".yaml has no dns section: nothing to warm up"));
        Optional<Instant> until = options.until().map(u -> WarmUpOptions.untilInstant(u, profile.launch().at(), clock.instant()));
        out.println("warm-up " + profile.name() + ": " + dns.records().size() + " records on "
                + dns.recursive().stream().map(r -> r.name() + " (" + r.endpoint() + ")").reduce((a, b) -> a + ", " + b)
                        .orElse("no recursive resolver") + " · timeout " + Durations.format(dns.timeout()) + " × "
                + dns.attempts() + " attempts · " + options.concurrency() + " in flight"
                + (options.rate() > 0 ? " · at most " + fmt(options.rate()) + " queries/s" : "")
                + until.map(u -> " · keep warm until " + u).orElse(""));
        try (DnsProbe probe = new DnsProbe(dns.timeout(), dns.attempts(), options.concurrency())) {
            Asker asker = new Asker(probe, new Pacer(options.rate()), clock);
            WarmUpResult result = new WarmUpEngine(dns, asker, clock, this::sleep).run(profile.name());
            Optional<Textfile> textfile = options.textfile().map(dir -> new Textfile(dir, result.referenceTtl()));
            List<Sample> latest = new ArrayList<>();
            result.resolvers().forEach(o -> latest.addAll(o.warm().isEmpty() ? o.cold() : o.warm()));
            if (textfile.isPresent()) {
                textfile.get().write(2, latest);
            }
            WarmUpResult done = result;
            if (until.isPresent() && until.get().isAfter(clock.instant()) && !latest.isEmpty()) {
                WarmUpFiles.write(reports, result);
                out.print(WarmUpTable.markdown(result));
                KeepWarm keep = new KeepWarm(asker, clock, this::sleep, out, (round, samples) -> {
                    if (textfile.isPresent()) {
                        textfile.get().write(round, samples);
                    }
                });
                List<Sample> reachable = latest.stream().filter(s -> result.resolvers().stream()
                        .anyMatch(o -> o.resolver().equals(s.question().resolver()) && o.couldNotCheck().isEmpty())).toList();
                List<String> lines = keep.until(until.get(), reachable, result.referenceTtl(), 3);
                done = result.withRounds(lines, clock.instant(), stop.getCount() == 0);
                out.println();
            }
            WarmUpFiles.write(reports, done);
            out.print(WarmUpTable.markdown(done));
            out.println("\nwarm-up: " + done.verdict() + " · " + reports.resolve(WarmUpFiles.MARKDOWN) + ", "
                    + reports.resolve(WarmUpFiles.JSON) + textfile.map(t -> ", " + options.textfile().get()
                    .resolve(Textfile.FILE)).orElse("") + " · exit " + done.exitCode());
            return done;
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** {@code WarmUp --env NAME [...]}; the project directory is {@code -Dtminus.basedir} (default: here). */
    public static void main(String[] args) throws Exception {
        Path base = Path.of(System.getProperty("tminus.basedir", "."));
        WarmUp warmUp;
        try {
            WarmUpOptions options = WarmUpOptions.parse(args);
            Profile profile = new ProfileLoader(base, System.getenv()).load(options.env());
            warmUp = new WarmUp(profile, options, base.resolve("reports"), System.out, Clock.systemUTC());
        } catch (IllegalArgumentException | ProfileException e) {
            System.err.println("warm-up: " + e.getMessage());
            System.exit(USAGE);
            return;
        }
        CountDownLatch finished = new CountDownLatch(1);
        WarmUp running = warmUp;
        Thread hook = new Thread(() -> {
            running.stop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "warm-up-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            code = warmUp.run().exitCode();
        } catch (IllegalArgumentException e) {
            System.err.println("warm-up: " + e.getMessage());
            code = USAGE;
        } finally {
            System.out.flush();
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return; // Ctrl-C: the JVM is already stopping, the table is printed
        }
        System.exit(code);
    }
}
