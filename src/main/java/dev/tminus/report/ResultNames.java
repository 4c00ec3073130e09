package dev.tminus.report;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The item and the place of a result, read back from its display name
 * ({@code ID item · claim · where}), as Allure parameters: readable where the arguments' own
 * {@code toString} would not be, and searchable by the same words as the CI log; and the suite of a
 * result in words, never a Java class or method name.
 */
public final class ResultNames {

    private static final String SEPARATOR = " · ";

    private ResultNames() {
    }

    /** {@code item} and {@code where} from a display name, when it has them. */
    public static List<Parameter> parametersOf(String displayName) {
        String[] parts = displayName.split(SEPARATOR);
        List<Parameter> parameters = new ArrayList<>();
        if (parts.length >= 2) {
            String head = parts[0];
            int space = head.indexOf(' ');
            parameters.add(new Parameter().setName("item").setValue(space > 0 ? head.substring(space + 1) : head));
        }
        if (parts.length >= 3) {
            parameters.add(new Parameter().setName("where").setValue(parts[parts.length - 1]));
        }
        return parameters;
    }

    /** The labels Allure's tree tabs group by, replaced on every result of the checklist. */
    public static final List<String> TREE_LABELS = List.of("parentSuite", "suite", "subSuite", "feature", "story");

    /**
     * Where a result sits in Allure's "Suites" tab (area, checklist section, check) and "Behaviors"
     * tab (epic = area from the check class, feature = section, story = check):
     * {@code DNS warm-up / DNS records / DNS-02 every record resolves to exactly the planned set}.
     *
     * @param tag     the area ({@code dns})
     * @param section the check class's display name ({@code DNS records}); blank: the area's name
     * @param check   the check's display name, the id and the claim; blank: the section
     */
    public static List<Label> suiteLabels(String tag, String section, String check) {
        String area = ChecklistAreas.title(tag);
        String sec = section == null || section.isBlank() ? area : section;
        String chk = check == null || check.isBlank() ? sec : check;
        return List.of(label("parentSuite", area), label("suite", sec), label("subSuite", chk),
                label("feature", sec), label("story", chk));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
