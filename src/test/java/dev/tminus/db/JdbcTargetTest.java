package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcTargetTest {

    @Test
    void names_host_port_and_database_of_postgres_and_mariadb_urls() {
        assertThat(JdbcTarget.of("jdbc:postgresql://db.staging:5433/game?sslmode=require"))
                .isEqualTo(new JdbcTarget("db.staging", 5433, "game"));
        assertThat(JdbcTarget.of("jdbc:mariadb://10.0.0.7/match")).isEqualTo(new JdbcTarget("10.0.0.7", 3306, "match"));
        assertThat(JdbcTarget.of("jdbc:mysql://db:3307")).isEqualTo(new JdbcTarget("db", 3307, ""));
        assertThat(JdbcTarget.of("jdbc:postgresql://db")).isEqualTo(new JdbcTarget("db", 5432, ""));
    }

    @Test
    void keeps_ipv6_literals_and_names_the_first_of_several_hosts() {
        assertThat(JdbcTarget.of("jdbc:postgresql://[::1]:5432/game").address()).isEqualTo("[::1]:5432");
        assertThat(JdbcTarget.of("jdbc:postgresql://a:5432,b:5433/game")).isEqualTo(new JdbcTarget("a", 5432, "game"));
        assertThat(JdbcTarget.of("jdbc:mariadb:replication://r1:3306,r2/match").toString()).isEqualTo("r1:3306/match");
    }

    @Test
    void masks_credentials_written_into_a_url() {
        assertThat(JdbcTarget.maskedUrl("jdbc:postgresql://db:5432/game?user=app&password=hunter22&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/game?user=app&password=****&ssl=true");
        assertThat(JdbcTarget.maskedUrl("jdbc:mariadb://app:hunter22@db/match")).doesNotContain("hunter22");
        assertThat(JdbcTarget.of("jdbc:mariadb://app:hunter22@db:3306/match").toString()).isEqualTo("db:3306/match");
    }
}
