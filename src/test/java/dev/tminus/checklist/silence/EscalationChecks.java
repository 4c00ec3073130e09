package dev.tminus.checklist.silence;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.alerting.LabelSets;
import dev.tminus.alerting.RoutingTree;
import dev.tminus.check.Check;
import dev.tminus.checklist.SilenceChecklist;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Profile;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** L1 annotate, L2 page, L3 roll back: alerts reach the people the escalation plan names. */
@SilenceChecklist
@ExtendWith(AlertingFactsResolver.class)
class EscalationChecks {

    /**
     * SIL-08: each {@code alerting.routes} label set is delivered to its receiver by the routing tree
     * Alertmanager has loaded ({@code /api/v2/status}), evaluated with Alertmanager's rules (first
     * matching child, {@code continue}, inherited receivers).
     *
     * <p>If this fails: the route order in Alertmanager's configuration (an earlier, broader route wins)
     * and {@code amtool config routes test} with the same labels.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SilenceItems.Routes.class)
    @Check(id = "SIL-08", claim = "escalation: each label set routes to its receiver")
    @Severity(SeverityLevel.CRITICAL)
    void label_set_routes_to_receiver(Alerting.Route route, AlertingFacts facts, Profile profile) {
        RoutingTree.Decision decision = facts.routing().get().route(route.labels());
        Evidence.attach("routing decision", LabelSets.format(route.labels()) + " → " + decision.receivers() + "\n"
                + String.join("\n", decision.paths()) + "\nexpected receiver: " + route.receiver());
        assertThat(decision.receivers()).withFailMessage(() -> SilenceMessages.misrouted(route.labels(), route.receiver(),
                facts.alerting().alertmanager().toString(), decision, profile)).contains(route.receiver());
    }
}
