package dev.tminus.checklist;

import dev.tminus.profile.Profile;
import dev.tminus.report.MergeReports;
import dev.tminus.report.ResultNames;
import io.qameta.allure.Allure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Labels every checklist result for the readiness verdict and the merged report: its name is the
 * item's display name ({@code DNS-02 login.game.example.com. A · … · ns1}, where Allure would put the
 * parameterized template's name before it), its check id, its
 * item and place as parameters, its suite in words (area / section / check, see
 * {@link ResultNames#suiteLabels}), its owner (the profile's {@code owners} for the tag) and, with {@code -Dvantage=eu-west}, the vantage,
 * as a label and a parameter, with a history id per vantage so results of several places side by
 * side are not taken for retries of each other.
 */
public class ReportLabels implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (Profiles.isPlan(context)) {
            return;
        }
        Check check = context.getRequiredTestMethod().getAnnotation(Check.class);
        Profile profile = Profiles.of(context);
        String owner = profile.owner(ProfileExtension.tagOf(context)).orElse("");
        // (the severity label comes from the check's @Severity, through Allure's own listener)
        String vantage = Profiles.vantage(context);
        String name = context.getDisplayName();
        String tag = ProfileExtension.tagOf(context);
        String section = displayName(context.getRequiredTestClass().getAnnotation(DisplayName.class));
        String checkName = displayName(context.getRequiredTestMethod().getAnnotation(DisplayName.class));
        Allure.getLifecycle().updateTestCase(result -> {
            result.setName(name); // the item's own name, without the parameterized template's name before it
            result.getParameters().removeIf(p -> p.getMode() != io.qameta.allure.model.Parameter.Mode.HIDDEN);
            result.getParameters().addAll(ResultNames.parametersOf(name));
            result.getLabels().removeIf(l -> ResultNames.TREE_LABELS.contains(l.getName()));
            result.getLabels().addAll(ResultNames.suiteLabels(tag, section, checkName));
            if (check != null) {
                result.getLabels().add(new io.qameta.allure.model.Label().setName("check").setValue(check.value()));
            }
            if (!owner.isEmpty()) {
                result.getLabels().removeIf(l -> "owner".equals(l.getName()));
                result.getLabels().add(new io.qameta.allure.model.Label().setName("owner").setValue(owner));
            }
            if (!vantage.isEmpty()) {
                result.getLabels().add(new io.qameta.allure.model.Label().setName("vantage").setValue(vantage));
                result.getParameters().add(new io.qameta.allure.model.Parameter().setName("vantage").setValue(vantage));
                result.setHistoryId(MergeReports.perVantage(String.valueOf(result.getHistoryId()), vantage));
            }
        });
    }

    private static String displayName(DisplayName annotation) {
        return annotation == null ? "" : annotation.value();
    }
}
