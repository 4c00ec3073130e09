package dev.tminus.checklist.db;

import dev.tminus.db.BurstResult;
import dev.tminus.db.Login;
import dev.tminus.db.PoolSettings;
import dev.tminus.db.ReturnResult;
import dev.tminus.db.RoundTrips;
import dev.tminus.db.ServerFacts;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.ServerFacts.IdleTransaction;
import dev.tminus.db.SlotBudget;
import dev.tminus.db.SlotBudget.Headroom;
import dev.tminus.profile.Database;
import dev.tminus.profile.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static dev.tminus.db.Percentiles.millis;

/** The NOT READY messages of the db checks: expected, found, where, what to do, how to re-run. */
final class DbMessages {

    private DbMessages() {
    }

    static String slowLogin(DbItem item, Login login) {
        return "Expecting a login to " + item.where() + " as " + item.db().username() + "\n"
                + "  within connectionTimeout " + Durations.format(login.settings().connectionTimeout()) + "\n"
                + "but it took " + millis(login.took()) + ".\n"
                + "Check the network path and the server's authentication load, then re-run: " + item.rerun();
    }

    static String refusedLogin(DbItem item, dev.tminus.ProbeException refusal) {
        return "Expecting a login to " + item.where() + " as " + item.db().username() + "\n"
                + "  to be accepted\n"
                + "but the server refused it. " + refusal.getMessage();
    }

    static String capacity(DbItem item, SlotBudget budget) {
        int planned = SlotBudget.planned(item.db());
        return "Expecting the planned connections to " + item.where() + "\n"
                + "  to fit the slots account " + budget.account() + " can get:\n"
                + "  planned " + SlotBudget.plannedArithmetic(item.db()) + "\n"
                + "  slots   " + budget.slotsArithmetic() + "\n"
                + "but the plan needs " + (planned - budget.slots()) + " more than that.\n"
                + "Raise the lowest limit (" + budget.binding().label() + ") or plan fewer connections (pool.maxSize, pool.instances,"
                + " otherClients), then re-run: " + item.rerun() + otherAccount(item, budget.binding());
    }

    static String headroom(DbItem item, SlotBudget budget, Headroom tightest) {
        Database.Pool pool = item.db().pool();
        String whose = switch (tightest.ceiling().scope()) {
            case SERVER -> "on the server";
            case ACCOUNT -> budget.fleet().map(f -> "of the fleet's account " + f.name()).orElse("of this account");
            case DATABASE -> "on this database";
        };
        String limit = switch (tightest.ceiling().scope()) {
            case SERVER -> "the server's usable slots: ";
            case ACCOUNT -> "the account's limit: ";
            case DATABASE -> "the database's limit: ";
        };
        return "Expecting room on " + item.where() + " for the fleet's pools next to the connections open now:\n"
                + "  open now " + tightest.inUse() + " connections " + whose + " (not counting this check's own)\n"
                + "  fleet    " + pool.instances() + " instances × " + pool.maxSize() + " maxSize = " + tightest.fleet() + "\n"
                + "  needed   " + tightest.inUse() + " + " + tightest.fleet() + " = " + tightest.needed() + "\n"
                + "  limits   " + budget.slotsArithmetic() + "\n"
                + "but that is " + (-tightest.spare()) + " more than " + limit + tightest.ceiling().label() + ".\n"
                + "Find who holds these connections (pg_stat_activity, SHOW PROCESSLIST) or raise the limit,"
                + " then re-run: " + item.rerun() + otherAccount(item, tightest.ceiling());
    }

    /** When the checks' own account limit binds: the fleet may log in with another account, whose limit counts. */
    private static String otherAccount(DbItem item, SlotBudget.Ceiling binding) {
        if (binding.scope() != ServerFacts.Scope.ACCOUNT || item.db().fleetUsername().isPresent()) {
            return "";
        }
        return "\nIf the fleet logs in with another account than " + item.db().username() + ", name it in"
                + " databases[].fleetUsername: that account's limit is the one its pools count against.";
    }

    static String burst(DbItem item, BurstResult burst, String limits) {
        String found;
        if (burst.granted() < burst.requested()) {
            Map<String, Long> reasons = burst.refusals().stream()
                    .collect(Collectors.groupingBy(BurstResult.Refusal::serverSaid, TreeMap::new, Collectors.counting()));
            found = (burst.requested() - burst.granted()) + " of " + burst.requested() + " were not granted:\n"
                    + reasons.entrySet().stream().map(e -> "  " + e.getValue() + " × " + e.getKey())
                    .collect(Collectors.joining("\n"));
        } else {
            found = "the slowest took " + millis(burst.slowest()) + " (p50 " + millis(burst.p50()) + ", p99 "
                    + millis(burst.p99()) + ")";
        }
        return "Expecting " + burst.requested() + " connections to " + item.where() + " at once, each through its own HikariCP pool,\n"
                + "  each within connectionTimeout " + Durations.format(burst.connectionTimeout()) + "\n"
                + "but " + found + ".\n"
                + (limits.isEmpty() ? "" : "Limits in force: " + limits + ".\n")
                + "Raise the limit the server names, or find what holds the slots, then re-run: " + item.rerun();
    }

    static String notReturned(DbItem item, int requested, ReturnResult r) {
        String found = r.poolAfterReturn().active() > 0
                ? "the pool still counts " + r.poolAfterReturn().active() + " active " + r.poolAfterReturn()
                : "on the server they did not go back: " + r.after() + " after the pool closed (waited "
                + millis(r.waited()) + "), " + r.baseline() + " before the burst, " + r.peak() + " during it";
        return "Expecting the burst's " + requested + " connections to " + item.where() + " to go back:\n"
                + "  in the pool    active 0 once every borrower closed its connection\n"
                + "  on the server  the account's connections back to " + r.baseline() + ", as before the burst\n"
                + "but " + found + ".\n"
                + "Something on the path keeps connections (a pooling or sharding proxy, a leaking client);"
                + " check its pool settings, then re-run: " + item.rerun();
    }

    static String lifetime(DbItem item, PoolSettings settings, Duration margin, List<IdleLimit> limits,
                           IdleLimit first) {
        Duration below = first.value().orElseThrow().minus(margin);
        return "Expecting maxLifetime " + Durations.format(settings.maxLifetime()) + " of " + item.where()
                + " to end connections\n"
                + "  at least " + Durations.format(margin) + " before every idle limit on the path:\n"
                + limits.stream().map(l -> "  " + l.describe()).collect(Collectors.joining("\n")) + "\n"
                + "but " + first.describe() + " ends idle connections first.\n"
                + "Set pool.maxLifetime to " + Durations.format(below) + " or less, or raise that limit, then re-run: "
                + item.rerun();
    }

    static String stuck(DbItem item, ServerFacts facts, List<IdleTransaction> over) {
        return "Expecting no session on the server of " + item.where() + "\n"
                + "  to sit idle in a transaction longer than maxIdleInTransaction "
                + Durations.format(item.db().maxIdleInTransaction()) + "\n"
                + "but " + over.size() + (over.size() == 1 ? " does:\n" : " do:\n")
                + over.stream().map(s -> "  " + s.describe()).collect(Collectors.joining("\n")) + "\n"
                + facts.hiddenSessions().map(h -> "Not judged: " + h.notVisible() + " (" + h.grant() + ").\n")
                .orElse("")
                + "Find the client that leaves its transaction open (commit or roll back, or end the session),"
                + " then re-run: " + item.rerun();
    }

    /** DB-07 COULD NOT CHECK: what was judged, what is not visible, and the grant in the server's syntax. */
    static String notVisible(DbItem item, ServerFacts.Hidden hidden) {
        String judged = hidden.judged() == 0 ? "none, for the reason below"
                : hidden.judged() + (hidden.judged() == 1 ? " session " : " sessions ") + hidden.judgedWhat()
                + ": none idle in a transaction longer than maxIdleInTransaction "
                + Durations.format(item.db().maxIdleInTransaction());
        return "Cannot judge every session on the server of " + item.where() + " for idle transactions:\n"
                + "  judged       " + judged + "\n"
                + "  not visible  " + hidden.notVisible() + "\n"
                + "Grant the account read-only monitoring (" + hidden.grant() + "), then re-run: " + item.rerun();
    }

    static String noIdleTransactionTimeout(DbItem item, ServerFacts facts) {
        if (!facts.product().equals("PostgreSQL")) {
            return "Expecting " + facts.product() + " at " + item.where() + " to end sessions left idle in a transaction\n"
                    + "  (idle_transaction_timeout, else wait_timeout)\n"
                    + "but neither ends them: " + facts.idleInTransactionLimit().describe() + ".\n"
                    + "Set it, e.g. SET GLOBAL idle_transaction_timeout = 60 (and in the server's configuration),"
                    + " then re-run: " + item.rerun();
        }
        return "Expecting " + facts.product() + " at " + item.where() + " to end sessions left idle in a transaction\n"
                + "  (idle_in_transaction_session_timeout, as role " + facts.account() + " sees it on "
                + facts.database() + ")\n"
                + "but idle_in_transaction_session_timeout is disabled (0).\n"
                + "Set it, e.g. ALTER DATABASE " + facts.database()
                + " SET idle_in_transaction_session_timeout = '60s', then re-run: " + item.rerun();
    }

    static String latency(DbItem item, RoundTrips trips) {
        return "Expecting SELECT 1 round trips to " + item.where() + "\n"
                + "  to take at most maxQueryLatency " + Durations.format(item.db().maxQueryLatency()) + " at p95\n"
                + "but p95 of " + trips.samples().size() + " was " + millis(trips.p95()) + " (p50 "
                + millis(trips.p50()) + ", slowest " + millis(trips.slowest()) + ").\n"
                + "Check the network path (latency, a proxy in between) and the server's load, then re-run: "
                + item.rerun();
    }
}
