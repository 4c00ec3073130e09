package dev.tminus.profile;

import static dev.tminus.profile.ProfileFiles.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys a {@code caches} entry adds to the contract: role, replicas, attempts, with their defaults and problems. */
class CacheProfileTest {

    private static final String F = "environments/staging.yaml: ";

    @TempDir
    Path dir;

    @Test
    void a_cache_is_a_primary_without_replicas_tried_twice_unless_the_profile_says_otherwise() {
        Profile profile = new ProfileFiles(dir).write("staging", HEADER + """
                caches:
                  - {name: matcher, url: redis://redis.staging:6379/0}
                  - {name: matcher-replica, url: rediss://replica.staging:6380/0, role: replica, attempts: 3}
                  - {name: sessions, url: redis://sessions.staging/0, role: primary, replicas: 2, attempts: 1}
                """).load("staging");

        assertThat(profile.caches()).extracting(Cache::role, Cache::replicas, Cache::attempts).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Cache.Role.PRIMARY, 0, 2),
                org.assertj.core.groups.Tuple.tuple(Cache.Role.REPLICA, 0, 3),
                org.assertj.core.groups.Tuple.tuple(Cache.Role.PRIMARY, 2, 1));
    }

    @Test
    void a_role_replicas_or_attempts_that_does_not_fit_is_named_with_its_key_path() {
        var problems = new ProfileFiles(dir).write("staging", HEADER + """
                caches:
                  - {name: a, url: redis://a.staging:6379/0, role: master}
                  - {name: b, url: redis://b.staging:6379/0, role: replica, replicas: 1}
                  - {name: c, url: redis://c.staging:6379/0, attempts: 0, replicas: many}
                """).problems("staging");

        assertThat(problems).containsExactly(
                F + "caches[0].role: expected one of [primary, replica], got \"master\"",
                F + "caches[1].replicas: expected replicas only on a role: primary (a replica's own replicas are not"
                        + " checked), got 1 on a role: replica",
                F + "caches[2].replicas: expected a whole number from 0 to 100, got \"many\"",
                F + "caches[2].attempts: expected a whole number from 1 to 10, got 0");
    }
}
