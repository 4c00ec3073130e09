package dev.tminus.checklist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable id of a checklist item ({@code DNS-03}). Managers quote it, waivers name it, and the
 * coverage meta-test demands a sandbox fault that turns it red.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Check {
    String value();
}
