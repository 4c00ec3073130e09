package dev.tminus.report;

import dev.tminus.check.ItemName;
import io.qameta.allure.model.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the Allure labels that carry a result's identity from the checklist to the report:
 * the check id, its claim, the item and the place, and the area's tag. The checklist writes them
 * from what a check declares; the report reads them and never takes a display name apart.
 */
public final class ResultLabels {

    public static final String CHECK = "check";
    public static final String CLAIM = "claim";
    public static final String ITEM = "item";
    public static final String WHERE = "where";
    /** The area's tag ({@code dns}, or a team's own {@code app}). */
    public static final String AREA = "area";

    private ResultLabels() {
    }

    /** The labels of one item: check and claim always, item and place when it has them. */
    public static List<Label> of(ItemName name) {
        List<Label> labels = new ArrayList<>(List.of(label(CHECK, name.checkId()), label(CLAIM, name.claim())));
        if (!name.item().isEmpty()) {
            labels.add(label(ITEM, name.item()));
        }
        if (!name.where().isEmpty()) {
            labels.add(label(WHERE, name.where()));
        }
        return labels;
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
