package dev.tminus.checklist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a team's own check class: the profile, waivers, report labels, plan mode and secret masking
 * of T-Minus's own areas. The class adds its own {@code @Tag} and {@code @Epic}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ProfileExtension.class)
@ExtendWith({WaiverExtension.class, ReportLabels.class, PlanMode.class})
@ExtendWith(SecretMasking.class)
public @interface Checklist {
}
