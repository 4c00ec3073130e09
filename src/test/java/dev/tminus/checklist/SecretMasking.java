package dev.tminus.checklist;

import dev.tminus.report.MaskedThrowables;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Registered on every checklist class (by its area annotation): whatever a check or its lifecycle
 * methods throw leaves the check with every secret masked ({@link MaskedThrowables}), so no result,
 * JUnit XML, Allure result or console line carries one. The outcome is kept: an AssertionError stays
 * an assertion (NOT READY), anything else stays broken (COULD NOT CHECK), a skip stays a skip.
 */
public class SecretMasking implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw MaskedThrowables.of(throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw MaskedThrowables.of(throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw MaskedThrowables.of(throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw MaskedThrowables.of(throwable);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw MaskedThrowables.of(throwable);
    }
}
