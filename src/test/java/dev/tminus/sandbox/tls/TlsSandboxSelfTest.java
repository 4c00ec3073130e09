package dev.tminus.sandbox.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.ChecklistRun;
import dev.tminus.sandbox.ChecklistRun.Outcome;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The TLS checklist against the sandbox, beyond what the generic fault self-test demands. */
@Tag("sandbox")
class TlsSandboxSelfTest {

    @Test
    void skips_stapling_with_its_reason_when_the_leaf_names_no_ocsp_responder() {
        // GIVEN the sandbox serving a leaf without an OCSP URL
        // WHEN the TLS checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(Tags.TLS, Set.of(TlsFaults.NO_OCSP_URL));

        // THEN TLS-07 is not applicable on every address, and nothing is red
        assertThat(run.of("TLS-07")).extracting(ChecklistRun.Result::outcome, ChecklistRun.Result::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.SKIPPED,
                                "not applicable: the certificate served at 127.0.0.11:18443 has no OCSP responder URL"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.SKIPPED,
                                "not applicable: the certificate served at 127.0.0.12:18443 has no OCSP responder URL"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.SKIPPED,
                                "not applicable: the certificate served at 127.0.0.13:18443 has no OCSP responder URL"));
        assertThat(run.with(Outcome.FAILED)).isEmpty();
        assertThat(run.with(Outcome.BROKEN)).isEmpty();
    }

    @Test
    void names_every_item_by_endpoint_claim_and_address() {
        // GIVEN the healthy sandbox
        ChecklistRun.Results run = ChecklistRun.sandbox(Tags.TLS, Set.of());

        // THEN every check is green, once per address, under its operator-readable name
        assertThat(run.with(Outcome.PASSED)).hasSize(36);
        assertThat(run.of("TLS-05")).extracting(ChecklistRun.Result::displayName).containsExactly(
                "TLS-05 gateway (gateway.game.tminus.test) · same certificate as the other addresses · 127.0.0.11",
                "TLS-05 gateway (gateway.game.tminus.test) · same certificate as the other addresses · 127.0.0.12",
                "TLS-05 gateway (gateway.game.tminus.test) · same certificate as the other addresses · 127.0.0.13");
    }
}
