package dev.tminus.checklist.silence;

import dev.tminus.checklist.CheckItems;
import dev.tminus.alerting.LabelSets;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Durations;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/** The items of the silence checks, named from the profile only. */
final class SilenceItems {

    private SilenceItems() {
    }

    /** A SIL-07 item: a required rule's alerts, or alerts carrying a protected label set. */
    record Quiet(String subject, Map<String, String> labels) {
        Quiet {
            labels = Map.copyOf(labels);
        }
    }

    static Alerting alerting(ExtensionContext context) {
        return Profiles.of(context).alerting().orElseThrow();
    }

    static Alerting.SilencePlan plan(ExtensionContext context) {
        return alerting(context).silence().orElseThrow(() -> abort("alerting.silence is absent"));
    }

    static String where(URI url) {
        return url.getAuthority();
    }

    private static RuntimeException abort(String what) {
        Assumptions.abort("not configured: " + what);
        return new IllegalStateException(what);
    }

    private static <T> Stream<Arguments> named(List<T> items, String emptyReason, java.util.function.Function<T, String> name) {
        if (items.isEmpty()) {
            throw abort(emptyReason);
        }
        return items.stream().map(item -> Arguments.of(Named.of(name.apply(item), item)));
    }

    static final class Services extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            Alerting a = alerting(context);
            return Stream.of(
                    Arguments.of(Named.of(Items.name(context, "Alertmanager", "answers and its cluster is ready",
                            where(a.alertmanager())), "Alertmanager")),
                    Arguments.of(Named.of(Items.name(context, "Prometheus", "answers and is ready",
                            where(a.prometheus())), "Prometheus")));
        }
    }

    static final class PlannedAlerts extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            String where = where(alerting(context).alertmanager());
            return named(plan(context).alerts(), "alerting.silence.alerts is empty",
                    a -> Items.name(context, LabelSets.name(a), "muted for the whole planned window", where));
        }
    }

    static final class ProtectedSets extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            String where = where(alerting(context).alertmanager());
            return named(plan(context).protectedSets(), "alerting.silence.protected is empty",
                    p -> Items.name(context, LabelSets.format(p), "no silence mutes it or a rule carrying it", where));
        }
    }

    static final class Rules extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            String where = where(alerting(context).prometheus());
            return named(alerting(context).rules(), "alerting.rules is empty",
                    r -> Items.name(context, r.alert(), "loaded, healthy" + (r.labels().isEmpty() ? "" : ", labelled")
                            + r.maxFor().map(f -> ", for ≤ " + Durations.format(f)).orElse(""), where));
        }
    }

    static final class QuietItems extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            Alerting a = alerting(context);
            Stream<Quiet> rules = a.rules().stream().map(r -> new Quiet("rule " + r.alert(), Map.of("alertname", r.alert())));
            Stream<Quiet> protectedSets = a.silence().map(Alerting.SilencePlan::protectedSets).orElse(List.of()).stream()
                    .map(p -> new Quiet("protected " + LabelSets.format(p), p));
            String where = where(a.prometheus()) + " and " + where(a.alertmanager());
            return named(Stream.concat(rules, protectedSets).toList(), "alerting.rules and alerting.silence.protected are empty",
                    q -> Items.name(context, q.subject(), "neither pending nor firing", where));
        }
    }

    static final class Routes extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            String where = where(alerting(context).alertmanager());
            return named(alerting(context).routes(), "alerting.routes is empty",
                    r -> Items.name(context, LabelSets.format(r.labels()), "routes to " + r.receiver(), where));
        }
    }
}
