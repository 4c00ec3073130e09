package dev.tminus.checklist;

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
        Key key = new Key(type.getName(), Profiles.of(context));
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> gather.apply(context), type);
    }

    /**
     * The store key: the facts' type and the profile they were gathered for, the profile by identity
     * (the run's profile is one object). A record's own hash would walk the whole profile (every
     * record, endpoint and SLO) on every lookup, i.e. once per item.
     */
    private record Key(String type, Object profile) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.type.equals(type) && k.profile == profile;
        }

        @Override
        public int hashCode() {
            return 31 * type.hashCode() + System.identityHashCode(profile);
        }
    }
}
