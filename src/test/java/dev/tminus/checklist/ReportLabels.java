package dev.tminus.checklist;

import dev.tminus.check.Area;
import dev.tminus.check.Check;
import dev.tminus.check.ItemName;
import dev.tminus.profile.Profile;
import dev.tminus.report.MergeReports;
import dev.tminus.report.ResultLabels;
import dev.tminus.report.ResultNames;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Labels every checklist result for the readiness verdict and the merged report, from what the
 * check declares ({@link Check}) and what its provider named ({@link Items#name}), never from its
 * display name: its name is the item's display name ({@code DNS-02 login.game.example.com. A · … ·
 * ns1}, where Allure would put the parameterized template's name before it); labels
 * {@value ResultLabels#CHECK}, {@value ResultLabels#CLAIM}, {@value ResultLabels#ITEM},
 * {@value ResultLabels#WHERE} (when the item has a place), {@value ResultLabels#AREA} and
 * {@code epic}; the item and place as parameters too; its suite in words (area / section / check,
 * see {@link ResultNames#suiteLabels}); its owner (the profile's {@code owners} for the area) and,
 * with {@code -Dvantage=eu-west}, the vantage, as a label and a parameter, with a history id per
 * vantage so results of several places side by side are not taken for retries of each other.
 */
public class ReportLabels implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (Profiles.isPlan(context)) {
            return;
        }
        Check check = context.getRequiredTestMethod().getAnnotation(Check.class);
        Area area = AreaOf.type(context.getRequiredTestClass()).orElseThrow();
        Profile profile = Profiles.of(context);
        String owner = profile.owner(area.owner()).orElse("");
        // (the severity label comes from the check's @Severity, through Allure's own listener)
        String vantage = Profiles.vantage(context);
        String name = context.getDisplayName();
        String section = displayName(context.getRequiredTestClass().getAnnotation(DisplayName.class));
        String checkName = check == null ? "" : ItemName.of(check).displayName();
        List<Label> identity = check == null ? List.of() : ResultLabels.of(Items.identity(check, name));
        Allure.getLifecycle().updateTestCase(result -> {
            result.setName(name); // the item's own name, without the parameterized template's name before it
            result.getParameters().removeIf(p -> p.getMode() != Parameter.Mode.HIDDEN);
            result.getParameters().addAll(parameters(identity));
            result.getLabels().removeIf(l -> ResultNames.TREE_LABELS.contains(l.getName()) || "epic".equals(l.getName()));
            result.getLabels().addAll(ResultNames.suiteLabels(area.epic(), section, checkName));
            result.getLabels().addAll(identity);
            result.getLabels().add(label(ResultLabels.AREA, area.tag()));
            result.getLabels().add(label("epic", area.epic()));
            if (!owner.isEmpty()) {
                result.getLabels().removeIf(l -> "owner".equals(l.getName()));
                result.getLabels().add(label("owner", owner));
            }
            if (!vantage.isEmpty()) {
                result.getLabels().add(label("vantage", vantage));
                result.getParameters().add(new Parameter().setName("vantage").setValue(vantage));
                result.setHistoryId(MergeReports.perVantage(String.valueOf(result.getHistoryId()), vantage));
            }
        });
    }

    /** The item and its place as Allure parameters, readable where the arguments' own toString would not be. */
    private static List<Parameter> parameters(List<Label> identity) {
        List<Parameter> parameters = new ArrayList<>();
        for (Label l : identity) {
            if (l.getName().equals(ResultLabels.ITEM) || l.getName().equals(ResultLabels.WHERE)) {
                parameters.add(new Parameter().setName(l.getName()).setValue(l.getValue()));
            }
        }
        return parameters;
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    private static String displayName(DisplayName annotation) {
        return annotation == null ? "" : annotation.value();
    }
}
