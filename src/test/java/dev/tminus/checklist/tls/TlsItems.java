package dev.tminus.checklist.tls;

import dev.tminus.check.Check;
import dev.tminus.checklist.CheckItems;
import dev.tminus.checklist.Items;
import dev.tminus.checklist.Profiles;
import dev.tminus.profile.Endpoint;
import dev.tminus.profile.TlsSection;
import dev.tminus.tls.AddressResolver;
import dev.tminus.tls.TlsTarget;
import java.util.Optional;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The items of a TLS check: every endpoint × address, named
 * {@code TLS-05 gateway (gateway.game.example.com) · same certificate as the other addresses · 10.0.0.12}.
 * Also hands the gathered {@link TlsFacts} to check methods.
 */
public final class TlsItems extends CheckItems implements ParameterResolver {

    @Override
    protected Stream<? extends Arguments> items(ExtensionContext context) {
        if (Profiles.isPlan(context)) { // make plan: no DNS query, no handshake
            return planned(context);
        }
        TlsFacts facts = TlsFacts.of(context);
        if (facts.tls().endpoints().isEmpty()) {
            Assumptions.abort("not configured: tls.endpoints is empty");
        }
        Method method = context.getRequiredTestMethod();
        String id = method.getAnnotation(Check.class).id();
        String claim = method.getAnnotation(Check.class).claim();
        return facts.items().keySet().stream().map(t -> Arguments.of(Named.of(name(id, claim, t), t)));
    }

    /** The items as a plan lists them: {@code addresses: all} needs DNS, so it is one unresolved item. */
    private static Stream<Arguments> planned(ExtensionContext context) {
        TlsSection tls = Profiles.of(context).tls().orElseThrow();
        Method method = context.getRequiredTestMethod();
        String id = method.getAnnotation(Check.class).id();
        String claim = method.getAnnotation(Check.class).claim();
        AddressResolver offline = new AddressResolver(Optional.empty(), tls.timeout());
        return tls.endpoints().stream().flatMap(e -> e.addresses() instanceof Endpoint.Addresses.All
                        ? Stream.of(new TlsTarget(e, TlsFacts.UNRESOLVED)) : offline.targets(e).stream())
                .map(t -> Arguments.of(Named.of(name(id, claim, t), t)));
    }

    static String name(String id, String claim, TlsTarget target) {
        return Items.name(id, target.endpoint().label(), claim, target.address());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return TlsFacts.EXTENSION.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return TlsFacts.EXTENSION.resolveParameter(parameter, context);
    }
}
