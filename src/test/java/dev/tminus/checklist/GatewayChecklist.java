package dev.tminus.checklist;

import io.qameta.allure.Epic;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/** Marks a check class of the {@value Tags#GATEWAY} area (its epic as in {@link dev.tminus.check.Areas}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Checklist
@Tag(Tags.GATEWAY)
@Epic("WebSocket gateway")
public @interface GatewayChecklist {
}
