package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code make plan} contacts nothing and needs no secret: a missing variable is shown as unset. */
class PlanWithoutSecretsTest {

    @TempDir
    Path project;

    @Test
    void plans_every_item_of_a_profile_whose_secrets_are_not_set() throws Exception {
        // GIVEN a profile whose password and URL user-info variables are not in the environment
        Files.createDirectories(project.resolve("environments"));
        Files.writeString(project.resolve("environments/nosecrets.yaml"), """
                name: nosecrets
                launch: {release: v1.2.0-3a7f1b2, at: 2026-12-01T10:00:00Z, phase: preheat}
                databases:
                  - {name: player-db, url: 'jdbc:postgresql://db.staging.example.com:5432/game', username: u,
                     password: '${PLAN_UNSET_DB_PASSWORD}', pool: {maxSize: 5}}
                """);

        // WHEN planned
        List<Plan.Line> plan = Plan.of(selectClass("dev.tminus.checklist.db.DbChecks"), "db",
                Map.of(Profiles.ENV, "nosecrets", Profiles.BASEDIR, project.toString()));

        // THEN every item is listed, none is an error
        assertThat(plan).isNotEmpty().extracting(Plan.Line::kind).containsOnly(Plan.Kind.ITEM);
        assertThat(plan).extracting(Plan.Line::text).anyMatch(t -> t.startsWith("DB-01 player-db · "));
    }

    @Test
    void names_the_unset_variables_in_one_line() {
        assertThat(Plan.unsetLine(new java.util.TreeSet<>(Set.of("DB_PASSWORD", "AM_PW"))))
                .isEqualTo("T-Minus: unset (shown as unset-NAME; mvn verify needs them): AM_PW, DB_PASSWORD");
    }
}
