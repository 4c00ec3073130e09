package dev.tminus.db;

import dev.tminus.ProbeException;
import dev.tminus.check.Cause;
import dev.tminus.profile.Database;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Secrets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Turns driver and pool exceptions into typed {@link ProbeException}s with operator messages. The
 * server's own words are kept (masked, one line), the password never appears: messages name the
 * user, the database and the variable the password comes from.
 */
final class Failures {

    /** SQLSTATEs and vendor codes of "the server has no connection slot for you". */
    private static final Set<String> TOO_MANY_STATES = Set.of("53300", "08004");
    private static final Set<Integer> TOO_MANY_CODES = Set.of(1040, 1203, 1226);

    private Failures() {
    }

    /** Opening a connection failed. */
    static ProbeException connecting(Database db, Throwable e, String rerun) {
        String where = JdbcTarget.describe(db);
        String said = serverSaid(e);
        String state = sqlState(e).orElse("");
        if (state.startsWith("28") || vendorCode(e) == 1045 || vendorCode(e) == 1044 || state.equals("3D000")) {
            String variable = db.password().variable().isEmpty() ? "the profile's password"
                    : "${" + db.password().variable() + "}";
            return new AuthenticationFailed("Could not log in to " + where + " as user " + db.username()
                    + " on database " + database(db) + ":\n  the server refused the login (" + said + ").\n"
                    + "Check that the account exists, may log in from here and has the password in " + variable
                    + ", then re-run: " + rerun, e);
        }
        if (isTooMany(e)) {
            return new ProbeException("Could not open a connection to " + where + " as user " + db.username()
                    + ":\n  the server has no connection slot left (" + said + ").\n"
                    + "Find who holds the connections before launch, then re-run: " + rerun, e);
        }
        Cause cause = Cause.of(e);
        if (cause == Cause.REFUSED || said.contains("refused")) {
            return ProbeException.of(Cause.REFUSED, "Could not reach " + where + ": " + said + ".\n"
                    + "Check that the server listens on " + JdbcTarget.of(db).address()
                    + " and that nothing on the path blocks it, then re-run: " + rerun, e);
        }
        if (cause == Cause.TIMEOUT || said.contains("timed out") || said.contains("timeout")) {
            return ProbeException.of(Cause.TIMEOUT, "No connection to " + where + " within connectionTimeout "
                    + Durations.format(db.pool().connectionTimeout()) + ": " + said + ".\n"
                    + "Check the network path and the server's load, then re-run: " + rerun, e);
        }
        return new ProbeException("Could not connect to " + where + " as user " + db.username() + ": " + said
                + ".\nCheck the URL and the server's log, then re-run: " + rerun, e);
    }

    /** A read-only fact query failed on an open connection. */
    static ProbeException reading(Database db, String what, Throwable e, String rerun) {
        String said = serverSaid(e);
        String where = JdbcTarget.describe(db);
        if (Cause.of(e) == Cause.TIMEOUT || "57014".equals(sqlState(e).orElse(""))) {
            return ProbeException.of(Cause.TIMEOUT, "Reading " + what + " on " + where + " took longer than "
                    + Durations.format(Queries.budget(db)) + ": " + said + ".\nCheck the server's load, then re-run: " + rerun, e);
        }
        String state = sqlState(e).orElse("");
        if (state.equals("42501") || vendorCode(e) == 1227 || vendorCode(e) == 1142) {
            return new ProbeException("Account " + db.username() + " may not read " + what + " on " + where + ": "
                    + said + ".\nGrant it the read-only monitoring privilege (PostgreSQL: pg_monitor;"
                    + " MariaDB/MySQL: PROCESS), then re-run: " + rerun, e);
        }
        return new ProbeException("Could not read " + what + " on " + where + ": " + said
                + ".\nCheck the server's log, then re-run: " + rerun, e);
    }

    static boolean isTooMany(Throwable e) {
        return sqlException(e).map(s -> TOO_MANY_STATES.contains(s.getSQLState())
                || TOO_MANY_CODES.contains(s.getErrorCode())).orElse(false)
                || serverSaid(e).toLowerCase().contains("too many connections");
    }

    /** The deepest SQL exception's words (the server's), else the deepest message; masked, one line. */
    static String serverSaid(Throwable e) {
        Optional<SQLException> sql = sqlException(e);
        Throwable source = sql.isPresent() ? sql.get() : deepest(e);
        String text = source.getMessage() == null ? source.getClass().getSimpleName() : source.getMessage();
        String state = sql.map(SQLException::getSQLState).filter(s -> s != null && !s.isBlank())
                .map(s -> "SQLSTATE " + s + ": ").orElse("");
        return Secrets.mask(state + text.replaceAll("\\s*\\R\\s*", " ").trim().replaceAll("\\.+$", ""));
    }

    static Optional<String> sqlState(Throwable e) {
        return sqlException(e).map(SQLException::getSQLState);
    }

    static int vendorCode(Throwable e) {
        return sqlException(e).map(SQLException::getErrorCode).orElse(0);
    }

    /** The innermost SQLException carrying a SQLSTATE: the server's answer, not the pool's wrapper. */
    static Optional<SQLException> sqlException(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Throwable deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e : t;
    }

    private static String database(Database db) {
        String name = JdbcTarget.of(db).database();
        return name.isEmpty() ? "(default)" : name;
    }
}
