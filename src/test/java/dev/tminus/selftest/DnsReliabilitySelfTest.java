package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.sandbox.dns.DnsFaults;
import dev.tminus.selftest.ChecklistRun.Outcome;
import dev.tminus.selftest.ChecklistRun.Result;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resolver that cannot be asked makes its items COULD NOT CHECK (broken), never NOT READY
 * (failed) and never a hang; the other resolvers' items keep their own verdict.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class DnsReliabilitySelfTest {

    private final Sandbox sandbox;

    DnsReliabilitySelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    private static boolean onNs2(Result r) {
        return r.displayName().endsWith(" · ns2") || r.displayName().contains("ns1, ns2")
                || r.displayName().startsWith("DNS-07 ns2 ");
    }

    @Test
    void reports_a_resolver_that_never_answers_as_could_not_check() {
        // GIVEN ns2 reads every query and never answers / WHEN the DNS checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.DNS, Set.of(DnsFaults.SILENT_RESOLVER));

        // THEN nothing failed, every ns2 item is broken with the budget it waited, and edge still passes
        assertThat(run.with(Outcome.FAILED)).as(run.describe()).isEmpty();
        assertThat(run.all()).filteredOn(DnsReliabilitySelfTest::onNs2).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.BROKEN))
                .allSatisfy(r -> assertThat(r.message()).startsWith("No answer to ")
                        .contains(" on ns2 (127.0.0.2:15353)", " within 1s × 2 attempts."));
        assertThat(run.all()).filteredOn(r -> r.displayName().endsWith(" · edge"))
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.PASSED));
    }

    @Test
    void reports_a_resolver_on_a_closed_port_as_could_not_check() {
        // GIVEN the plan points ns2 at a port where nothing listens / WHEN the DNS checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.DNS, Set.of(DnsFaults.CLOSED_PORT));

        // THEN nothing failed and every ns2 item is broken, naming the address it tried
        assertThat(run.with(Outcome.FAILED)).as(run.describe()).isEmpty();
        assertThat(run.all()).filteredOn(DnsReliabilitySelfTest::onNs2).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.BROKEN))
                .allSatisfy(r -> assertThat(r.message()).contains("ns2 (127.0.0.2:" + DnsFaults.CLOSED + ")"));
    }

    @Test
    void reports_answers_cut_short_as_could_not_check() {
        // GIVEN ns2 loses the last bytes of every answer / WHEN the DNS checks run
        ChecklistRun.Results run = ChecklistRun.sandbox(sandbox, Tags.DNS, Set.of(DnsFaults.GARBLED_ANSWERS));

        // THEN nothing failed and every ns2 item is broken with a clear reason
        assertThat(run.with(Outcome.FAILED)).as(run.describe()).isEmpty();
        assertThat(run.all()).filteredOn(DnsReliabilitySelfTest::onNs2).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.BROKEN))
                .allSatisfy(r -> assertThat(r.message()).contains("not a complete DNS message (truncated or malformed)"));
    }
}
