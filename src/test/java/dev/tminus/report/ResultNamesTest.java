package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultNamesTest {

    @Test
    void a_result_sits_under_its_area_section_and_check_in_words() {
        // GIVEN a DNS check of the class "DNS records" / WHEN its suite labels are made / THEN no Java name appears
        assertThat(ResultNames.suiteLabels("DNS warm-up", "DNS records", "DNS-02 every record resolves to exactly the planned set"))
                .extracting(io.qameta.allure.model.Label::getName, io.qameta.allure.model.Label::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parentSuite", "DNS warm-up"),
                        org.assertj.core.groups.Tuple.tuple("suite", "DNS records"),
                        org.assertj.core.groups.Tuple.tuple("subSuite", "DNS-02 every record resolves to exactly the planned set"),
                        org.assertj.core.groups.Tuple.tuple("feature", "DNS records"),
                        org.assertj.core.groups.Tuple.tuple("story", "DNS-02 every record resolves to exactly the planned set"));
    }

    @Test
    void a_check_class_without_a_display_name_sits_under_its_area() {
        assertThat(ResultNames.suiteLabels("Certificate renewal", "", "APP-01 our own check"))
                .extracting(io.qameta.allure.model.Label::getValue)
                .containsExactly("Certificate renewal", "Certificate renewal", "APP-01 our own check",
                        "Certificate renewal", "APP-01 our own check");
    }
}
