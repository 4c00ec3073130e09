package dev.tminus.checklist.tls;

import dev.tminus.ProbeException;
import dev.tminus.check.Areas;
import dev.tminus.checklist.FactsExtension;
import dev.tminus.checklist.Profiles;
import dev.tminus.checklist.Tags;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.Profile;
import dev.tminus.profile.TlsSection;
import dev.tminus.tls.AddressResolver;
import dev.tminus.tls.TlsInspection;
import dev.tminus.tls.TlsProbe;
import dev.tminus.tls.TlsTarget;
import dev.tminus.tls.TrustMaterial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the TLS checks assert on, gathered once per run (concurrently, on the probe's own
 * executor) and kept in the JUnit root store: every endpoint resolved to its addresses, each address
 * inspected. An endpoint whose addresses cannot be listed becomes one item that is broken.
 *
 * @param profile the profile of the run
 * @param now     when the facts were gathered
 * @param items   every endpoint × address, with what the probe learned there
 */
public record TlsFacts(Profile profile, Instant now, Map<TlsTarget, TlsInspection> items) implements AutoCloseable {

    static final String UNRESOLVED = "addresses unresolved";

    public TlsFacts {
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /** Hands the facts to check methods and item providers, gathered once per run. */
    static final FactsExtension<TlsFacts> EXTENSION = new FactsExtension<>(TlsFacts.class, TlsFacts::gather);

    static TlsFacts of(ExtensionContext context) {
        return EXTENSION.facts(context);
    }

    private static TlsFacts gather(ExtensionContext context) {
        Path basedir = Path.of(context.getConfigurationParameter(Profiles.BASEDIR).filter(s -> !s.isBlank()).orElse("."));
        return gather(Profiles.of(context), basedir, Clock.systemUTC());
    }

    static TlsFacts gather(Profile profile, Path basedir, Clock clock) {
        TlsSection tls = profile.tls().orElseThrow();
        AddressResolver resolver = new AddressResolver(profile.dns(), tls.timeout());
        List<TlsTarget> targets = new ArrayList<>();
        Map<TlsTarget, TlsInspection> unresolved = new LinkedHashMap<>();
        for (Endpoint endpoint : tls.endpoints()) {
            try {
                targets.addAll(resolver.targets(endpoint));
            } catch (ProbeException e) {
                TlsTarget target = new TlsTarget(endpoint, UNRESOLVED);
                unresolved.put(target, TlsInspection.failed(target, e));
            }
        }
        Instant now = clock.instant();
        Map<TlsTarget, TlsInspection> items = new LinkedHashMap<>();
        try {
            TrustMaterial trust = TrustMaterial.load(tls.trustStore().map(basedir::resolve));
            try (TlsProbe probe = new TlsProbe(tls.timeout(), trust, clock, 8)) {
                items.putAll(probe.inspectAll(targets));
            }
        } catch (ProbeException e) {
            targets.forEach(t -> items.put(t, TlsInspection.failed(t, e)));
        }
        items.putAll(unresolved);
        return new TlsFacts(profile, now, items);
    }

    TlsSection tls() {
        return profile.tls().orElseThrow();
    }

    TlsInspection inspection(TlsTarget target) {
        return items.get(target);
    }

    /** The other addresses of the same endpoint. */
    List<TlsInspection> peers(TlsTarget target) {
        return items.values().stream().filter(i -> i.target().endpoint().equals(target.endpoint())
                && !i.target().equals(target)).toList();
    }

    /** max(now, T0): validity margins are counted from there. */
    Instant validFrom() {
        return profile.launch().notBefore(now);
    }

    /** Whether the margin counts from T0 (still ahead) or from now. */
    String validFromLabel() {
        return validFrom().equals(now) ? "now" : "T0";
    }

    /** The command that re-runs this area against this environment. */
    String rerun() {
        return Areas.rerun(profile.name(), Tags.TLS);
    }

    /** Nothing stays open: the probe's executor ends with the gathering. */
    @Override
    public void close() {
    }
}
