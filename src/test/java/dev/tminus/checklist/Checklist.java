package dev.tminus.checklist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a check class of the checklist: display names from {@link dev.tminus.check.Check} (also
 * where {@code junit-platform.properties} is not read, as in a test kit run), the profile, waivers,
 * checks in the order of their ids ({@link CheckOrder}), report labels, plan mode and secret masking. Its area is its {@code @Tag}: a built-in one ({@link Tags}) or a team's own, e.g.
 * {@code @Checklist @Tag("app") @Epic("Matchmaking service") class AppChecks}, whose epic is its
 * {@code @Epic} (else the tag) and whose id prefix is that of its {@link dev.tminus.check.Check} ids.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@DisplayNameGeneration(CheckDisplayNames.class)
@TestMethodOrder(CheckOrder.class)
@ExtendWith(ProfileExtension.class)
@ExtendWith({WaiverExtension.class, ReportLabels.class, PlanMode.class})
@ExtendWith(SecretMasking.class)
public @interface Checklist {
}
