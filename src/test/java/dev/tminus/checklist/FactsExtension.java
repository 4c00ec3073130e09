package dev.tminus.checklist;

import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands an area's facts ({@link AreaFacts}) to its check methods: a parameter of the facts' type
 * gets the facts of this run. An area subclasses it with its facts type and how to gather them.
 *
 * @param <F> the area's facts
 */
public class FactsExtension<F extends AutoCloseable> implements ParameterResolver {

    private final Class<F> type;
    private final Function<ExtensionContext, F> gather;

    public FactsExtension(Class<F> type, Function<ExtensionContext, F> gather) {
        this.type = type;
        this.gather = gather;
    }

    /** The facts of this run, for code that is not a check method's parameter (item providers). */
    public F facts(ExtensionContext context) {
        return AreaFacts.of(context, type, gather);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return facts(context);
    }
}
