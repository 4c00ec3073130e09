package dev.tminus.checklist;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import dev.tminus.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a check class its profile: skips the class when the profile does not configure its area
 * (with a reason naming the missing key), stands up what the area needs when the run targets a
 * {@link LocalEnvironment} (the sandbox), and resolves {@link Profile} parameters.
 */
public class ProfileExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("decided per class");
        }
        String tag = tagOf(context);
        Profile profile = Profiles.of(context);
        return missingSection(profile, tag)
                .map(missing -> ConditionEvaluationResult.disabled("not configured: " + profile.file()
                        + " has no " + missing + "; add it to check the " + Tags.epic(tag) + " items"))
                .orElseGet(() -> ConditionEvaluationResult.enabled(tag + " is configured"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Profiles.isPlan(context)) { // a plan touches nothing
            String tag = tagOf(context);
            // a team's own checks may probe any part of the local environment
            List<String> parts = Areas.byTag(tag).isPresent() ? List.of(tag) : Areas.TAGS;
            LocalEnvironments.of(context).ifPresent(environment -> parts.forEach(environment::standUp));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Profile.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return Profiles.of(context);
    }

    /** The checklist tag of the class: its built-in area's, or its team area's ({@link AreaOf}). */
    static String tagOf(ExtensionContext context) {
        return AreaOf.type(context.getRequiredTestClass()).map(Area::tag)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass().getName()
                        + " has no checklist annotation such as @DnsChecklist, or @Checklist and a @Tag"));
    }

    /** The profile key a tag needs, when the profile lacks it; a team's own area is always configured. */
    static Optional<String> missingSection(Profile profile, String tag) {
        boolean configured = switch (tag) {
            case Tags.DNS -> profile.dns().isPresent();
            case Tags.TLS -> profile.tls().isPresent();
            case Tags.DB -> !profile.databases().isEmpty();
            case Tags.SILENCE -> profile.alerting().isPresent();
            case Tags.CACHE -> !profile.caches().isEmpty();
            case Tags.GATEWAY -> !profile.gateways().isEmpty();
            case Tags.GOLDEN_HOUR -> profile.goldenHour().isPresent();
            default -> true;
        };
        String key = switch (tag) {
            case Tags.DB -> "databases section";
            case Tags.SILENCE -> "alerting section";
            case Tags.CACHE -> "caches section";
            case Tags.GATEWAY -> "gateways section";
            case Tags.GOLDEN_HOUR -> "goldenHour section";
            default -> tag + " section";
        };
        return configured ? Optional.empty() : Optional.of(key);
    }
}
