package dev.tminus.report;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import java.util.List;
import java.util.Optional;

/**
 * The checklist areas as the report orders and names them, all from {@link Areas}: the built-in
 * areas in the seed checklist's order, then any team's own area.
 */
public final class ChecklistAreas {

    public static final List<String> ORDER = Areas.TAGS;
    public static final String UNTAGGED = "untagged";

    private ChecklistAreas() {
    }

    /** The built-in area of a check id ({@code SIL-03} → {@code silence}). */
    public static Optional<String> tagOf(String checkId) {
        return Areas.ofCheckId(checkId).map(Area::tag);
    }

    /** The area's name for people ({@code dns} → {@code DNS warm-up}); a team's own area by its tag. */
    public static String title(String tag) {
        return Areas.byTag(tag).map(Area::epic).orElse(tag);
    }

    /** Sort position: seed order, anything else after. */
    public static int position(String tag) {
        return Areas.position(tag);
    }
}
