package dev.tminus.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A checklist item's stable id ({@code APP-01}) and its claim in words, declared once on the check
 * method. Managers quote the id and waivers name it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Check {
    String id();

    String claim();
}
