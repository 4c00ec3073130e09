package dev.tminus.checklist;

import dev.tminus.check.Check;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * The checks of a class run, and are planned and reported, in the order of their ids ({@code GW-01}
 * before {@code GW-02}, {@code DNS-9} before {@code DNS-10}), as the checklist reads; a method
 * without a {@link Check} comes after them, by name. Registered on every {@link Checklist} class.
 */
public class CheckOrder implements MethodOrderer {

    /** By id (prefix, then number), then method name. */
    static final Comparator<MethodDescriptor> ORDER = Comparator
            .comparing((MethodDescriptor m) -> id(m).isEmpty())
            .thenComparing(m -> id(m).map(CheckClassOrder::sortKey).orElse(""))
            .thenComparing(m -> m.getMethod().getName());

    @Override
    public void orderMethods(MethodOrdererContext context) {
        context.getMethodDescriptors().sort(ORDER);
    }

    private static Optional<String> id(MethodDescriptor method) {
        return method.findAnnotation(Check.class).map(Check::id);
    }
}
