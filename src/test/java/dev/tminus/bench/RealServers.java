package dev.tminus.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real servers for the benchmarks, started here on loopback with configs and data under a work
 * folder (as {@code scripts/real-servers.sh} does): BIND authoritative for a generated zone, nginx
 * with OpenSSL for generated endpoints. Only when the Debian packages are installed
 * ({@code apt-get install bind9 nginx-light}); every process started here is stopped on close.
 */
final class RealServers implements AutoCloseable {

    static final Path NAMED = Path.of("/usr/sbin/named");
    static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final List<Process> processes = new ArrayList<>();

    static boolean haveBind() {
        return Files.isExecutable(NAMED);
    }

    static boolean haveNginx() {
        return Files.isExecutable(NGINX) && Reference.find("openssl").isPresent();
    }

    /**
     * BIND authoritative for {@code origin} on {@code address:port}, serving {@code records} (zone
     * file lines after the SOA and the NS ns1, names relative to the origin or absolute; ns1's
     * address among them).
     */
    InetSocketAddress bind(Path dir, String address, int port, String origin, List<String> records) throws IOException {
        Files.createDirectories(dir);
        StringBuilder zone = new StringBuilder("$TTL 60\n@ IN SOA ns1." + origin + " hostmaster." + origin
                + " ( 2026120301 3600 600 604800 60 )\n  IN NS ns1." + origin + "\n");
        records.forEach(r -> zone.append(r).append('\n'));
        Files.writeString(dir.resolve("zone.db"), zone);
        Files.writeString(dir.resolve("named.conf"), """
                options {
                  directory "%1$s";
                  pid-file "%1$s/named.pid";
                  session-keyfile "%1$s/session.key";
                  managed-keys-directory "%1$s";
                  listen-on port %2$d { %3$s; };
                  listen-on-v6 { none; };
                  recursion no;
                  allow-query { 127.0.0.0/8; };
                  notify no;
                  dnssec-validation no;
                };
                controls { };
                zone "%4$s" { type primary; file "%1$s/zone.db"; };
                """.formatted(dir.toAbsolutePath(), port, address, origin));
        start(dir, List.of(NAMED.toString(), "-g", "-c", dir.resolve("named.conf").toAbsolutePath().toString()),
                "named.log");
        awaitDns(address, port, origin, dir);
        return new InetSocketAddress(address, port);
    }

    /**
     * nginx with TLS 1.2 and 1.3, session tickets and a shared session cache, on {@code port} of
     * every address, serving one leaf for all {@code hosts} (issued by a root written to
     * {@code dir/root-ca.pem}, which the probe is to trust).
     */
    Path nginx(Path dir, List<String> addresses, int port, List<String> hosts) throws IOException {
        Path pki = Files.createDirectories(dir.resolve("pki"));
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("tmp"));
        String openssl = Reference.find("openssl").orElseThrow();
        run(pki, openssl, "req", "-x509", "-new", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "3650",
                "-subj", "/O=T-Minus Bench/CN=T-Minus Bench Root CA", "-keyout", "root.key", "-out", "root-ca.pem",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        run(pki, openssl, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-subj", "/CN=" + hosts.get(0), "-keyout", "leaf.key", "-out", "leaf.csr");
        Files.writeString(pki.resolve("leaf.ext"), "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                + "extendedKeyUsage=serverAuth\nsubjectAltName=" + String.join(",", hosts.stream().map(h -> "DNS:" + h).toList()) + "\n");
        run(pki, openssl, "x509", "-req", "-sha256", "-days", "90", "-in", "leaf.csr", "-CA", "root-ca.pem", "-CAkey",
                "root.key", "-CAcreateserial", "-extfile", "leaf.ext", "-out", "leaf.pem");
        String d = dir.toAbsolutePath().toString();
        StringBuilder listen = new StringBuilder();
        addresses.forEach(a -> listen.append("    listen ").append(a).append(':').append(port).append(" ssl;\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                master_process on;
                worker_processes 1;
                user root;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/tmp/body;
                  proxy_temp_path %1$s/tmp/proxy;
                  fastcgi_temp_path %1$s/tmp/fastcgi;
                  uwsgi_temp_path %1$s/tmp/uwsgi;
                  scgi_temp_path %1$s/tmp/scgi;
                  server {
                %2$s    server_name %3$s;
                    ssl_certificate %1$s/pki/leaf.pem;
                    ssl_certificate_key %1$s/pki/leaf.key;
                    ssl_protocols TLSv1.2 TLSv1.3;
                    ssl_session_tickets on;
                    ssl_session_cache shared:bench:4m;
                    location / { return 200 "ok\\n"; }
                  }
                }
                """.formatted(d, listen, String.join(" ", hosts)));
        start(dir, List.of(NGINX.toString(), "-p", d, "-e", d + "/logs/error.log", "-c", d + "/nginx.conf"), "nginx.out");
        for (String a : addresses) {
            awaitTcp(a, port, dir);
        }
        return pki.resolve("root-ca.pem");
    }

    /** Prometheus scraping itself every second, on {@code 127.0.0.1:port}, data under {@code dir}. */
    void prometheus(Path dir, int port) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("prometheus.yml"), """
                global: {scrape_interval: 1s, evaluation_interval: 1s}
                scrape_configs:
                  - job_name: prometheus
                    static_configs: [{targets: ["127.0.0.1:%d"]}]
                """.formatted(port));
        start(dir, List.of(ScaleProfile.PROMETHEUS.toString(), "--config.file=" + dir.resolve("prometheus.yml").toAbsolutePath(),
                "--storage.tsdb.path=" + dir.resolve("data").toAbsolutePath(), "--web.listen-address=127.0.0.1:" + port),
                "prometheus.log");
        awaitTcp("127.0.0.1", port, dir);
    }

    private void start(Path dir, List<String> argv, String log) throws IOException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        processes.add(p);
    }

    private static void run(Path dir, String... argv) throws IOException {
        try {
            Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("openssl.log").toFile())).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", argv) + " failed; see " + dir.resolve("openssl.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Up to 15 s for the server's SOA to be served. */
    private static void awaitDns(String address, int port, String origin, Path dir) throws IOException {
        try (var probe = new dev.tminus.dns.DnsProbe(java.time.Duration.ofMillis(200), 1, 1)) {
            var resolver = new dev.tminus.profile.Resolver("bench", address, port, dev.tminus.profile.Resolver.Role.AUTHORITATIVE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                try {
                    if ("NOERROR".equals(probe.query(dev.tminus.dns.DnsQuery.of(resolver, origin, "SOA")).rcode())) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // not up yet
                }
                sleep();
            }
        }
        throw new IOException("BIND on " + address + ":" + port + " did not come up within 15s; see " + dir.resolve("named.log"));
    }

    private static void awaitTcp(String address, int port, Path dir) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, port), 200);
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        throw new IOException("nginx on " + address + ":" + port + " did not come up within 15s; see " + dir.resolve("logs"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100); // waiting for a server process to start listening, not measured
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first free TCP and UDP port from {@code from} on {@code address}. */
    static int freePort(String address, int from) {
        for (int port = from; port < from + 200; port++) {
            try (var tcp = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName(address));
                 var udp = new java.net.DatagramSocket(port, java.net.InetAddress.getByName(address))) {
                return port;
            } catch (IOException e) {
                // taken
            }
        }
        throw new IllegalStateException("no free port from " + from + " on " + address);
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
