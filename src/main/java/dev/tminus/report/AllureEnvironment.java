package dev.tminus.report;

import dev.tminus.profile.Profile;
import dev.tminus.profile.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code environment.properties} (env, release, T0, phase, targets, version) and
 * {@code categories.json} into the Allure results directory. The Maven plugin never writes the
 * environment file, so the suite does, once per run.
 */
public final class AllureEnvironment {

    private AllureEnvironment() {
    }

    /** The results directory of this run ({@code allure.results.directory}). */
    public static Path resultsDirectory() {
        return Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
    }

    public static void write(Profile profile, String version, String vantage) {
        Path dir = resultsDirectory();
        try {
            Files.createDirectories(dir);
            StringBuilder out = new StringBuilder();
            describe(profile, version, vantage).forEach((k, v) ->
                    out.append(k).append('=').append(escape(Secrets.mask(v))).append('\n'));
            Files.writeString(dir.resolve("environment.properties"), out.toString());
            try (InputStream categories = AllureEnvironment.class.getResourceAsStream("categories.json")) {
                if (categories != null) {
                    Files.copy(categories, dir.resolve("categories.json"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Allure environment into " + dir, e);
        }
    }

    /**
     * Puts the verdict of the run into the results' {@code environment.properties} (the Overview's
     * Environment widget), first, next to the release already there:
     * {@code verdict=NOT READY — 3 items are not ready}. Run when the verdict is known, at the end.
     */
    public static void recordVerdict(Path results, Readiness readiness) throws IOException {
        Path file = results.resolve("environment.properties");
        List<String> kept = Files.isRegularFile(file)
                ? Files.readAllLines(file).stream().filter(l -> !l.startsWith(VERDICT + "=")).toList() : List.of();
        StringBuilder out = new StringBuilder(VERDICT).append('=').append(escape(verdictLine(readiness))).append('\n');
        kept.forEach(l -> out.append(l).append('\n'));
        Files.createDirectories(results);
        Files.writeString(file, out.toString());
    }

    /** The key of the verdict in {@code environment.properties}. */
    public static final String VERDICT = "verdict";

    /** {@code NOT READY — 3 items are not ready}. */
    public static String verdictLine(Readiness readiness) {
        return readiness.verdict().words() + " — " + readiness.headline();
    }

    /** What the report's Environment panel shows. */
    public static Map<String, String> describe(Profile profile, String version, String vantage) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("env", profile.name());
        env.put("release", profile.launch().release());
        env.put("T0", profile.launch().at().map(Object::toString).orElse("not set"));
        env.put("phase", profile.launch().phase().key());
        profile.dns().ifPresent(dns -> env.put("dns.resolvers", dns.resolvers().stream()
                .map(r -> r.name() + "@" + r.endpoint()).collect(Collectors.joining(", "))));
        profile.tls().ifPresent(tls -> env.put("tls.endpoints", tls.endpoints().stream()
                .map(e -> e.host() + ":" + e.port()).collect(Collectors.joining(", "))));
        if (!profile.databases().isEmpty()) {
            env.put("databases", profile.databases().stream().map(d -> d.name() + "@" + d.url())
                    .collect(Collectors.joining(", ")));
        }
        profile.alerting().ifPresent(a -> {
            env.put("alertmanager", a.alertmanager().toString());
            env.put("prometheus", a.prometheus().toString());
        });
        if (!profile.owners().isEmpty()) {
            env.put("owners", new java.util.TreeMap<>(profile.owners()).entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (vantage != null && !vantage.isBlank()) {
            env.put("vantage", vantage);
        }
        env.put("T-Minus", version);
        env.put("java", System.getProperty("java.version"));
        return env;
    }

    /** A properties value; anything outside ASCII as {@code \\uXXXX}, since Allure reads the file as ISO-8859-1. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:")
                .chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
