package dev.tminus.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A checklist item, declared once: its stable id ({@code DNS-03}; managers quote it, waivers name
 * it, the coverage meta-test demands a sandbox fault that turns it red) and its claim, the
 * checklist sentence (an item and a place only when the check has no items of its own, see
 * {@link #item}). The check's display name ({@code DNS-03 every TTL fits the launch phase
 * policy}), its Allure labels, its plan line and its readiness row all come from these two.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Check {

    /** The id: an upper-case prefix of its area, a dash, two digits ({@code TLS-07}, {@code APP-01}). */
    String id();

    /** The claim, as the checklist says it ({@code OCSP staple good and fresh}). */
    String claim();

    /**
     * For a check of one thing in one place (no items of its own): the thing
     * ({@code release silences}); its display name is then {@code SIL-04 release silences · name the
     * release and an author · alertmanager}.
     */
    String item() default "";

    /** For a check of one thing in one place: the place ({@code alertmanager}). */
    String where() default "";
}
