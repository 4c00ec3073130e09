package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.model.Parameter;
import org.junit.jupiter.api.Test;

class ResultNamesTest {

    @Test
    void reads_item_and_place_from_a_display_name() {
        assertThat(ResultNames.parametersOf("TLS-05 gateway (gateway.game.example.com) · same certificate as the"
                + " other addresses · 10.0.0.12"))
                .extracting(Parameter::getName, Parameter::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item", "gateway (gateway.game.example.com)"),
                        org.assertj.core.groups.Tuple.tuple("where", "10.0.0.12"));
    }

    @Test
    void a_name_without_a_place_gives_only_the_item_and_a_plain_name_gives_nothing() {
        assertThat(ResultNames.parametersOf("DNS-05 game.example.com. · SOA serial agrees"))
                .extracting(Parameter::getValue).containsExactly("game.example.com.");
        assertThat(ResultNames.parametersOf("DNS-01 every record resolves on every resolver")).isEmpty();
    }

    @Test
    void a_result_sits_under_its_area_section_and_check_in_words() {
        // GIVEN a DNS check of the class "DNS records" / WHEN its suite labels are made / THEN no Java name appears
        assertThat(ResultNames.suiteLabels("dns", "DNS records", "DNS-02 every record resolves to exactly the planned set"))
                .extracting(io.qameta.allure.model.Label::getName, io.qameta.allure.model.Label::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parentSuite", "DNS warm-up"),
                        org.assertj.core.groups.Tuple.tuple("suite", "DNS records"),
                        org.assertj.core.groups.Tuple.tuple("subSuite", "DNS-02 every record resolves to exactly the planned set"),
                        org.assertj.core.groups.Tuple.tuple("feature", "DNS records"),
                        org.assertj.core.groups.Tuple.tuple("story", "DNS-02 every record resolves to exactly the planned set"));
    }

    @Test
    void a_check_class_without_a_display_name_sits_under_its_area() {
        assertThat(ResultNames.suiteLabels("tls", "", "APP-01 our own check"))
                .extracting(io.qameta.allure.model.Label::getValue)
                .containsExactly("Certificate renewal", "Certificate renewal", "APP-01 our own check",
                        "Certificate renewal", "APP-01 our own check");
    }
}
