package dev.tminus.checklist;

import dev.tminus.check.Area;
import dev.tminus.check.Check;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;

/** Every check of the checklist, found by reflection: the classes ending in Checks and their @Check methods. */
public final class CheckCatalogue {

    /** One check method. */
    public record Entry(String id, String tag, Method method) {
    }

    private CheckCatalogue() {
    }

    public static List<Class<?>> classes() {
        return ReflectionSupport.findAllClassesInPackage("dev.tminus.checklist",
                c -> c.getSimpleName().endsWith("Checks"), n -> true);
    }

    public static List<Entry> entries() {
        return classes().stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> m.isAnnotationPresent(Check.class))
                        .map(m -> new Entry(m.getAnnotation(Check.class).id(), tag(c), m)))
                .toList();
    }

    public static Set<String> tags() {
        return entries().stream().map(Entry::tag).collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> ids(String tag) {
        return entries().stream().filter(e -> e.tag().equals(tag)).map(Entry::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String tag(Class<?> type) {
        return AreaOf.type(type).map(Area::tag).orElse("untagged");
    }
}
