package dev.tminus.sandbox.alerting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A reverse proxy whose upstream is gone: every path answers 502 with nginx's HTML error page, as a
 * real ingress in front of Prometheus does when Prometheus is down. Used by the fault that points
 * the profile's Prometheus URL here.
 */
final class BadGatewayServer implements AutoCloseable {

    static final int PORT = 19095;
    static final String PAGE = """
            <html>
            <head><title>502 Bad Gateway</title></head>
            <body>
            <center><h1>502 Bad Gateway</h1></center>
            <hr><center>nginx/1.22.1</center>
            </body>
            </html>
            """;

    private HttpServer server;

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 10);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Server", "nginx/1.22.1");
            exchange.sendResponseHeaders(502, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + PORT;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
