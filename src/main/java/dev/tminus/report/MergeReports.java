package dev.tminus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code make merge-reports DIRS="eu-west us-east"}: several results folders (one per vantage) into
 * one Allure results folder and one verdict. Every result keeps (or gets) its {@code vantage} label,
 * and its history id is made per vantage, so the Allure report shows each vantage's result instead
 * of treating one as a retry of the other. A folder whose run set no {@code -Dvantage} is named after
 * the folder.
 *
 * <p>Usage: {@code MergeReports OUT_DIR DIR...}; writes reports/readiness.* and OUT_DIR.
 */
public final class MergeReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MergeReports() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: make merge-reports DIRS=\"results-eu-west results-us-east\"");
        }
        Path base = Path.of(System.getProperty("tminus.basedir", "."));
        List<Path> dirs = Stream.of(args).skip(1).map(base::resolve).toList();
        Readiness readiness = merge(base.resolve(args[0]), dirs, Instant.now());
        ReadinessFiles.write(readiness, base.resolve("reports"));
        System.out.println("merge-reports: " + dirs.size() + " results folders → " + args[0] + "; verdict "
                + readiness.verdict().words());
    }

    /** Copies every folder into {@code out} (vantage-labelled) and returns their joint verdict. */
    public static Readiness merge(Path out, List<Path> dirs, Instant now) {
        try {
            Files.createDirectories(out);
            List<AllureResults.Run> runs = new ArrayList<>();
            Map<String, String> environment = new LinkedHashMap<>();
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("merge-reports: " + dir + " is not a results folder");
                }
                String vantage = vantageOf(dir);
                copy(dir, out, vantage);
                Map<String, String> dirEnvironment = new LinkedHashMap<>(AllureResults.environment(dir));
                dirEnvironment.put("vantage", vantage);
                runs.add(new AllureResults.Run(dir, AllureResults.read(out.resolve(".staging"), Optional.empty()).results(),
                        dirEnvironment));
                AllureResults.environment(dir).forEach((k, v) -> environment.merge(k, v,
                        (a, b) -> a.equals(b) || List.of(a.split(", ")).contains(b) ? a : a + ", " + b));
                environment.merge("vantage", vantage, (a, b) -> List.of(a.split(", ")).contains(b) ? a : a + ", " + b);
                moveStaged(out);
            }
            environment.remove(AllureEnvironment.VERDICT); // each vantage's own; the joint one follows
            writeEnvironment(out, environment);
            Readiness readiness = Verdicts.of(runs, EscalationState.read(EscalationState.DEFAULT, Optional.empty()), now);
            AllureEnvironment.recordVerdict(out, readiness);
            return readiness;
        } catch (IOException e) {
            throw new UncheckedIOException("merge-reports: " + e.getMessage(), e);
        }
    }

    static String vantageOf(Path dir) {
        String set = AllureResults.environment(dir).getOrDefault("vantage", "");
        return set.isBlank() ? dir.toAbsolutePath().normalize().getFileName().toString() : set;
    }

    private static void copy(Path dir, Path out, String vantage) throws IOException {
        Path staging = Files.createDirectories(out.resolve(".staging"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("-result.json")) {
                    Files.writeString(staging.resolve(name), labelled(Files.readString(file), vantage));
                } else if (!name.equals("environment.properties") && !name.equals("executor.json")) {
                    Files.copy(file, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path history = dir.resolve("history");
        if (Files.isDirectory(history) && !Files.exists(out.resolve("history"))) {
            Files.createDirectories(out.resolve("history"));
            try (Stream<Path> files = Files.list(history)) {
                for (Path f : files.toList()) {
                    Files.copy(f, out.resolve("history").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void moveStaged(Path out) throws IOException {
        Path staging = out.resolve(".staging");
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                Files.move(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(staging);
    }

    /** The result with a vantage label and a per-vantage history id (unchanged when it already has the label). */
    static String labelled(String resultJson, String vantage) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(resultJson);
        for (JsonNode label : node.path("labels")) {
            if ("vantage".equals(label.path("name").asText())) {
                return resultJson;
            }
        }
        node.withArray("labels").addObject().put("name", "vantage").put("value", vantage);
        node.put("historyId", perVantage(node.path("historyId").asText(""), vantage));
        return JSON.writeValueAsString(node);
    }

    /** The history id of an item as seen from one vantage. */
    public static String perVantage(String historyId, String vantage) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((historyId + "@" + vantage).getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeEnvironment(Path out, Map<String, String> environment) throws IOException {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(environment).forEach((k, v) -> text.append(k).append('=')
                .append(v.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:")).append('\n'));
        Files.writeString(out.resolve("environment.properties"), text.toString());
    }
}
