package dev.tminus.checklist.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.ServerFacts;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.ServerFacts.IdleTransaction;
import dev.tminus.db.ServerFacts.InUse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exact DB-07 and DB-09 texts for an account that cannot see every session: what was judged,
 * what was not visible, and the grant in the server's own syntax.
 */
class DbSessionMessagesTest {

    static ServerFacts withHidden(ServerFacts f, ServerFacts.Hidden hidden) {
        return new ServerFacts(f.product(), f.version(), f.account(), f.database(), f.superuser(), f.maxConnections(),
                f.reserved(), f.limits(), f.inUse(), f.idleLimits(), f.idleInTransactionLimit(), f.idleInTransaction(),
                Optional.of(hidden), f.readAt());
    }

    static final ServerFacts.Hidden POSTGRES_HIDDEN = new ServerFacts.Hidden(2, "whose state role launch_check can see",
            "the state of 3 sessions of other roles (game_app 2, postgres 1): role launch_check lacks pg_read_all_stats",
            "GRANT pg_monitor TO launch_check");

    @Test
    void not_visible_message_on_postgres_says_what_was_judged_what_not_and_the_grant() {
        // GIVEN a role without pg_read_all_stats: 2 sessions it can see, none stuck; 3 of other roles it cannot
        // WHEN the DB-07 could-not-check message is written
        String message = DbMessages.notVisible(DbMessagesTest.item(DbMessagesTest.playerDb(4)), POSTGRES_HIDDEN);

        // THEN it separates the judged sessions from the hidden ones and gives PostgreSQL's own GRANT
        assertThat(message).isEqualTo("""
                Cannot judge every session on the server of player-db (10.0.0.5:5432/game) for idle transactions:
                  judged       2 sessions whose state role launch_check can see: none idle in a transaction \
                longer than maxIdleInTransaction 30s
                  not visible  the state of 3 sessions of other roles (game_app 2, postgres 1): role launch_check \
                lacks pg_read_all_stats
                Grant the account read-only monitoring (GRANT pg_monitor TO launch_check), then re-run: \
                mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void not_visible_message_on_mariadb_gives_the_grant_with_user_and_host() {
        // GIVEN a MariaDB account without PROCESS: no session's transaction is visible, not even its own
        var hidden = new ServerFacts.Hidden(0, "", "whether any of the 7 sessions on the server (Threads_connected,"
                + " 2 of them its own) has a transaction open: information_schema.INNODB_TRX needs the PROCESS privilege",
                "GRANT PROCESS ON *.* TO 'launch_check'@'10.0.%'");

        // WHEN the DB-07 could-not-check message is written / THEN it says nothing was judged and why
        assertThat(DbMessages.notVisible(DbMessagesTest.item(DbMessagesTest.playerDb(4)), hidden)).isEqualTo("""
                Cannot judge every session on the server of player-db (10.0.0.5:5432/game) for idle transactions:
                  judged       none, for the reason below
                  not visible  whether any of the 7 sessions on the server (Threads_connected, 2 of them its own) \
                has a transaction open: information_schema.INNODB_TRX needs the PROCESS privilege
                Grant the account read-only monitoring (GRANT PROCESS ON *.* TO 'launch_check'@'10.0.%'), then re-run: \
                mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void stuck_session_message_also_names_what_could_not_be_judged() {
        // GIVEN the role's own session stuck for 95s while 3 sessions of other roles are not visible
        IdleTransaction stuck = new IdleTransaction("4242", "launch_check", "game", "10.0.3.7", Duration.ofSeconds(95));
        ServerFacts facts = withHidden(DbMessagesTest.postgres(60, new InUse(6, 2, 6), List.of(stuck), Optional.of(Duration.ofMinutes(5))),
                POSTGRES_HIDDEN);

        // WHEN the DB-07 NOT READY message is written / THEN it names the session and the part not judged
        assertThat(DbMessages.stuck(DbMessagesTest.item(DbMessagesTest.playerDb(4)), facts, List.of(stuck))).isEqualTo("""
                Expecting no session on the server of player-db (10.0.0.5:5432/game)
                  to sit idle in a transaction longer than maxIdleInTransaction 30s
                but 1 does:
                  session 4242 of launch_check on game from 10.0.3.7, idle in transaction for 1m35s
                Not judged: the state of 3 sessions of other roles (game_app 2, postgres 1): role launch_check \
                lacks pg_read_all_stats (GRANT pg_monitor TO launch_check).
                Find the client that leaves its transaction open (commit or roll back, or end the session), \
                then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }

    @Test
    void mariadb_without_any_idle_transaction_limit_is_told_which_setting_to_set() {
        // GIVEN MariaDB facts with neither idle_transaction_timeout nor wait_timeout ending idle transactions
        ServerFacts pg = DbMessagesTest.postgres(60, new InUse(3, 1, 3), List.of(), Optional.empty());
        ServerFacts facts = new ServerFacts("MariaDB", "10.11.6-MariaDB", "launch_check@%", "game", false, 151,
                List.of(), List.of(), pg.inUse(), List.of(),
                new IdleLimit("wait_timeout (GLOBAL; idle_transaction_timeout off)", Optional.empty()), List.of(),
                Optional.empty(), Instant.EPOCH);

        // WHEN the DB-09 message is written / THEN it names the settings MariaDB has
        assertThat(DbMessages.noIdleTransactionTimeout(DbMessagesTest.item(DbMessagesTest.playerDb(4)), facts)).isEqualTo("""
                Expecting MariaDB at player-db (10.0.0.5:5432/game) to end sessions left idle in a transaction
                  (idle_transaction_timeout, else wait_timeout)
                but neither ends them: wait_timeout (GLOBAL; idle_transaction_timeout off) disabled.
                Set it, e.g. SET GLOBAL idle_transaction_timeout = 60 (and in the server's configuration), \
                then re-run: mvn verify -Denv=staging -Dchecks=db""");
    }
}
