package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.sandbox.tls.TlsFaults;
import dev.tminus.selftest.ChecklistRun.Outcome;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TLS checklist against the sandbox, beyond what the generic fault self-test demands. */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class TlsSandboxSelfTest {

    private final Sandbox sandbox;

    TlsSandboxSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void skips_stapling_with_its_reason_when_the_leaf_names_no_ocsp_responder() {
        // GIVEN the sandbox serving a leaf without an OCSP URL
        // WHEN the TLS checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.TLS, Set.of(TlsFaults.NO_OCSP_URL));

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
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.TLS, Set.of());

        // THEN every check is green, once per address, under its operator-readable name
        assertThat(run.with(Outcome.PASSED)).hasSize(36);
        assertThat(run.of("TLS-05")).extracting(ChecklistRun.Result::displayName).containsExactly(
                "TLS-05 gateway (gateway.game.tminus.test) · same certificate as the other addresses · 127.0.0.11",
                "TLS-05 gateway (gateway.game.tminus.test) · same certificate as the other addresses · 127.0.0.12",
                "TLS-05 gateway (gateway.game.tminus.test) · same certificate as the other addresses · 127.0.0.13");
    }

    @Test
    void says_once_per_address_that_a_resolved_address_has_no_tls_server() {
        // GIVEN the name still resolves to 127.0.0.13, where nothing listens
        // WHEN the TLS checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.TLS, Set.of(TlsFaults.NO_SERVER));

        // THEN TLS-01 says it in one line, every other check of that address points to it, and the run is not READY
        List<ChecklistRun.Result> at13 = run.all().stream().filter(r -> r.displayName().endsWith(" · 127.0.0.13")).toList();
        assertThat(at13).filteredOn(r -> r.checkId().equals("TLS-01")).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(r.message()).isEqualTo("No TLS server at 127.0.0.13:18443 (connection refused), yet "
                    + "gateway.game.tminus.test resolves to 127.0.0.13: remove 127.0.0.13 from the DNS records of "
                    + "gateway.game.tminus.test or start TLS there.\nThen re-run: mvn verify -Denv=sandbox -Dchecks=tls");
        });
        assertThat(at13).filteredOn(r -> !r.checkId().equals("TLS-01")).hasSize(11)
                .allSatisfy(r -> assertThat(r).extracting(ChecklistRun.Result::outcome, ChecklistRun.Result::message)
                        .containsExactly(Outcome.SKIPPED,
                                "not applicable: no TLS server at 127.0.0.13:18443 (connection refused); TLS-01 reports it"));
        assertThat(run.with(Outcome.BROKEN)).hasSize(1);
        assertThat(run.with(Outcome.FAILED)).isEmpty();
    }

    @Test
    void a_server_that_speaks_only_tls_1_0_and_1_1_is_refused_by_tls_01_and_caught_by_tls_06() {
        // GIVEN every address speaks only TLS 1.0 and 1.1
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.TLS, Set.of(TlsFaults.LEGACY_ONLY));

        // THEN both are NOT READY with what the server did, nothing is COULD NOT CHECK
        assertThat(run.of("TLS-06")).extracting(ChecklistRun.Result::outcome).containsOnly(Outcome.FAILED);
        assertThat(run.of("TLS-06").get(0).message()).isEqualTo("""
                Expecting gateway.game.tminus.test at 127.0.0.11:18443
                  to accept TLSv1.2 and refuse every protocol below it (tls.minProtocol)
                but it accepts TLSv1, TLSv1.1; refuses TLSv1.2 (ServerHello TLSv1, ServerHello TLSv1.1; TLSv1.2 offered: alert protocol_version).
                Enable TLSv1.2 and disable every protocol below it on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;), then re-run: mvn verify -Denv=sandbox -Dchecks=tls""");
        assertThat(run.of("TLS-01").get(0).message()).startsWith("""
                Expecting gateway.game.tminus.test at 127.0.0.11:18443
                  to complete a TLS handshake with a modern client (TLSv1.2 and TLSv1.3, the JDK's default cipher suites, SNI gateway.game.tminus.test)
                but the server refused it with a fatal alert: protocol_version.
                Offered one version at a time, it accepts: TLSv1, TLSv1.1 (TLS-06).""");
        assertThat(run.of("TLS-02")).extracting(ChecklistRun.Result::message).containsOnly(
                "not applicable: the server at 127.0.0.11:18443 refused the handshake (alert protocol_version); TLS-01 reports it",
                "not applicable: the server at 127.0.0.12:18443 refused the handshake (alert protocol_version); TLS-01 reports it",
                "not applicable: the server at 127.0.0.13:18443 refused the handshake (alert protocol_version); TLS-01 reports it");
        assertThat(run.with(Outcome.BROKEN)).isEmpty();
    }
}
