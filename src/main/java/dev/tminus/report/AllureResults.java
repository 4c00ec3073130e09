package dev.tminus.report;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import dev.tminus.check.ItemName;
import dev.tminus.profile.Secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads one Allure results directory: every {@code *-result.json} of the checklist and the
 * {@code environment.properties} the suite wrote. Results older than {@code since} belong to an
 * earlier run and are left out; of repeated results of the same item the latest counts.
 */
public final class AllureResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one directory holds. */
    public record Run(Path directory, List<CheckResult> results, Map<String, String> environment) {
        public Run {
            results = List.copyOf(results);
            environment = Map.copyOf(environment);
        }
    }

    private AllureResults() {
    }

    public static Run read(Path directory, Optional<Instant> since) {
        Map<String, String> environment = environment(directory);
        String dirVantage = environment.getOrDefault("vantage", "");
        Map<String, CheckResult> latest = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                if (since.isPresent() && node.path("stop").asLong(Long.MAX_VALUE) < since.get().toEpochMilli()) {
                    continue;
                }
                CheckResult result = toResult(node, dirVantage);
                if (result.tag().equals(ChecklistAreas.UNTAGGED) && result.checkId().isEmpty()) {
                    continue; // not a checklist result (e.g. a self-test that shared the directory)
                }
                latest.merge(result.key() + "\u0000" + result.vantage(), result,
                        (a, b) -> a.stop() >= b.stop() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Allure results in " + directory, e);
        }
        return new Run(directory, new ArrayList<>(latest.values()), environment);
    }

    static CheckResult toResult(JsonNode node, String dirVantage) {
        // Masked again here (the results were masked when written): a report never carries a secret.
        String name = Secrets.mask(invocationName(node.path("name").asText(""), node.path("testCaseName").asText("")));
        String message = Secrets.mask(Outcome.withoutJUnitPrefix(node.path("statusDetails").path("message").asText("")));
        Optional<ItemName> identity = identity(node);
        String checkId = identity.map(ItemName::checkId).orElseGet(() -> unlabelledCheckId(name));
        String item = identity.map(i -> Secrets.mask(i.text()))
                .orElse(checkId.isEmpty() ? name : name.substring(checkId.length()).strip());
        String tag = label(node, ResultLabels.AREA)
                .or(() -> labels(node, "tag").stream().filter(ChecklistAreas.ORDER::contains).findFirst())
                .or(() -> ChecklistAreas.tagOf(checkId)).orElse(ChecklistAreas.UNTAGGED);
        String epic = Areas.byTag(tag).map(Area::epic).or(() -> label(node, "epic")).orElse(tag);
        String vantage = label(node, "vantage").orElse(dirVantage);
        return new CheckResult(checkId, tag, epic, name, item, Outcome.ofAllure(node.path("status").asText(), message),
                message, label(node, "severity").orElse(""), label(node, "owner").orElse(""), vantage,
                node.path("stop").asLong(0));
    }

    /** Who the result is, from the labels the checklist gave it ({@link ResultLabels}). */
    private static Optional<ItemName> identity(JsonNode node) {
        return label(node, ResultLabels.CHECK).flatMap(id -> label(node, ResultLabels.CLAIM)
                .map(claim -> new ItemName(id, label(node, ResultLabels.ITEM).orElse(""), claim,
                        label(node, ResultLabels.WHERE).orElse(""))));
    }

    /**
     * The check of a result the checklist could not label because it never ran (its class was
     * skipped as not configured, and Allure reported each check in it): its name is the check's
     * own, {@code ID claim}. Empty for a result that stands for a whole class.
     */
    private static String unlabelledCheckId(String name) {
        String first = name.split(" ", 2)[0];
        return Areas.isCheckId(first) ? first : "";
    }

    /**
     * Allure names a parameterized invocation "template name + invocation name"; the item is the
     * invocation's own name ({@code DNS-02 login.game.example.com. A · … · ns1}).
     */
    static String invocationName(String name, String testCaseName) {
        return !testCaseName.isEmpty() && name.startsWith(testCaseName + " ") ? name.substring(testCaseName.length() + 1) : name;
    }

    private static Optional<String> label(JsonNode node, String name) {
        return labels(node, name).stream().findFirst();
    }

    private static List<String> labels(JsonNode node, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode label : node.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                values.add(label.path("value").asText());
            }
        }
        return values;
    }

    /** The {@code environment.properties} of the directory (empty when absent). */
    public static Map<String, String> environment(Path directory) {
        Path file = directory.resolve("environment.properties");
        Map<String, String> env = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            properties.stringPropertyNames().forEach(k -> env.put(k, properties.getProperty(k)));
        }
        return env;
    }
}
