package dev.tminus.sandbox.db;

import dev.tminus.db.JdbcTarget;
import dev.tminus.profile.Database;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Where the sandbox's PostgreSQL or MariaDB server is and how its administrator logs in: the URL in
 * {@code TMINUS_SANDBOX_POSTGRES_URL} / {@code TMINUS_SANDBOX_MARIADB_URL}, else the machine's own
 * server at the sandbox profile's address (PostgreSQL as {@code postgres} with trust, MariaDB as
 * {@code root} with an empty password), else a Testcontainers container on that address when Docker
 * is available.
 *
 * @param adminUrl  JDBC URL of the server's administrative database, credentials as URL parameters
 * @param container the container started for it, or a no-op
 */
record SandboxServer(Database.Kind kind, JdbcTarget target, String adminUrl, AutoCloseable container)
        implements AutoCloseable {

    static final String POSTGRES_URL = "TMINUS_SANDBOX_POSTGRES_URL";
    static final String MARIADB_URL = "TMINUS_SANDBOX_MARIADB_URL";

    static SandboxServer locate(Database.Kind kind, JdbcTarget planned, Map<String, String> env) {
        boolean postgres = kind == Database.Kind.POSTGRESQL;
        String variable = postgres ? POSTGRES_URL : MARIADB_URL;
        String given = env.get(variable);
        if (given != null && !given.isBlank()) {
            JdbcTarget target = JdbcTarget.of(given);
            if (!target.address().equals(planned.address())) {
                throw new IllegalStateException(variable + " points at " + target.address()
                        + " but environments/sandbox.yaml checks " + planned.address() + "; also export "
                        + (postgres ? "TMINUS_SANDBOX_POSTGRES_ADDRESS" : "TMINUS_SANDBOX_MARIADB_ADDRESS") + "="
                        + target.address());
            }
            return new SandboxServer(kind, target, given, () -> { });
        }
        String local = postgres
                ? "jdbc:postgresql://" + planned.address() + "/postgres?user=postgres"
                : "jdbc:mariadb://" + planned.address() + "/mysql?user=root";
        if (answers(planned) || !SandboxContainers.dockerAvailable()) {
            if (!answers(planned)) {
                throw new IllegalStateException("no " + (postgres ? "PostgreSQL" : "MariaDB") + " answers on "
                        + planned.address() + " and Docker is not available: run make setup, or export " + variable
                        + "=jdbc:...");
            }
            return new SandboxServer(kind, planned, local, () -> { });
        }
        return SandboxContainers.start(kind, planned);
    }

    String address() {
        return target.address();
    }

    /** An administrator's connection to the server ({@code db} null) or to one of its databases. */
    Connection admin(String db) throws SQLException {
        String url = db == null ? adminUrl : adminUrl.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?;]*", "$1" + db);
        Properties p = new Properties();
        if (kind == Database.Kind.POSTGRESQL) {
            p.setProperty("connectTimeout", "5");
            p.setProperty("socketTimeout", "30");
        } else {
            p.setProperty("connectTimeout", "5000");
            p.setProperty("socketTimeout", "30000");
        }
        return DriverManager.getConnection(url, p);
    }

    private static boolean answers(JdbcTarget target) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.host().replaceAll("[\\[\\]]", ""), target.port()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            container.close();
        } catch (Exception e) {
            System.err.println("T-Minus sandbox: stopping the " + kind + " container failed: " + e.getMessage());
        }
    }
}
