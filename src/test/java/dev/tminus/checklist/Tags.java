package dev.tminus.checklist;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import java.util.List;

/**
 * The built-in areas' tags as constants, because annotations need them and JUnit only warns about a
 * malformed tag and then drops it. Everything else about an area (its name, prefix, order) is in
 * {@link Areas}; a self-test keeps these constants equal to its tags.
 */
public final class Tags {

    public static final String DNS = "dns";
    public static final String TLS = "tls";
    public static final String DB = "db";
    public static final String SILENCE = "silence";
    public static final String CACHE = "cache";
    public static final String GATEWAY = "gateway";
    public static final String GOLDEN_HOUR = "golden-hour";

    /** The built-in tags in the seed checklist's order, which reports follow. */
    public static final List<String> ALL = Areas.TAGS;

    private Tags() {
    }

    /** The Allure epic, i.e. the checklist area's name for people; a team area's tag when not built in. */
    public static String epic(String tag) {
        return Areas.byTag(tag).map(Area::epic).orElse(tag);
    }
}
