package dev.tminus.selftest;

import dev.tminus.sandbox.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext.StoreScope;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a self-test the sandbox: one per launcher session, in JUnit's session store, so every
 * self-test class of a run shares one running sandbox (its loopback ports are fixed) and JUnit
 * closes it when the session ends. Resolves {@link Sandbox} parameters.
 */
public final class SandboxExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    /** The session's sandbox, created on first use. */
    public static Sandbox sandbox(ExtensionContext context) {
        return context.getStore(StoreScope.LAUNCHER_SESSION, NAMESPACE).getOrComputeIfAbsent(Sandbox.class,
                key -> new Sandbox(Path.of(System.getProperty("tminus.basedir", "."))), Sandbox.class);
    }
}
