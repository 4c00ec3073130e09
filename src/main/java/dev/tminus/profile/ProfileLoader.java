package dev.tminus.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Loads {@code environments/NAME.yaml}: YAML, {@code extends} parents merged underneath,
 * {@code ${VAR}} references resolved, every key validated. Either a complete, immutable
 * {@link Profile} or a {@link ProfileException} listing every problem of the file, one line each.
 */
public final class ProfileLoader {

    private static final Set<String> TOP_LEVEL_REQUIRED = Set.of("name", "launch");
    private static final Set<String> TOP_LEVEL_OPTIONAL = Set.of("dns", "tls", "databases", "alerting",
            "goldenHour", "waivers", "owners");
    private static final Pattern CHECK_ID = Pattern.compile("(DNS|TLS|DB|SIL|GH)-\\d{2}");
    private static final Map<String, Phase> PHASES = Map.of(
            "preheat", Phase.PREHEAT, "scale-out", Phase.SCALE_OUT, "rollback", Phase.ROLLBACK);

    private final Path basedir;
    private final Map<String, String> environment;

    /**
     * @param basedir     the project directory, holding {@code environments/}
     * @param environment where {@code ${VAR}} references are looked up (normally {@code System.getenv()})
     */
    public ProfileLoader(Path basedir, Map<String, String> environment) {
        this.basedir = basedir;
        this.environment = Map.copyOf(environment);
    }

    public Profile load(String name) {
        return load(name, tree -> { });
    }

    /** Loads with edits to the merged YAML tree applied before validation (the sandbox's faults). */
    public Profile load(String name, Consumer<ObjectNode> patch) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ProfileException(List.of("env: expected a profile name like staging (letters, digits, . _ -),"
                    + " got \"" + name + "\""));
        }
        ObjectNode tree = new YamlTree(basedir).read(name);
        patch.accept(tree);
        String file = YamlTree.relative(name);
        Problems problems = new Problems(file);
        Node root = new Node(tree, "", problems, new Interpolation(environment));
        root.isMap(TOP_LEVEL_REQUIRED, TOP_LEVEL_OPTIONAL);

        String declared = root.get("name").text();
        if (declared != null && !declared.equals(name)) {
            root.get("name").problem("expected \"" + name + "\" (the file name), got \"" + declared + "\"");
        }
        Launch launch = launch(root.get("launch"));
        boolean t0Set = launch != null && launch.at().isPresent();
        var dns = DnsReader.read(root.get("dns"));
        var tls = TlsReader.read(root.get("tls"), basedir);
        List<Database> databases = root.get("databases").list(DatabaseReader::read);
        DnsReader.uniqueNames(root.get("databases"), databases.stream().map(Database::name).toList());
        var alerting = AlertingReader.read(root.get("alerting"), t0Set);
        var goldenHour = GoldenHourReader.read(root.get("goldenHour"));
        List<Waiver> waivers = root.get("waivers").list(ProfileLoader::waiver);
        Map<String, String> owners = owners(root.get("owners"));
        problems.throwIfAny();
        return new Profile(name, Path.of(file), launch, dns, tls, databases, alerting, goldenHour, waivers, owners);
    }

    private static Launch launch(Node node) {
        if (!node.present() || !node.isMap(Set.of("release", "phase"), Set.of("at"))) {
            return null;
        }
        String release = node.get("release").requiredText("a release id like v1.2.0-3a7f1b2");
        var at = Literals.instant(node.get("at"));
        Phase phase = node.get("phase").oneOf(PHASES, null);
        return release == null || phase == null ? null : new Launch(release, at, phase);
    }

    private static Waiver waiver(Node node) {
        if (!node.isMap(Set.of("check", "item", "reason", "until"), Set.of())) {
            return null;
        }
        String check = node.get("check").requiredText("a check id like TLS-07");
        if (check != null && !CHECK_ID.matcher(check).matches()) {
            node.get("check").problem("expected a check id like TLS-07 or DB-02, got \"" + check + "\"");
            check = null;
        }
        String item = node.get("item").requiredText("the item's name as the profile writes it");
        String reason = node.get("reason").requiredText("why the exception is accepted");
        LocalDate until = null;
        String untilText = node.get("until").requiredText("a date like 2026-12-31");
        if (untilText != null) {
            try {
                until = LocalDate.parse(untilText.trim());
            } catch (DateTimeParseException e) {
                node.get("until").problem("expected a date like 2026-12-31, got \"" + untilText + "\"");
            }
        }
        return check == null || item == null || reason == null || until == null ? null
                : new Waiver(check, item, reason, until);
    }

    private static Map<String, String> owners(Node node) {
        Map<String, String> owners = node.labels();
        Set<String> tags = Set.of("dns", "tls", "db", "silence", "golden-hour");
        for (String tag : owners.keySet()) {
            if (!tags.contains(tag)) {
                node.get(tag).problem("unknown key; expected one of db, dns, golden-hour, silence, tls"
                        + Hints.didYouMean(tag, tags));
            }
        }
        return owners;
    }

    /** Which profile a run uses: {@code -Denv}, else {@code TMINUS_ENV}, else {@code sandbox}. */
    public static String selectedName(String property, Map<String, String> environment) {
        return Optional.ofNullable(property).filter(p -> !p.isBlank())
                .or(() -> Optional.ofNullable(environment.get("TMINUS_ENV")).filter(p -> !p.isBlank()))
                .orElse("sandbox");
    }
}
