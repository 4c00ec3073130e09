package dev.tminus.checklist.silence;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.alerting.ServiceStatus;
import dev.tminus.check.Check;
import dev.tminus.checklist.SilenceChecklist;
import dev.tminus.profile.Profile;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The monitoring the launch relies on answers at all. */
@SilenceChecklist
@ExtendWith(AlertingFactsResolver.class)
class AlertingServicesChecks {

    /**
     * SIL-01: Alertmanager and Prometheus answer their API and {@code /-/ready}; an Alertmanager cluster
     * has settled ({@code ready}; a single Alertmanager reports {@code disabled}). Versions and status
     * go into the report.
     *
     * <p>If this fails: the service's log, its {@code /-/ready}, and for Alertmanager the cluster peers
     * in {@code /api/v2/status}.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SilenceItems.Services.class)
    @Check(id = "SIL-01", claim = "Alertmanager and Prometheus answer; Alertmanager's cluster is ready")
    @Severity(SeverityLevel.BLOCKER)
    void answers_and_is_ready(String service, AlertingFacts facts, Profile profile) {
        ServiceStatus status = ("Alertmanager".equals(service) ? facts.alertmanagerStatus() : facts.prometheusStatus()).get();
        Evidence.attach(service + " version", service + " " + status.version() + " (revision " + status.revision() + ") at "
                + status.url() + (status.cluster().isEmpty() ? "" : ", cluster " + status.cluster()));
        Evidence.attachJson(service + " status", status.raw());
        assertThat(status.ready() && status.clusterReady())
                .withFailMessage(() -> SilenceMessages.notReady(status, profile)).isTrue();
    }
}
