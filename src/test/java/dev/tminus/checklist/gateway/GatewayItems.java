package dev.tminus.checklist.gateway;

import dev.tminus.check.Check;
import dev.tminus.checklist.CheckItems;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.gateway.GatewayTarget;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.Gateway;
import dev.tminus.profile.Profile;
import dev.tminus.report.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The items of a gateway check: every gateway × address, named
 * {@code GW-02 gateway (gateway.game.example.com) · answers a ping within 1s · 10.0.0.12}.
 * Also hands the gathered {@link GatewayFacts} to check methods.
 */
public final class GatewayItems extends CheckItems implements ParameterResolver {

    @Override
    protected Stream<? extends Arguments> items(ExtensionContext context) {
        Profile profile = Profiles.of(context);
        if (profile.gateways().isEmpty()) {
            Assumptions.abort(Outcome.NOT_CONFIGURED.reason("gateways is empty"));
        }
        String id = context.getRequiredTestMethod().getAnnotation(Check.class).id();
        if (Profiles.isPlan(context)) { // make plan: no DNS query, no connection
            return profile.gateways().stream().flatMap(g -> g.addresses() instanceof Endpoint.Addresses.Listed listed
                            ? listed.addresses().stream().map(a -> new GatewayTarget(g, dev.tminus.Addresses.text(a)))
                            : Stream.of(new GatewayTarget(g, g.addresses() instanceof Endpoint.Addresses.Host ? g.host()
                            : GatewayFacts.UNRESOLVED)))
                    .map(t -> Arguments.of(Named.of(name(id, t), t)));
        }
        return GatewayFacts.of(context).items().keySet().stream().map(t -> Arguments.of(Named.of(name(id, t), t)));
    }

    static String name(String id, GatewayTarget target) {
        return Items.name(id, target.gateway().label(), claim(id, target.gateway()), target.address());
    }

    static String claim(String id, Gateway gateway) {
        return switch (id) {
            case "GW-01" -> "upgrades to WebSocket" + gateway.subprotocol().map(p -> " with subprotocol " + p).orElse("");
            case "GW-02" -> "answers a ping within " + Durations.format(gateway.pingWithin());
            case "GW-03" -> gateway.heartbeat().map(h -> "answers the heartbeat within " + Durations.format(h.within()))
                    .orElse("answers the heartbeat");
            case "GW-04" -> gateway.holdFor().map(d -> "holds the connection for " + Durations.format(d))
                    .orElse("holds the connection");
            case "GW-05" -> "answers like the other addresses";
            default -> throw new IllegalArgumentException("no claim for " + id);
        };
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return GatewayFacts.EXTENSION.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return GatewayFacts.EXTENSION.resolveParameter(parameter, context);
    }
}
