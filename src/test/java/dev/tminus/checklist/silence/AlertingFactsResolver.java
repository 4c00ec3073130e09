package dev.tminus.checklist.silence;

import dev.tminus.checklist.Profiles;
import dev.tminus.profile.Profile;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands checks the {@link AlertingFacts} of this run, fetched on first use and kept in the root store. */
public class AlertingFactsResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AlertingFactsResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AlertingFacts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Profile profile = Profiles.of(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("facts",
                key -> AlertingFacts.fetch(profile.alerting().orElseThrow()), AlertingFacts.class);
    }
}
