package dev.tminus.bench;

import dev.tminus.db.BurstResult;
import dev.tminus.db.DbObservation;
import dev.tminus.db.DbProbe;
import dev.tminus.db.Percentiles;
import dev.tminus.profile.Database;
import dev.tminus.profile.Profile;
import dev.tminus.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code make bench ARGS='db [rounds] [burst]'}: connection bursts through HikariCP against the
 * sandbox's PostgreSQL and MariaDB. For each database and burst size it observes the database
 * {@code rounds} times (login, facts, burst, return, round trips, as the checks do) and prints the
 * median acquisitions per second of the burst (granted ÷ time until the last was granted), the
 * acquisition p50/p99, and how long a whole observation takes.
 */
public final class DbBench {

    private DbBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int largeBurst = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        try (Sandbox sandbox = new Sandbox(Path.of(System.getProperty("tminus.basedir", ".")))) {
            sandbox.ensure("db");
            Profile profile = sandbox.profile();
            DbProbe probe = new DbProbe("make bench ARGS=db");
            System.out.println("db bench: " + rounds + " rounds per line, sandbox profile, HikariCP as the fleet runs it");
            for (Database db : profile.databases()) {
                for (int burst : List.of(db.burst(), largeBurst)) {
                    System.out.println(line(probe, withBurst(db, burst), rounds));
                }
            }
        } // closing drops the sandbox's account and database before the JVM moves on
    }

    static String line(DbProbe probe, Database db, int rounds) {
        List<Double> rates = new ArrayList<>();
        List<Duration> p50s = new ArrayList<>();
        List<Duration> p99s = new ArrayList<>();
        List<Duration> observations = new ArrayList<>();
        String product = "";
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            DbObservation seen = probe.observe(db);
            observations.add(Duration.ofNanos(System.nanoTime() - t0));
            BurstResult burst = seen.burst().get();
            product = seen.login().get().product() + " " + seen.login().get().version().split(" ")[0];
            rates.add(burst.granted() / Math.max(1e-9, burst.slowest().toNanos() / 1e9));
            p50s.add(burst.p50());
            p99s.add(burst.p99());
        }
        double rate = rates.stream().sorted().toList().get(rates.size() / 2);
        return String.format(Locale.ROOT, "%-10s %-18s burst %3d: %7.1f acquisitions/s (median), acquisition p50 %s"
                        + " p99 %s, whole observation %s (median)", db.name(), product, db.burst(), rate,
                Percentiles.millis(Percentiles.of(p50s, 50)), Percentiles.millis(Percentiles.of(p99s, 50)),
                Percentiles.millis(Percentiles.of(observations, 50)));
    }

    private static Database withBurst(Database db, int burst) {
        return db.toBuilder().burst(burst).build();
    }
}
