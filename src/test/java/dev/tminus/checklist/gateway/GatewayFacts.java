package dev.tminus.checklist.gateway;

import dev.tminus.ProbeException;
import dev.tminus.check.Areas;
import dev.tminus.check.Fact;
import dev.tminus.checklist.FactsExtension;
import dev.tminus.checklist.Profiles;
import dev.tminus.checklist.Tags;
import dev.tminus.gateway.GatewayObservation;
import dev.tminus.gateway.GatewayProbe;
import dev.tminus.gateway.GatewayTarget;
import dev.tminus.gateway.Transcript;
import dev.tminus.profile.Gateway;
import dev.tminus.profile.Profile;
import dev.tminus.profile.TlsSection;
import dev.tminus.tls.AddressResolver;
import dev.tminus.tls.TrustMaterial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the gateway checks assert on, gathered once per run and kept in the JUnit root store:
 * every gateway resolved to its addresses (like {@code tls.endpoints}: the profile's resolvers when it
 * has them), one connection to each address, all at once. A gateway whose addresses cannot be listed
 * becomes one item whose upgrade could not be checked.
 *
 * @param items every gateway × address, with what its connection learned
 */
public record GatewayFacts(Profile profile, Map<GatewayTarget, GatewayObservation> items) implements AutoCloseable {

    static final String UNRESOLVED = "addresses unresolved";
    /** Where the profile lists a gateway's addresses instead, for messages. */
    static final String ADDRESSES_KEY = "gateways[].addresses";

    public GatewayFacts {
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    static final FactsExtension<GatewayFacts> EXTENSION = new FactsExtension<>(GatewayFacts.class, GatewayFacts::gather);

    static GatewayFacts of(ExtensionContext context) {
        return EXTENSION.facts(context);
    }

    private static GatewayFacts gather(ExtensionContext context) {
        Path basedir = Path.of(context.getConfigurationParameter(Profiles.BASEDIR).filter(s -> !s.isBlank()).orElse("."));
        return gather(Profiles.of(context), basedir);
    }

    static GatewayFacts gather(Profile profile, Path basedir) {
        String rerun = rerun(profile);
        List<GatewayTarget> targets = new ArrayList<>();
        Map<GatewayTarget, GatewayObservation> unresolved = new LinkedHashMap<>();
        for (Gateway gateway : profile.gateways()) {
            try {
                new AddressResolver(profile.dns(), gateway.timeout()).addresses(gateway.host(), gateway.addresses(),
                        ADDRESSES_KEY).forEach(a -> targets.add(new GatewayTarget(gateway, a)));
            } catch (ProbeException e) {
                GatewayTarget target = new GatewayTarget(gateway, UNRESOLVED);
                unresolved.put(target, failed(target, e.reworded(e.getMessage() + " Then re-run: " + rerun)));
            }
        }
        Map<GatewayTarget, GatewayObservation> items = new LinkedHashMap<>();
        Optional<TrustMaterial> trust = Optional.empty();
        List<GatewayTarget> reachable = new ArrayList<>(targets);
        if (targets.stream().anyMatch(t -> t.gateway().secure())) {
            try {
                trust = Optional.of(TrustMaterial.load(profile.tls().flatMap(TlsSection::trustStore).map(basedir::resolve)));
            } catch (ProbeException e) {
                for (GatewayTarget t : targets) {
                    if (t.gateway().secure()) {
                        items.put(t, failed(t, e.reworded("Could not check " + t.describe() + " over wss: "
                                + e.getMessage() + "; re-run: " + rerun)));
                        reachable.remove(t);
                    }
                }
            }
        }
        try (GatewayProbe probe = new GatewayProbe(trust, rerun, 8)) {
            items.putAll(probe.observeAll(reachable));
        }
        Map<GatewayTarget, GatewayObservation> ordered = new LinkedHashMap<>();
        targets.forEach(t -> ordered.put(t, items.get(t)));
        ordered.putAll(unresolved);
        return new GatewayFacts(profile, ordered);
    }

    private static GatewayObservation failed(GatewayTarget target, ProbeException why) {
        Gateway g = target.gateway();
        return new GatewayObservation(target, Fact.failed(why), Fact.failed(why), g.heartbeat().map(h -> Fact.failed(why)),
                g.holdFor().map(h -> Fact.failed(why)), new Transcript());
    }

    GatewayObservation observation(GatewayTarget target) {
        return items.get(target);
    }

    /** The other addresses of the same gateway. */
    List<GatewayObservation> peers(GatewayTarget target) {
        return items.values().stream().filter(o -> o.target().gateway().equals(target.gateway())
                && !o.target().equals(target)).toList();
    }

    static String rerun(Profile profile) {
        return Areas.rerun(profile.name(), Tags.GATEWAY);
    }

    String rerun() {
        return rerun(profile);
    }

    /** Nothing stays open: every connection is closed as it is observed, and the probe's threads end with it. */
    @Override
    public void close() {
    }
}
