package dev.tminus.checklist;

import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileLoader;
import dev.tminus.report.AllureEnvironment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The profile of this run, loaded once and kept in the JUnit root store. {@code -Denv} (or the
 * configuration parameter {@code tminus.env}, or {@code TMINUS_ENV}) names it; the default is the
 * sandbox, whose profile comes from the {@link LocalEnvironment} that stands it up (T0 and the active
 * faults applied).
 */
public final class Profiles {

    public static final String ENV = "tminus.env";
    public static final String FAULTS = "sandbox.faults";
    public static final String BASEDIR = "tminus.basedir";
    public static final String PLAN = "tminus.plan";
    public static final String VANTAGE = "tminus.vantage";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Profiles.class);

    private Profiles() {
    }

    /** The profile of this run. */
    public static Profile of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("profile", key -> load(context), Profile.class);
    }

    /** Whether this run checks an environment the suite stands up itself (the built-in sandbox). */
    public static boolean isSandbox(ExtensionContext context) {
        return LocalEnvironments.exists(envName(context));
    }

    /**
     * Whether this is a plan ({@code make plan}, configuration parameter {@code tminus.plan=true}):
     * check bodies are skipped and nothing may touch the network. An {@code ArgumentsProvider} whose
     * item list needs the network (TLS {@code addresses: all}) lists the item as unresolved instead.
     */
    public static boolean isPlan(ExtensionContext context) {
        return context.getConfigurationParameter(PLAN).map(Boolean::parseBoolean).orElse(false);
    }

    /** The vantage this run looks from ({@code -Dvantage=eu-west}); empty for a single place. */
    public static String vantage(ExtensionContext context) {
        return context.getConfigurationParameter(VANTAGE).map(String::strip).orElse("");
    }

    static String envName(ExtensionContext context) {
        return ProfileLoader.selectedName(context.getConfigurationParameter(ENV).orElse(null), System.getenv());
    }

    static Path basedir(ExtensionContext context) {
        return Path.of(context.getConfigurationParameter(BASEDIR).filter(s -> !s.isBlank()).orElse("."));
    }

    private static Profile load(ExtensionContext context) {
        Optional<LocalEnvironment> local = LocalEnvironments.of(context);
        Profile profile;
        if (local.isPresent()) {
            profile = local.get().profile(faults(context));
        } else {
            profile = (isPlan(context) ? ProfileLoader.forPlan(basedir(context), System.getenv()) // a plan needs no secret
                    : new ProfileLoader(basedir(context), System.getenv())).load(envName(context));
        }
        if ("checklist".equals(System.getProperty("tminus.role"))) {
            AllureEnvironment.write(profile, System.getProperty("tminus.version", "dev"), vantage(context))
                    .ifPresent(warning -> System.err.println("T-Minus: warning: " + warning));
        }
        return profile;
    }

    static Set<String> faults(ExtensionContext context) {
        return context.getConfigurationParameter(FAULTS).stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
