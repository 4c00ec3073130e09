package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: parents merged underneath (maps merge, lists replace), across several levels. */
class ExtendsMergeTest {

    private static final String BASE = """
            name: base
            launch:
              release: v1.0.0-base
              phase: preheat
            dns:
              timeout: 3s
              attempts: 3
              ttl: {preheat: 600s, scale-out: 120s}
              resolvers:
                - {name: ns1, address: 10.0.0.53, role: authoritative}
                - {name: ns2, address: 10.0.0.54, role: authoritative}
              records:
                - {name: login.game.example.com., type: A, expect: [192.0.2.1]}
            """;

    @TempDir
    Path dir;

    @Test
    void merges_maps_key_by_key_and_replaces_lists() {
        // GIVEN staging overriding one TTL, the timeout and the resolver list of base
        ProfileFiles files = new ProfileFiles(dir).write("base", BASE).write("staging", """
                name: staging
                extends: base
                launch: {release: v1.2.0-3a7f1b2}
                dns:
                  timeout: 1s
                  ttl: {scale-out: 60s}
                  resolvers:
                    - {name: office, address: 10.0.0.2}
                """);

        // WHEN loaded
        Profile profile = files.load("staging");

        // THEN maps merged key by key, lists replaced whole
        DnsSection dns = profile.dns().orElseThrow();
        assertThat(profile.name()).isEqualTo("staging");
        assertThat(profile.launch().release()).isEqualTo("v1.2.0-3a7f1b2");
        assertThat(profile.launch().phase()).isEqualTo(Phase.PREHEAT);
        assertThat(dns.timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(dns.attempts()).isEqualTo(3);
        assertThat(dns.ttl().get(Phase.PREHEAT)).isEqualTo(Duration.ofSeconds(600));
        assertThat(dns.ttl().get(Phase.SCALE_OUT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(dns.resolvers()).extracting(Resolver::name).containsExactly("office");
        assertThat(dns.records()).extracting(DnsRecord::name).containsExactly("login.game.example.com.");
    }

    @Test
    void merges_several_levels_nearest_wins() {
        // GIVEN staging → eu → base, each overriding something
        ProfileFiles files = new ProfileFiles(dir).write("base", BASE)
                .write("eu", "name: eu\nextends: base\ndns: {attempts: 4, timeout: 4s}\n")
                .write("staging", "name: staging\nextends: eu\ndns: {timeout: 1s}\n");

        // WHEN loaded
        DnsSection dns = files.load("staging").dns().orElseThrow();

        // THEN the nearest file wins per key
        assertThat(dns.timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(dns.attempts()).isEqualTo(4);
        assertThat(dns.ttl().get(Phase.PREHEAT)).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void reports_a_cycle_with_its_chain() {
        // GIVEN a → b → a
        ProfileFiles files = new ProfileFiles(dir)
                .write("a", "name: a\nextends: b\n").write("b", "name: b\nextends: a\n");

        // WHEN / THEN
        assertThat(files.problems("a")).containsExactly(
                "environments/b.yaml: extends: expected a chain of parents that ends, got the cycle a → b → a");
    }

    @Test
    void reports_a_profile_extending_itself() {
        ProfileFiles files = new ProfileFiles(dir).write("staging", "name: staging\nextends: staging\n");

        assertThat(files.problems("staging")).containsExactly("environments/staging.yaml: extends: expected a chain"
                + " of parents that ends, got the cycle staging → staging");
    }

    @Test
    void reports_a_missing_parent_with_the_profiles_that_exist() {
        ProfileFiles files = new ProfileFiles(dir).write("staging", "name: staging\nextends: bsae\n")
                .write("prod", "name: prod\n");

        assertThat(files.problems("staging")).containsExactly("environments/staging.yaml: extends: expected an"
                + " existing profile, got \"bsae\" (no environments/bsae.yaml; available: prod, staging)");
    }

    @Test
    void reports_an_extends_that_is_not_a_profile_name() {
        ProfileFiles files = new ProfileFiles(dir).write("staging", "name: staging\nextends: ../../etc/passwd\n");

        assertThat(files.problems("staging")).containsExactly("environments/staging.yaml: extends: expected the"
                + " name of another profile like base, got \"../../etc/passwd\"");
    }

    @Test
    void names_the_parent_file_for_a_problem_written_in_the_parent() {
        // GIVEN a bad value and a wrong name in base, a bad value in staging
        ProfileFiles files = new ProfileFiles(dir)
                .write("base", BASE.replace("name: base", "name: bsae").replace("attempts: 3", "attempts: three"))
                .write("staging", "name: staging\nextends: base\ndns: {timeout: 0s}\n");

        // WHEN / THEN each line names the file the value is written in
        assertThat(files.problems("staging")).containsExactly(
                "environments/base.yaml: name: expected \"base\" (the file name), got \"bsae\"",
                "environments/staging.yaml: dns.timeout: expected a duration from 1ms to 1m, got 0s",
                "environments/base.yaml: dns.attempts: expected a whole number from 1 to 10, got \"three\"");
    }

    @Test
    void does_not_inherit_the_name_of_the_parent() {
        // GIVEN staging without a name of its own
        ProfileFiles files = new ProfileFiles(dir).write("base", BASE).write("staging", "extends: base\n");

        // WHEN / THEN the missing name is staging's problem
        assertThat(files.problems("staging")).isEqualTo(List.of("environments/staging.yaml: name: expected the"
                + " profile's name, equal to the file name, got nothing"));
    }
}
