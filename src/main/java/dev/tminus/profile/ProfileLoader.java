package dev.tminus.profile;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.check.Areas;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Loads {@code environments/NAME.yaml}: YAML, {@code extends} parents merged underneath,
 * {@code ${VAR}} references resolved, every key validated. Either a complete, immutable
 * {@link Profile} or a {@link ProfileException} listing every problem of the file, one line each.
 */
public final class ProfileLoader {

    private static final Set<String> TOP_LEVEL_REQUIRED = Set.of("name", "launch");
    private static final Set<String> TOP_LEVEL_OPTIONAL = Set.of("dns", "tls", "databases", "caches", "gateways", "alerting",
            "goldenHour", "waivers", "owners", "custom");
    private static final Set<String> TAGS = Set.copyOf(Areas.TAGS);
    private static final String CUSTOM_AREA = "[a-z][a-z0-9-]*";
    private static final Map<String, Phase> PHASES = Values.choices(
            entry("preheat", Phase.PREHEAT), entry("scale-out", Phase.SCALE_OUT), entry("rollback", Phase.ROLLBACK));

    private final Path basedir;
    private final Map<String, String> environment;
    private final Set<String> unset;

    /**
     * @param basedir     the project directory, holding {@code environments/}
     * @param environment where {@code ${VAR}} references are looked up (normally {@code System.getenv()})
     */
    public ProfileLoader(Path basedir, Map<String, String> environment) {
        this(basedir, environment, null);
    }

    private ProfileLoader(Path basedir, Map<String, String> environment, Set<String> unset) {
        this.basedir = basedir;
        this.environment = Map.copyOf(environment);
        this.unset = unset;
    }

    /**
     * A loader for {@code make plan}, which contacts nothing and needs no secret: a {@code ${VAR}}
     * missing from the environment resolves to {@code unset-VAR} instead of being a problem, and is
     * listed by {@link #unsetVariables()}.
     */
    public static ProfileLoader forPlan(Path basedir, Map<String, String> environment) {
        return new ProfileLoader(basedir, environment, new java.util.TreeSet<>());
    }

    /** The variables a plan loader found missing, sorted (always empty for a normal loader). */
    public Set<String> unsetVariables() {
        return unset == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(unset));
    }

    public Profile load(String name) {
        return load(name, tree -> { });
    }

    /** Loads with edits to the merged YAML tree applied before validation (the sandbox's faults). */
    public Profile load(String name, Consumer<ObjectNode> patch) {
        if (name == null || !name.matches(YamlTree.NAME)) {
            throw new ProfileException(List.of("env: expected a profile name like staging (letters, digits, . _ -),"
                    + " got \"" + name + "\""));
        }
        YamlTree.Layers layers = new YamlTree(basedir).read(name);
        ObjectNode tree = layers.merged();
        patch.accept(tree);
        Problems problems = new Problems(layers::origin);
        layers.syntaxProblems().forEach(problems::addLine);
        Node root = new Node(tree, "", "", problems, new Interpolation(environment, unset));
        root.isMap(TOP_LEVEL_REQUIRED, TOP_LEVEL_OPTIONAL);
        names(root, layers, problems);
        Node launchNode = root.get("launch");
        launchNode.require("the launch plan like {release: v1.2.0-3a7f1b2, at: 2026-12-01T10:00:00Z, phase: preheat}");
        Launch launch = launch(launchNode);
        var dns = DnsReader.read(root.get("dns"));
        var tls = TlsReader.read(root.get("tls"));
        List<Database> databases = root.get("databases").list(DatabaseReader::read);
        DnsReader.uniqueNames(root.get("databases"), databases.stream().map(Database::name).toList());
        List<Cache> caches = root.get("caches").list(CacheReader::read);
        DnsReader.uniqueNames(root.get("caches"), caches.stream().map(Cache::name).toList());
        List<Gateway> gateways = root.get("gateways").list(GatewayReader::read);
        DnsReader.uniqueNames(root.get("gateways"), gateways.stream().map(Gateway::name).toList());
        boolean t0Set = launchNode.get("at").present();
        var alerting = AlertingReader.read(root.get("alerting"), t0Set);
        var goldenHour = GoldenHourReader.read(root.get("goldenHour"), t0Set);
        Map<String, CustomSettings> custom = custom(root.get("custom"), layers::origin);
        List<Waiver> waivers = root.get("waivers").list(node -> waiver(node, custom.keySet()));
        Map<String, String> owners = owners(root.get("owners"), custom.keySet());
        problems.throwIfAny();
        return Profile.builder(name, Path.of(YamlTree.relative(name)), launch).dns(dns).tls(tls).databases(databases).caches(caches).gateways(gateways)
                .alerting(alerting).goldenHour(goldenHour).waivers(waivers).owners(owners).custom(custom).build();
    }

    /**
     * {@code custom:}: a mapping of a team's areas (by convention its tag, like {@code app}) to its own
     * settings, kept unread for the team's checks; only {@code ${VAR}} references are resolved now.
     */
    private Map<String, CustomSettings> custom(Node node, UnaryOperator<String> origin) {
        Map<String, CustomSettings> custom = new LinkedHashMap<>();
        if (!node.present()) {
            return custom;
        }
        if (!node.isMapping()) {
            node.problem("expected a mapping of your areas to their settings like {app: {healthUrl: http://app:8080/health}},"
                    + " got " + Node.describe(node.json()));
            return custom;
        }
        Interpolation interpolation = new Interpolation(environment, unset);
        for (String area : node.keys()) {
            Node settings = node.get(area);
            if (!area.matches(CUSTOM_AREA)) {
                settings.problem("expected an area name like app (lower-case letters, digits and -), got \"" + area + "\"");
            } else if (TAGS.contains(area)) {
                settings.problem("expected an area of your own, got \"" + area + "\", which is T-Minus's own; pick another name");
            } else if (!settings.isMapping()) {
                settings.problem("expected a mapping of your settings like {healthUrl: http://app:8080/health}, got "
                        + (settings.json() == null || settings.json().isNull() ? "nothing" : Node.describe(settings.json())));
            } else {
                CustomSettings.resolveAll(settings);
                custom.put(area, new CustomSettings(area, settings.pointer(), settings.json(), origin, interpolation));
            }
        }
        return custom;
    }

    /** Every file's {@code name} equals its file name; a parent may leave it out. */
    private static void names(Node root, YamlTree.Layers layers, Problems problems) {
        String declared = root.get("name").requiredText("the profile's name, equal to the file name");
        String name = layers.names().get(0);
        if (declared != null && !declared.equals(name)) {
            root.get("name").problem("expected \"" + name + "\" (the file name), got \"" + declared + "\"");
        }
        for (int i = 1; i < layers.names().size(); i++) {
            var parentName = layers.trees().get(i).get("name");
            String parent = layers.names().get(i);
            if (parentName != null && !parentName.asText().equals(parent)) {
                problems.addIn(YamlTree.relative(parent), "name", "expected \"" + parent + "\" (the file name), got "
                        + Node.describe(parentName));
            }
        }
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

    private static Waiver waiver(Node node, Set<String> customAreas) {
        if (!node.isMap(Set.of("check", "item", "reason", "until"), Set.of())) {
            return null;
        }
        String check = node.get("check").requiredText("a check id like TLS-07");
        if (check != null && !Areas.isCheckId(check)) {
            node.get("check").problem("expected a check id like TLS-07 or DB-02, got \"" + check + "\"");
            check = null;
        }
        String item = node.get("item").requiredText("the item's name as the profile writes it");
        String reason = node.get("reason").requiredText("why the exception is accepted");
        LocalDate until = null;
        String untilText = node.get("until").requiredText("a date like 2026-12-31");
        if (untilText != null) {
            try {
                until = LocalDate.parse(untilText);
            } catch (DateTimeParseException e) {
                node.get("until").problem("expected a date like 2026-12-31, got \"" + untilText + "\"");
            }
        }
        return check == null || item == null || reason == null || until == null ? null
                : new Waiver(check, item, reason, until);
    }

    /** A team's check id: its area under {@code custom:} in capitals, like APP-01 for {@code custom: {app: …}}. */

    private static Map<String, String> owners(Node node, Set<String> customAreas) {
        Map<String, String> owners = new LinkedHashMap<>();
        Set<String> tags = new java.util.TreeSet<>(TAGS);
        tags.addAll(customAreas); // a team's area owns its checks too
        if (!node.present() || !node.isMap(Set.of(), tags)) {
            return owners;
        }
        for (String tag : tags) {
            if (node.get(tag).present()) {
                String owner = node.get(tag).requiredText("an owner like netops");
                if (owner != null) {
                    owners.put(tag, owner);
                }
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
