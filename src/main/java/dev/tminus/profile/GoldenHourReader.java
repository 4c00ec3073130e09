package dev.tminus.profile;

import static java.util.Map.entry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code goldenHour} section. */
final class GoldenHourReader {

    private static final Map<String, GoldenHour.Level> LEVELS = Values.choices(
            entry("L1", GoldenHour.Level.L1), entry("L2", GoldenHour.Level.L2), entry("L3", GoldenHour.Level.L3));
    private static final Duration MS = Duration.ofMillis(1);

    private GoldenHourReader() {
    }

    static Optional<GoldenHour> read(Node node, boolean t0Set) {
        if (!node.present()) {
            return Optional.empty();
        }
        if (!node.isMap(Set.of(), Set.of("window", "step", "timeout", "slos", "probes", "from"))) {
            return Optional.empty();
        }
        Duration window = node.get("window").duration(Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofHours(3));
        Duration step = node.get("step").duration(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofMinutes(1));
        Duration timeout = node.get("timeout").duration(MS, Duration.ofMinutes(5), Duration.ofSeconds(5));
        List<GoldenHour.Slo> slos = node.get("slos").list(GoldenHourReader::slo);
        List<GoldenHour.HttpProbe> probes = node.get("probes").list(GoldenHourReader::probe);
        DnsReader.uniqueNames(node.get("slos"), slos.stream().map(GoldenHour.Slo::name).toList());
        DnsReader.uniqueNames(node.get("probes"), probes.stream().map(GoldenHour.HttpProbe::name).toList());
        Optional<InstantExpr> from = node.get("from").present()
                ? Optional.ofNullable(Literals.instantExpr(node.get("from"), t0Set)) : Optional.empty();
        if (window != null && step != null && step.compareTo(window) > 0) {
            node.get("step").problem("expected at most window (" + Durations.format(window) + "), got "
                    + Durations.format(step));
            return Optional.empty();
        }
        if (window == null || step == null || timeout == null) {
            return Optional.empty();
        }
        return Optional.of(new GoldenHour(window, step, timeout, slos, probes, from));
    }

    private static GoldenHour.Slo slo(Node node) {
        if (!node.isMap(Set.of("name", "query"), Set.of("min", "max", "maxBreaches", "level"))) {
            return null;
        }
        String name = node.get("name").requiredText("an SLO name like pay 5xx ratio");
        String query = node.get("query").requiredText("a PromQL query");
        Optional<Double> min = Values.number(node.get("min"));
        Optional<Double> max = Values.number(node.get("max"));
        Integer maxBreaches = node.get("maxBreaches").integer(0, 1_000_000, 0);
        GoldenHour.Level level = node.get("level").oneOf(LEVELS, GoldenHour.Level.L2);
        if (!node.get("min").present() && !node.get("max").present()) {
            node.problem("expected min, max or both, got neither; an SLO without a bound cannot fail");
            return null;
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            node.get("min").problem("expected at most max (" + node.get("max").raw() + "), got " + node.get("min").raw());
            return null;
        }
        if (name == null || query == null || maxBreaches == null || level == null) {
            return null;
        }
        return new GoldenHour.Slo(name, query, min, max, maxBreaches, level);
    }

    private static GoldenHour.HttpProbe probe(Node node) {
        if (!node.isMap(Set.of("name", "url"), Set.of("status", "within"))) {
            return null;
        }
        String name = node.get("name").requiredText("a probe name like gateway health");
        URI url = Urls.http(node.get("url"));
        Integer status = node.get("status").integer(100, 599, 200);
        Duration within = node.get("within").duration(MS, Duration.ofDays(1), Duration.ofMinutes(2));
        if (name == null || url == null || status == null || within == null) {
            return null;
        }
        return new GoldenHour.HttpProbe(name, url, status, within);
    }
}
