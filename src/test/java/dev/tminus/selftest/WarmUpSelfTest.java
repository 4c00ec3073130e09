package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.checklist.Tags;
import dev.tminus.dns.warmup.PhaseStats;
import dev.tminus.dns.warmup.ResolverOutcome;
import dev.tminus.dns.warmup.WarmUp;
import dev.tminus.dns.warmup.WarmUpOptions;
import dev.tminus.dns.warmup.WarmUpResult;
import dev.tminus.profile.DnsSection;
import dev.tminus.profile.Profile;
import dev.tminus.profile.Resolver;
import dev.tminus.sandbox.Sandbox;
import dev.tminus.sandbox.dns.DnsFaults;
import dev.tminus.selftest.ChecklistRun.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make warm-up} against the sandbox: it fills the edge resolver's cold cache so DNS-08
 * turns green, and a resolver that never answers ends as could-not-check while edge still warms.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class WarmUpSelfTest {

    private final Sandbox sandbox;

    WarmUpSelfTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @TempDir
    Path reports;

    @AfterEach
    void healthy() {
        sandbox.applyFaults(Set.of());
    }

    private ChecklistRun.Results dns08() {
        return ChecklistRun.sandbox(sandbox, Tags.DNS, Set.of(DnsFaults.COLD_CACHE));
    }

    /** A cold edge again: the cold-cache fault applied afresh flushes the cache. */
    private void flushEdge() {
        sandbox.applyFaults(Set.of());
        sandbox.applyFaults(Set.of(DnsFaults.COLD_CACHE));
    }

    private WarmUpResult warmUp(Profile profile) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new WarmUp(profile, WarmUpOptions.parse(new String[] {"--env", "sandbox"}), reports,
                new PrintStream(out, true, StandardCharsets.UTF_8), Clock.systemUTC()).run();
    }

    @Test
    void warms_a_cold_recursive_resolver_so_dns08_turns_green() throws Exception {
        // GIVEN edge's cache is flushed and nothing warmed it: DNS-08 is red
        assertThat(dns08().of("DNS-08")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.FAILED));
        flushEdge();

        // WHEN the warm-up runs on a cold edge
        WarmUpResult result = warmUp(sandbox.profile());

        // THEN every first answer was a miss, every warm one a hit, nothing failed, and the table is written
        ResolverOutcome edge = result.resolvers().get(0);
        assertThat(edge.resolver().name()).isEqualTo("edge");
        PhaseStats before = PhaseStats.of(edge.cold(), result.referenceTtl());
        PhaseStats after = PhaseStats.of(edge.warm(), result.referenceTtl());
        assertThat(before.judged()).isGreaterThanOrEqualTo(5);
        assertThat(before.cached()).isZero();
        assertThat(after.cached()).isEqualTo(after.judged()).isEqualTo(before.judged());
        assertThat(after.failed()).isZero();
        assertThat(edge.unresolved()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(WarmUpResult.WARMED);
        assertThat(Files.readString(reports.resolve("warm-up.md")))
                .contains("| before (first answer) | ", " | 0 % (0/" + before.judged() + ") | ",
                        "| after (warm) | ", " | 100 % (" + after.judged() + "/" + after.judged() + ") | ");

        // AND DNS-08 is green for every record on edge
        assertThat(dns08().of("DNS-08")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.PASSED));
    }

    @Test
    void reports_a_resolver_that_never_answers_as_could_not_check_and_still_warms_the_others() throws Exception {
        // GIVEN a cold edge, and a second recursive resolver that reads queries and never answers
        dns08();
        flushEdge();
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Profile healthy = sandbox.profile();
            DnsSection dns = healthy.dns().orElseThrow();
            List<Resolver> resolvers = new ArrayList<>(dns.resolvers());
            resolvers.add(new Resolver("silent", "127.0.0.1", silent.getLocalPort(), Resolver.Role.RECURSIVE));
            Profile withSilent = healthy.toBuilder().dns(dns.toBuilder().resolvers(resolvers).build())
                    .owners(Map.of()).build();

            // WHEN the warm-up runs
            WarmUpResult result = warmUp(withSilent);

            // THEN silent could not be checked, with the budget it waited, and edge was warmed all the same
            ResolverOutcome edge = result.resolvers().get(0);
            ResolverOutcome dead = result.resolvers().get(1);
            assertThat(dead.couldNotCheck()).hasValueSatisfying(why -> assertThat(why)
                    .startsWith("No answer to ").contains(" on silent (127.0.0.1:" + silent.getLocalPort() + ")",
                            " within 1s × 2 attempts."));
            assertThat(dead.warm()).isEmpty();
            PhaseStats after = PhaseStats.of(edge.warm(), result.referenceTtl());
            assertThat(after.judged()).isGreaterThanOrEqualTo(5);
            assertThat(after.cached()).isEqualTo(after.judged());
            assertThat(result.exitCode()).isEqualTo(WarmUpResult.COULD_NOT_CHECK);
            assertThat(Files.readString(reports.resolve("warm-up.md")))
                    .contains("## silent (127.0.0.1:" + silent.getLocalPort() + ")\n\nCould not check: No answer to ",
                            "Nothing was warmed there; the other resolvers were.");
        }
    }
}
