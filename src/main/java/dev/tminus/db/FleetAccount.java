package dev.tminus.db;

import dev.tminus.db.ServerFacts.Limit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The account the service fleet logs in with, when the profile names one apart from the checks' own
 * ({@code databases[].fleetUsername}): its connection limit and the connections it holds now are
 * what the fleet's pools count against (DB-02, DB-03), not those of the checks' account. Read with
 * the checks' account, which may not see everything: what it cannot see is named, with the grant
 * that shows it, and never taken for "no limit" or "no connections".
 *
 * @param name        the account as the profile names it
 * @param refused     why the fleet could not log in with it at all (no such account, a role without
 *                    LOGIN); empty when nothing the checks can see stops it
 * @param superuser   a PostgreSQL superuser (may use reserved slots, ignores role and database limits)
 * @param limit       its own connection limit in force; empty when it has none
 * @param limitUnseen why its limit could not be read, when it could not
 * @param inUse       its connections open now, when the checks' account can count them
 * @param inUseUnseen why they could not be counted, when they could not
 * @param idleSession       the server's limit on idle sessions as it applies to the fleet's sessions
 *                          (PostgreSQL {@code idle_session_timeout}: a setting of the fleet's role counts,
 *                          one of the checks' role does not); empty: as the checks' session sees it
 * @param idleInTransaction the same for {@code idle_in_transaction_session_timeout}
 */
public record FleetAccount(String name, Optional<String> refused, boolean superuser, Optional<Limit> limit,
                           Optional<Unseen> limitUnseen, OptionalInt inUse, Optional<Unseen> inUseUnseen,
                           Optional<Setting> idleSession, Optional<Setting> idleInTransaction) {

    /** An idle limit as it applies to the fleet's sessions, or why that cannot be told. */
    public record Setting(Optional<ServerFacts.IdleLimit> limit, Optional<Unseen> unseen) {

        static Setting of(ServerFacts.IdleLimit limit) {
            return new Setting(Optional.of(limit), Optional.empty());
        }

        static Setting unseen(Unseen why) {
            return new Setting(Optional.empty(), Optional.of(why));
        }

        /** The limit; COULD NOT CHECK when it cannot be told. */
        public ServerFacts.IdleLimit get() {
            return limit.orElseThrow(() -> new dev.tminus.ProbeException("Cannot tell which limit applies to the"
                    + " fleet's sessions: " + unseen.orElseThrow().what() + ".\n" + unseen.orElseThrow().grant() + "."));
        }
    }

    /** What the checks' account may not read, and the grant, in the server's syntax, that would show it. */
    public record Unseen(String what, String grant) {
    }

    /** An account the fleet cannot log in with: {@code why} names the account and the reason. */
    static FleetAccount refused(String name, String why) {
        return new FleetAccount(name, Optional.of(why), false, Optional.empty(), Optional.empty(), OptionalInt.of(0),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** For the report, beside the server facts. */
    public String describe() {
        StringBuilder out = new StringBuilder("fleet account ").append(name);
        if (refused.isPresent()) {
            return out.append(": ").append(refused.get()).append('\n').toString();
        }
        out.append(superuser ? " (superuser)" : "").append('\n');
        out.append("  limit: ").append(limitUnseen.map(u -> "not readable: " + u.what() + " (" + u.grant() + ")")
                .orElse(limit.map(Limit::label).orElse("none of its own"))).append('\n');
        out.append("  open now: ").append(inUse.isPresent() ? String.valueOf(inUse.getAsInt())
                : inUseUnseen.map(u -> "not visible: " + u.what() + " (" + u.grant() + ")").orElse("unknown")).append('\n');
        idleSession.ifPresent(s -> out.append("  idle sessions: ").append(describe(s)).append('\n'));
        idleInTransaction.ifPresent(s -> out.append("  idle in transaction: ").append(describe(s)).append('\n'));
        return out.toString();
    }

    private static String describe(Setting s) {
        return s.limit().map(ServerFacts.IdleLimit::describe).orElseGet(() -> "not known: " + s.unseen().orElseThrow().what());
    }
}
