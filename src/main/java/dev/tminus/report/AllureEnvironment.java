package dev.tminus.report;

import dev.tminus.profile.Profile;
import dev.tminus.profile.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Writes both files, each to a temporary file first and then moved into place, so a reader never
     * sees half a file and a file left by an earlier run is replaced whole. The checks do not depend on
     * it: when it cannot be written (a full disk, a read-only folder) the reason is returned, in one
     * line, for the run to warn with, and the checks still run.
     *
     * @return empty when written, else what went wrong and where
     */
    public static Optional<String> write(Profile profile, String version, String vantage) {
        Path dir = resultsDirectory();
        try {
            Files.createDirectories(dir);
            StringBuilder out = new StringBuilder();
            describe(profile, version, vantage).forEach((k, v) ->
                    out.append(k).append('=').append(escape(Secrets.mask(v))).append('\n'));
            replace(dir.resolve("environment.properties"), out.toString().getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream categories = AllureEnvironment.class.getResourceAsStream("categories.json")) {
                if (categories != null) {
                    replace(dir.resolve("categories.json"), categories.readAllBytes());
                }
            }
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return Optional.of("the Allure report of this run will have no Environment panel and no categories: cannot write into "
                    + dir + " (" + cause.getClass().getSimpleName() + ": " + Secrets.mask(String.valueOf(cause.getMessage()))
                    + "); the checks run all the same. Free disk space or make the folder writable.");
        }
    }

    /** Writes {@code bytes} beside {@code file}, then moves them over it in one step. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
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
