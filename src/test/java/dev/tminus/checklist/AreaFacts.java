package dev.tminus.checklist;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An area's facts, gathered once per run and kept in the JUnit root store, so every check of the
 * area (and every item of a check) judges the same observation and no target is asked twice. The
 * facts are {@link AutoCloseable}: JUnit closes them (executors, pools) when the run ends.
 *
 * <p>The area only says how to gather; when and where they are kept is the same for all areas.
 */
public final class AreaFacts {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AreaFacts.class);

    private AreaFacts() {
    }

    /** The {@code type} facts of this run and profile, gathered by {@code gather} on first use. */
    public static <F extends AutoCloseable> F of(ExtensionContext context, Class<F> type,
                                                 Function<ExtensionContext, F> gather) {
        Object key = List.of(type.getName(), Profiles.of(context));
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> gather.apply(context), type);
    }
}
