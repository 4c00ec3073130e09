package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.fixture.TestProfiles;
import dev.tminus.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Environment panel is written whole, replaced whole, and a folder that cannot take it only warns. */
class AllureEnvironmentTest {

    private static final String KEY = "allure.results.directory";
    private final String before = System.getProperty(KEY);
    private final Profile profile = TestProfiles.staging(Instant.parse("2026-12-01T10:00:00Z")).build();

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(KEY);
        } else {
            System.setProperty(KEY, before);
        }
    }

    @Test
    void writes_the_environment_and_the_categories_replacing_an_earlier_runs_files(@TempDir Path dir) throws Exception {
        // GIVEN a results folder that already holds an earlier run's files
        Files.writeString(dir.resolve("environment.properties"), "env=old\n");
        Files.writeString(dir.resolve("categories.json"), "[]");
        System.setProperty(KEY, dir.toString());

        // WHEN the environment is written
        Optional<String> warning = AllureEnvironment.write(profile, "1.0", "eu-west");

        // THEN both files are this run's, and no temporary file is left beside them
        assertThat(warning).isEmpty();
        assertThat(Files.readString(dir.resolve("environment.properties")))
                .contains("env=staging\n", "release=v1.2.0-3a7f1b2\n", "vantage=eu-west\n").doesNotContain("old");
        assertThat(Files.readString(dir.resolve("categories.json"))).contains("Not due yet");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("environment.properties", "categories.json");
        }
    }

    @Test
    void a_folder_that_cannot_be_made_is_one_warning_naming_it_and_the_reason_not_an_error(@TempDir Path dir) throws Exception {
        // GIVEN a results "folder" whose parent is a file, as a full or read-only disk would refuse it
        Path blocker = Files.writeString(dir.resolve("target"), "a file, not a folder");
        Path results = blocker.resolve("allure-results");
        System.setProperty(KEY, results.toString());

        // WHEN the environment is written
        Optional<String> warning = AllureEnvironment.write(profile, "1.0", "");

        // THEN the run is told what is missing, where, why, and that the checks still run
        assertThat(warning).hasValueSatisfying(w -> assertThat(w)
                .contains(results.toString(), "Exception", "the checks run all the same").doesNotContain("\n"));
    }
}
