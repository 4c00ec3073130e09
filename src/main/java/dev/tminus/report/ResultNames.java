package dev.tminus.report;

import io.qameta.allure.model.Label;
import java.util.List;

/** The suite of a result in words, never a Java class or method name. */
public final class ResultNames {

    private ResultNames() {
    }

    /** The labels Allure's tree tabs group by, replaced on every result of the checklist. */
    public static final List<String> TREE_LABELS = List.of("parentSuite", "suite", "subSuite", "feature", "story");

    /**
     * Where a result sits in Allure's "Suites" tab (area, checklist section, check) and "Behaviors"
     * tab (epic = area from the check class, feature = section, story = check):
     * {@code DNS warm-up / DNS records / DNS-02 every record resolves to exactly the planned set}.
     *
     * @param area    the area's name for people ({@code DNS warm-up})
     * @param section the check class's display name ({@code DNS records}); blank: the area's name
     * @param check   the check's display name, the id and the claim; blank: the section
     */
    public static List<Label> suiteLabels(String area, String section, String check) {
        String sec = section == null || section.isBlank() ? area : section;
        String chk = check == null || check.isBlank() ? sec : check;
        return List.of(label("parentSuite", area), label("suite", sec), label("subSuite", chk),
                label("feature", sec), label("story", chk));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
