package dev.tminus.checklist.silence;

import dev.tminus.alerting.ActiveAlert;
import dev.tminus.alerting.LabelSets;
import dev.tminus.alerting.RoutingTree;
import dev.tminus.alerting.ServiceStatus;
import dev.tminus.alerting.SilenceWindow;
import dev.tminus.check.Areas;
import dev.tminus.checklist.Tags;
import dev.tminus.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The silence checklist's failure messages, in the AssertJ shape: expected, found, where, what next. */
final class SilenceMessages {

    private SilenceMessages() {
    }

    static String rerun(Profile profile) {
        return Areas.rerun(profile.name(), Tags.SILENCE);
    }

    static String notReady(ServiceStatus status, Profile profile) {
        boolean alertmanager = "Alertmanager".equals(status.service());
        return "Expecting " + status.service() + " at " + status.url() + "\n"
                + "  to answer /-/ready with 200" + (alertmanager ? " and report its cluster ready (or disabled when it runs alone)" : "") + "\n"
                + "but /-/ready answered " + status.readyStatus()
                + (alertmanager ? " and the cluster is \"" + status.cluster() + "\"" : "") + ".\n"
                + "Check " + status.service() + "'s log" + (alertmanager ? " and its cluster peers" : "") + ", then re-run: " + rerun(profile);
    }

    static String notMuted(Map<String, String> alert, String alertmanager, SilenceWindow window,
                           SilenceWindow.Gap gap, boolean anyMatch, Profile profile) {
        return "Expecting alert " + LabelSets.name(alert) + "\n"
                + "  to be muted in Alertmanager at " + alertmanager + " for the planned window " + window + "\n"
                + (anyMatch ? "but nothing mutes it from " + gap + ".\n" : "but no active or pending silence matches it.\n")
                + "Create the release silence from the pipeline (comment naming release " + profile.launch().release()
                + "), then re-run: " + rerun(profile);
    }

    static String mutesProtected(Map<String, String> protectedSet, String alertmanager, long silences, List<String> findings,
                                 Profile profile) {
        return "Expecting no silence in Alertmanager at " + alertmanager + " to mute protected alerts " + LabelSets.format(protectedSet) + "\n"
                + "but " + silences + (silences == 1 ? " silence mutes" : " silences mute") + " them:\n"
                + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n")) + "\n"
                + "Narrow those silences to the planned alerts (equality matchers on alertname) or expire them, then re-run: "
                + rerun(profile);
    }

    static String unattributed(String release, String alertmanager, List<String> findings, Profile profile) {
        return "Expecting every release silence in Alertmanager at " + alertmanager + "\n"
                + "  to name release " + release + " in its comment and to have an author\n"
                + "but " + String.join(";\n    ", findings) + ".\n"
                + "Create release silences only from the pipeline, with the release id, then re-run: " + rerun(profile);
    }

    static String offPlan(SilenceWindow window, String alertmanager, List<String> findings, Profile profile) {
        return "Expecting every release silence in Alertmanager at " + alertmanager + "\n"
                + "  to follow the planned window " + window + " and last at most maxDuration "
                + dev.tminus.profile.Durations.format(window.maxDuration()) + "\n"
                + "but " + String.join(";\n    ", findings) + ".\n"
                + "Fix the silence window in the pipeline (or the plan in " + profile.file() + "), then re-run: " + rerun(profile);
    }

    static String ruleNotAsPlanned(String rule, String prometheus, String claim, List<String> findings, Profile profile) {
        return "Expecting alerting rule " + rule + " in Prometheus at " + prometheus + "\n"
                + "  to be " + claim + "\n"
                + "but " + String.join("; ", findings) + ".\n"
                + "Fix the rule file, reload Prometheus, then re-run: " + rerun(profile);
    }

    static String firing(String subject, String prometheus, String alertmanager, List<ActiveAlert> alerts, Profile profile) {
        return "Expecting " + subject + " to be neither pending nor firing before launch\n"
                + "  in Prometheus at " + prometheus + " and Alertmanager at " + alertmanager + "\n"
                + "but " + alerts.stream().map(ActiveAlert::toString).collect(Collectors.joining(";\n    ")) + ".\n"
                + "Find and fix the cause before the launch (do not silence it), then re-run: " + rerun(profile);
    }

    static String misrouted(Map<String, String> labels, String receiver, String alertmanager,
                            RoutingTree.Decision decision, Profile profile) {
        return "Expecting alerts labelled " + LabelSets.format(labels) + " to reach receiver " + receiver + "\n"
                + "  in the routing tree Alertmanager at " + alertmanager + " has loaded\n"
                + "but they route to " + decision.receivers() + " (" + String.join("; ", decision.paths()) + ").\n"
                + "Fix the route in Alertmanager's configuration, reload it, then re-run: " + rerun(profile);
    }
}
