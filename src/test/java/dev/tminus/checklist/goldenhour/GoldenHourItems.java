package dev.tminus.checklist.goldenhour;

import dev.tminus.checklist.CheckItems;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.golden.Numbers;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Durations;
import dev.tminus.profile.GoldenHour;
import dev.tminus.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/** The golden hour's items, named from the profile only (no network). */
final class GoldenHourItems {

    private GoldenHourItems() {
    }

    static String prometheusWhere(Profile profile) {
        return profile.alerting().map(Alerting::prometheus).map(u -> u.getAuthority()).orElse("no prometheus");
    }

    static String sloClaim(GoldenHour.Slo slo) {
        String bound;
        if (slo.min().isPresent() && slo.max().isPresent()) {
            bound = "stays between " + Numbers.format(slo.min().get()) + " and " + Numbers.format(slo.max().get());
        } else {
            bound = slo.max().map(m -> "stays at most " + Numbers.format(m))
                    .orElseGet(() -> "stays at least " + Numbers.format(slo.min().orElseThrow()));
        }
        return bound + (slo.maxBreaches() == 0 ? "" : " (" + slo.maxBreaches() + " points outside allowed)")
                + " · " + slo.level();
    }

    /** GH-01: one item per SLO. */
    static final class Slos extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            Profile profile = Profiles.of(context);
            List<GoldenHour.Slo> slos = profile.goldenHour().map(GoldenHour::slos).orElse(List.of());
            if (slos.isEmpty()) {
                Assumptions.abort("not configured: goldenHour.slos is empty");
            }
            return slos.stream().map(slo -> Arguments.of(Named.of(
                    Items.name(context, slo.name(), sloClaim(slo), prometheusWhere(profile)), slo)));
        }
    }

    /** GH-02: one item per probe. */
    static final class Probes extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            List<GoldenHour.HttpProbe> probes = Profiles.of(context).goldenHour().map(GoldenHour::probes).orElse(List.of());
            if (probes.isEmpty()) {
                Assumptions.abort("not configured: goldenHour.probes is empty");
            }
            return probes.stream().map(p -> Arguments.of(Named.of(Items.name(context, p.name(),
                    "answers " + p.status() + " within " + Durations.format(p.within()) + " and keeps answering",
                    p.url().toString()), p)));
        }
    }

    /** GH-04: one item per protected label set. */
    static final class Protected extends CheckItems {
        @Override
        protected Stream<? extends Arguments> items(ExtensionContext context) {
            Profile profile = Profiles.of(context);
            List<Map<String, String>> sets = GoldenHourFacts.protectedSets(profile);
            if (sets.isEmpty()) {
                Assumptions.abort("not configured: alerting.silence.protected is empty");
            }
            return sets.stream().map(set -> Arguments.of(Named.of(Items.name(context, ProtectedAlerts.text(set),
                    "never fired during the golden hour", prometheusWhere(profile)), set)));
        }
    }
}
