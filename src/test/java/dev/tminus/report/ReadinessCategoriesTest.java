package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Allure's categories.json files each skip under exactly one kind, the same as the readiness summary. */
class ReadinessCategoriesTest {

    /** The categories a result falls into, as Allure 2 decides: status listed, and the regex matching the whole message. */
    private static List<String> categoriesOf(String status, String message) throws Exception {
        JsonNode categories;
        try (InputStream in = AllureEnvironment.class.getResourceAsStream("categories.json")) {
            categories = new ObjectMapper().readTree(in);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode c : categories) {
            boolean listed = false;
            for (JsonNode s : c.path("matchedStatuses")) {
                listed |= s.asText().equals(status);
            }
            String regex = c.path("messageRegex").asText("");
            if (listed && (regex.isEmpty() || Pattern.compile(regex).matcher(message).matches())) {
                names.add(c.path("name").asText());
            }
        }
        return names;
    }

    @Test
    void each_kind_of_skip_is_one_category_of_its_own_with_or_without_junits_prefix() throws Exception {
        assertThat(categoriesOf("skipped", "not due yet: the golden hour starts at 2026-12-01T10:00:00Z, in 2h"))
                .containsExactly("Not due yet");
        assertThat(categoriesOf("skipped", "Assumption failed: not due yet: the planned silence window ends at X"))
                .containsExactly("Not due yet");
        assertThat(categoriesOf("skipped", "not required: tls.endpoints[gateway].ocspStapling is optional"))
                .containsExactly("Not required");
        assertThat(categoriesOf("skipped", "not applicable: no other address of gateway answers"))
                .containsExactly("Not applicable");
        assertThat(categoriesOf("skipped", "not configured: databases is empty\nsecond line")).containsExactly("Not configured");
        assertThat(categoriesOf("skipped", "waived until 2026-12-31: CA dropped OCSP\nThe failure it covers:\n..."))
                .containsExactly("Waived");
        assertThat(categoriesOf("skipped", "Assumption failed: assumption is not true")).containsExactly("Not applicable");
        assertThat(categoriesOf("failed", "Expecting x\nbut y")).containsExactly("Not ready");
        assertThat(categoriesOf("broken", "timeout")).containsExactly("Could not check");
    }

    @Test
    void the_readiness_summary_reads_the_same_kinds() {
        assertThat(Outcome.ofAllure("skipped", "Assumption failed: not due yet: x")).isEqualTo(Outcome.NOT_DUE_YET);
        assertThat(Outcome.ofAllure("skipped", "not required: x")).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(Outcome.ofAllure("skipped", "not applicable: x")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Outcome.ofAllure("skipped", "not configured: x")).isEqualTo(Outcome.NOT_CONFIGURED);
        assertThat(Outcome.ofAllure("skipped", "waived until 2026-12-31: x")).isEqualTo(Outcome.WAIVED);
        assertThat(Outcome.ofAllure("skipped", "disabled for the migration")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Outcome.NOT_DUE_YET.reason("the golden hour starts at 10:00")).isEqualTo("not due yet: the golden hour starts at 10:00");
    }

    @Test
    void a_tls_check_of_an_address_that_refused_is_counted_and_labelled_not_applicable() throws Exception {
        // GIVEN the reason a TLS check skips with when the handshake was refused (TLS-01 reports the refusal)
        String reason = "not applicable: the server at 127.0.0.11:18443 refused the handshake (alert protocol_version); TLS-01 reports it";
        // WHEN the report reads it THEN it is not applicable, in the summary and in Allure's categories
        assertThat(Outcome.ofAllure("skipped", reason)).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(categoriesOf("skipped", reason)).containsExactly("Not applicable");
    }
}
