package dev.tminus.sandbox.db;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.tminus.db.JdbcTarget;
import dev.tminus.profile.Database;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Where no local server answers and Docker is available: PostgreSQL 16 or MariaDB 10.11 in a
 * container, published on the address the sandbox profile checks, so the profile stays as written.
 */
final class SandboxContainers {

    private SandboxContainers() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static SandboxServer start(Database.Kind kind, JdbcTarget planned) {
        boolean postgres = kind == Database.Kind.POSTGRESQL;
        int inner = postgres ? 5432 : 3306;
        JdbcDatabaseContainer<?> container = postgres
                ? new PostgreSQLContainer<>("postgres:16").withUsername("postgres").withPassword("sandbox-admin")
                : new MariaDBContainer<>("mariadb:10.11").withUsername("root").withPassword("");
        container.withCreateContainerCmdModifier(cmd -> cmd.withHostConfig(HostConfig.newHostConfig()
                .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort(planned.host(), planned.port()),
                        new ExposedPort(inner)))));
        container.start();
        String admin = postgres
                ? "jdbc:postgresql://" + planned.address() + "/postgres?user=postgres&password=sandbox-admin"
                : "jdbc:mariadb://" + planned.address() + "/mysql?user=root";
        return new SandboxServer(kind, planned, admin, container::stop);
    }
}
