package dev.tminus.report;

import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The item and the place of a result, read back from its display name
 * ({@code ID item · claim · where}), as Allure parameters: readable where the arguments' own
 * {@code toString} would not be, and searchable by the same words as the CI log.
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
}
