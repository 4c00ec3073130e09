package dev.tminus.report;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each Allure result the item's own display name ({@code ID item · claim · where}) instead of
 * the method name followed by the invocation name, and the item and place as parameters, so the
 * report reads like the checklist and can be searched by the same names as the CI log.
 */
public final class ResultNames {

    private static final String SEPARATOR = " · ";

    private ResultNames() {
    }

    /** Renames the running Allure test case; a no-op outside a checklist run. */
    public static void apply(String displayName) {
        if (!"checklist".equals(System.getProperty("tminus.role"))) {
            return;
        }
        Allure.getLifecycle().updateTestCase(result -> {
            result.setName(displayName);
            List<Parameter> parameters = new ArrayList<>(result.getParameters() == null ? List.of()
                    : result.getParameters().stream().filter(p -> p.getMode() == Parameter.Mode.HIDDEN).toList());
            parameters.addAll(parametersOf(displayName));
            result.setParameters(parameters);
        });
    }

    /** {@code item} and {@code where} from a display name, when it has them. */
    static List<Parameter> parametersOf(String displayName) {
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
