package dev.tminus.sandbox.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * One sandbox {@code redis-server} (Debian's package) with its own config, pid file and log in the
 * sandbox's work directory, on its own loopback port, administered by a user with a password made for
 * the run. A server a crashed earlier run left behind is recognised by its pid file and ended.
 */
final class RedisProcess implements AutoCloseable {

    private final String name;
    private final Path dir;
    private final int port;
    private final String admin;
    private final String adminPassword;
    private final Path pidFile;
    private Process server;

    /** @param name the file names: {@code NAME.conf}, {@code NAME.pid}, {@code NAME.log} */
    RedisProcess(String name, Path dir, int port, String admin, String adminPassword) {
        this.name = name;
        this.dir = dir;
        this.port = port;
        this.admin = admin;
        this.adminPassword = adminPassword;
        this.pidFile = dir.resolve(name + ".pid");
    }

    int port() {
        return port;
    }

    void start(String config) throws Exception {
        killLeftover();
        Path file = dir.resolve(name + ".conf");
        Files.writeString(file, config);
        server = new ProcessBuilder(redisServer(), file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile())).start();
        Files.writeString(pidFile, Long.toString(server.pid()));
        awaitReady();
    }

    Jedis admin() {
        Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", port), DefaultJedisClientConfig.builder()
                .user(admin).password(adminPassword).connectionTimeoutMillis(2000).socketTimeoutMillis(2000)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED).build());
        jedis.connect();
        return jedis;
    }

    private static String redisServer() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot start the sandbox Redis: no redis-server found. Run `make setup`"
                + " (installs Debian's redis-server package), then re-run.");
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The sandbox " + name + " exited: see " + dir.resolve(name + ".log"));
            }
            try (Jedis jedis = admin()) {
                jedis.ping();
                return;
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The sandbox " + name + " did not answer on 127.0.0.1:" + port
                + " within 15s (is the port taken? `ss -ltnp 'sport = :" + port + "'`)", last);
    }

    private void killLeftover() throws Exception {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        var handle = ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").contains("redis-"));
        if (handle.isPresent()) {
            handle.get().destroy();
            handle.get().onExit().get(5, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
        server = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the next start checks the pid's command anyway
        }
    }
}
