package dev.tminus.checklist;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import dev.tminus.check.Check;
import io.qameta.allure.Epic;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The area of a check class. A built-in tag ({@link Tags}) is its built-in area; any other tag of a
 * {@link Checklist} class is a team's own area: its epic is the class's {@code @Epic} (else the
 * tag), its id prefix that of its {@link Check} ids, its owner key the tag, and it sorts after the
 * built-in areas. A class that is neither has no area.
 */
public final class AreaOf {

    private AreaOf() {
    }

    public static Optional<Area> type(Class<?> type) {
        List<String> tags = AnnotationSupport.findRepeatableAnnotations(type, Tag.class).stream().map(Tag::value).toList();
        Optional<Area> builtIn = tags.stream().map(Areas::byTag).flatMap(Optional::stream).findFirst();
        if (builtIn.isPresent() || tags.isEmpty() || !AnnotationSupport.isAnnotated(type, Checklist.class)) {
            return builtIn;
        }
        String epic = AnnotationSupport.findAnnotation(type, Epic.class).map(Epic::value).orElse("");
        String prefix = Arrays.stream(type.getDeclaredMethods()).map(m -> m.getAnnotation(Check.class))
                .filter(c -> c != null).map(c -> Areas.prefixOf(c.id())).sorted().findFirst().orElse("");
        return Optional.of(Areas.team(tags.get(0), epic, prefix));
    }

    /** The area of a test or container the Launcher reports, from its class; else from its tags. */
    public static Optional<Area> test(TestIdentifier id) {
        Optional<Class<?>> type = id.getSource().flatMap(AreaOf::classOf);
        Optional<Area> area = type.flatMap(AreaOf::type);
        return area.isPresent() ? area
                : id.getTags().stream().map(t -> Areas.byTag(t.getName())).flatMap(Optional::stream).findFirst();
    }

    /** The tag of {@link #test}, or {@code untagged}. */
    public static String tagOf(TestIdentifier id) {
        return test(id).map(Area::tag).orElse("untagged");
    }

    private static Optional<Class<?>> classOf(TestSource source) {
        if (source instanceof MethodSource method) {
            return Optional.of(method.getJavaClass());
        }
        if (source instanceof ClassSource type) {
            return Optional.of(type.getJavaClass());
        }
        return Optional.empty();
    }
}
