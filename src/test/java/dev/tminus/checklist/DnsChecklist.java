package dev.tminus.checklist;

import io.qameta.allure.Epic;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks a check class of the {@value Tags#DNS} area: its tag, its Allure epic, the profile. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tags.DNS)
@Epic("DNS warm-up")
@ExtendWith(ProfileExtension.class)
@ExtendWith({WaiverExtension.class, ReportLabels.class, PlanMode.class})
@ExtendWith(SecretMasking.class)
public @interface DnsChecklist {
}
