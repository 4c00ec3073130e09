package dev.tminus.checklist;

import dev.tminus.check.Areas;
import dev.tminus.check.Check;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Check classes run in the checklist's order: by area in seed order, then by the first check id each
 * holds ({@code DNS-01} of the record checks before {@code DNS-04} of the authority checks), so the
 * console, the plan and the JUnit report read like the checklist. Other classes come after, by name.
 * Registered in {@code junit-platform.properties}.
 */
public class CheckClassOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> firstCheck(c.getTestClass()).isEmpty())
                .thenComparingInt(c -> firstCheck(c.getTestClass()).map(id -> Areas.ofCheckId(id)
                        .map(a -> a.order()).orElse(Integer.MAX_VALUE)).orElse(0))
                .thenComparing(c -> firstCheck(c.getTestClass()).map(CheckClassOrder::sortKey).orElse(""))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    /** The smallest check id of the class's methods, as {@link CheckOrder} orders them. */
    static Optional<String> firstCheck(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(m -> m.getAnnotation(Check.class)).filter(c -> c != null)
                .map(Check::id).min(Comparator.comparing(CheckClassOrder::sortKey));
    }

    /** {@code DNS-004}: the prefix, then the number padded, so ids sort by number. */
    static String sortKey(String id) {
        int dash = id.lastIndexOf('-');
        String number = id.substring(dash + 1);
        return id.substring(0, dash + 1) + "0".repeat(Math.max(0, 6 - number.length())) + number;
    }
}
