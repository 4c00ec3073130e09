package dev.tminus.check;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The checklist's areas, defined once: the checklist's tags, the plan's and the reports' order, the
 * readiness sections and the id prefixes all come from {@link #BUILT_IN}. A new built-in area is one
 * line here (in the order reports show it). A team's own area ({@link #team}) is not listed: it is
 * found on its check class and sorts after these.
 */
public final class Areas {

    /** A check id: an upper-case prefix, a dash, two or three digits ({@code DNS-03}, {@code APP-01}). */
    public static final Pattern CHECK_ID = Pattern.compile("[A-Z][A-Z0-9]{0,15}-\\d{2,3}");

    /** The built-in areas, in the seed checklist's order. */
    public static final List<Area> BUILT_IN = numbered(
            area("dns", "DNS warm-up", "DNS"),
            area("tls", "Certificate renewal", "TLS"),
            area("db", "DB connection-pool expansion", "DB"),
            area("silence", "Monitoring silence period", "SIL"),
            area("cache", "Matcher's Redis", "CACHE"),
            area("gateway", "WebSocket gateway", "GW"),
            area("golden-hour", "Golden three hours", "GH"));

    /** The built-in tags, in order. */
    public static final List<String> TAGS = BUILT_IN.stream().map(Area::tag).toList();

    private Areas() {
    }

    /** The built-in area of a tag. */
    public static Optional<Area> byTag(String tag) {
        return BUILT_IN.stream().filter(a -> a.tag().equals(tag)).findFirst();
    }

    /** The command that re-runs the checks of {@code tag} (built in or a team's) on {@code env}. */
    public static String rerun(String env, String tag) {
        return byTag(tag).orElseGet(() -> new Area(tag, tag, "", BUILT_IN.size(), tag)).rerun(env);
    }

    /** The built-in area of an id prefix ({@code SIL} → silence). */
    public static Optional<Area> byPrefix(String prefix) {
        return BUILT_IN.stream().filter(a -> a.prefix().equals(prefix)).findFirst();
    }

    /** The built-in area a check id belongs to ({@code SIL-03} → silence). */
    public static Optional<Area> ofCheckId(String checkId) {
        return BUILT_IN.stream().filter(a -> a.owns(checkId)).findFirst();
    }

    /** Whether {@code id} is a well-formed check id. */
    public static boolean isCheckId(String id) {
        return id != null && CHECK_ID.matcher(id).matches();
    }

    /** The prefix of a check id ({@code APP-01} → {@code APP}); empty when it has none. */
    public static String prefixOf(String checkId) {
        int dash = checkId == null ? -1 : checkId.lastIndexOf('-');
        return dash <= 0 ? "" : checkId.substring(0, dash);
    }

    /**
     * A team's own area: the built-in one when {@code tag} is built in, else one ordered after
     * every built-in area, owned under its tag.
     *
     * @param epic   its name for people; blank: the tag
     * @param prefix the prefix of its check ids; blank when it has none yet
     */
    public static Area team(String tag, String epic, String prefix) {
        return byTag(tag).orElseGet(() -> new Area(tag, epic, prefix, BUILT_IN.size(), tag));
    }

    /** Sort position of a tag: built-in areas in order, any other area after them. */
    public static int position(String tag) {
        return byTag(tag).map(Area::order).orElse(BUILT_IN.size());
    }

    /** A built-in area, owned under its tag; its order is its place in {@link #BUILT_IN}. */
    private static Area area(String tag, String epic, String prefix) {
        return new Area(tag, epic, prefix, -1, tag);
    }

    private static List<Area> numbered(Area... areas) {
        return IntStream.range(0, areas.length)
                .mapToObj(i -> new Area(areas[i].tag(), areas[i].epic(), areas[i].prefix(), i, areas[i].owner()))
                .toList();
    }
}
