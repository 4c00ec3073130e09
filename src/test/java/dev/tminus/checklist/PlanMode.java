package dev.tminus.checklist;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * {@code make plan}: with the configuration parameter {@code tminus.plan=true} no check body and no
 * lifecycle method runs, so nothing touches the network; the items (display names computed from the
 * profile) are still listed. Without it, it does nothing.
 */
public class PlanMode implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        proceedUnlessPlan(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        proceedUnlessPlan(invocation, context);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable {
        proceedUnlessPlan(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                          ExtensionContext context) throws Throwable {
        proceedUnlessPlan(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable {
        proceedUnlessPlan(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                        ExtensionContext context) throws Throwable {
        proceedUnlessPlan(invocation, context);
    }

    private static void proceedUnlessPlan(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        if (Profiles.isPlan(context)) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }
}
