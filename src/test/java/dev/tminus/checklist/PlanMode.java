package dev.tminus.checklist;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.engine.UniqueId;

/**
 * {@code make plan}: with the configuration parameter {@code tminus.plan=true} every check and every
 * item of a parameterized check is skipped as {@value #PLANNED} before its parameters are resolved
 * (so no fact is gathered), and no {@code @BeforeAll}/{@code @BeforeEach}/{@code @After…} method
 * runs, so nothing touches the network; the items (display names computed from the profile) are
 * still listed. Without it, it does nothing. An area's own extension that gathers facts in a
 * {@code BeforeAllCallback} must ask {@link Profiles#isPlan} itself.
 */
public class PlanMode implements ExecutionCondition, InvocationInterceptor {

    /** The skip reason of a planned item. */
    public static final String PLANNED = "planned";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Profiles.isPlan(context)) {
            return ConditionEvaluationResult.enabled("not a plan");
        }
        UniqueId.Segment last = UniqueId.parse(context.getUniqueId()).getLastSegment();
        boolean item = last.getType().equals("method") || last.getType().equals("test-template-invocation");
        return item ? ConditionEvaluationResult.disabled(PLANNED) : ConditionEvaluationResult.enabled("a container of items");
    }

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
