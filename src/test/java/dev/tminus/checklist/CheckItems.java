package dev.tminus.checklist;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The items of one parameterized check, computed from the profile. Implements JUnit 5.13's
 * {@code provideArguments(ParameterDeclarations, ExtensionContext)}: an abort thrown for an empty
 * item list ("not configured: dns.zones is empty") through the older method is reported by JUnit
 * as a provider defect, i.e. broken instead of skipped.
 */
public abstract class CheckItems implements ArgumentsProvider {

    /** The items; {@code Assumptions.abort("not configured: …")} when there are none. */
    protected abstract Stream<? extends Arguments> items(ExtensionContext context);

    @Override
    public final Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                                                              ExtensionContext context) {
        return items(context);
    }

    @Override
    public final Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return items(context);
    }
}
