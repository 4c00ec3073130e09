package dev.tminus.checklist;

import dev.tminus.check.Check;
import dev.tminus.check.ItemName;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * The display name of a {@link Check} method is its id and claim ({@code DNS-01 every record
 * resolves on every resolver}), so a check declares both once. Everything else is named as before:
 * underscores become blanks. Registered for the whole suite in {@code junit-platform.properties}
 * and on every {@link Checklist} class.
 */
public class CheckDisplayNames extends DisplayNameGenerator.ReplaceUnderscores {

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                                               Method testMethod) {
        Check check = testMethod.getAnnotation(Check.class);
        return check != null ? ItemName.of(check).displayName()
                : super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod);
    }
}
