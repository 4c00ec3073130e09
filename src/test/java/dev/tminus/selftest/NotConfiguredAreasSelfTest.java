package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tminus.checklist.CheckCatalogue;
import dev.tminus.checklist.Tags;
import dev.tminus.selftest.ChecklistRun.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An area the profile does not configure is skipped with a reason naming the missing key, never run. */
class NotConfiguredAreasSelfTest {

    @Test
    void skips_every_area_the_profile_does_not_configure_and_names_the_missing_section(@TempDir Path basedir)
            throws IOException {
        assumeThat(CheckCatalogue.classes()).as("check classes").isNotEmpty();
        // GIVEN a profile with a launch but no checklist section
        Files.createDirectories(basedir.resolve("environments"));
        Files.writeString(basedir.resolve("environments/bare.yaml"), """
                name: bare
                launch: {release: v1, phase: preheat}
                """);

        // WHEN the whole checklist runs against it
        ChecklistRun.Results run = ChecklistRun.run("dns|tls|db|silence|cache|gateway|golden-hour",
                Map.of("tminus.env", "bare", "tminus.basedir", basedir.toString()));

        // THEN every class is skipped, each naming the section it lacks
        assertThat(run.all()).as("results:%s", run.describe()).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
                    assertThat(r.message()).startsWith("not configured: environments/bare.yaml has no ")
                            .endsWith(" items");
                });
        for (String tag : CheckCatalogue.tags()) {
            assertThat(run.all()).extracting(ChecklistRun.Result::message)
                    .anySatisfy(m -> assertThat(m).contains("; add it to check the " + Tags.epic(tag) + " items"));
        }
    }
}
