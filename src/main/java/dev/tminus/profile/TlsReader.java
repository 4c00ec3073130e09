package dev.tminus.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code tls} section. */
final class TlsReader {

    private static final Map<String, Endpoint.Requirement> REQUIREMENT = Map.of(
            "required", Endpoint.Requirement.REQUIRED, "optional", Endpoint.Requirement.OPTIONAL);

    private TlsReader() {
    }

    static Optional<TlsSection> read(Node tls, Path basedir) {
        if (!tls.present()) {
            return Optional.empty();
        }
        if (!tls.isMap(Set.of("endpoints"), Set.of("timeout", "minValidity", "minProtocol", "trustStore"))) {
            return Optional.empty();
        }
        Duration timeout = tls.get("timeout").duration(Duration.ofSeconds(5));
        Duration minValidity = tls.get("minValidity").duration(Duration.ofDays(30));
        Map<String, String> protocols = new LinkedHashMap<>();
        TlsSection.PROTOCOLS.forEach(p -> protocols.put(p, p));
        String minProtocol = tls.get("minProtocol").oneOf(protocols, "TLSv1.2");
        Optional<Path> trustStore = Optional.empty();
        if (tls.get("trustStore").present()) {
            // The file may be generated at run time (the sandbox's CA); its existence is checked by the probe.
            String text = tls.get("trustStore").requiredText("a path to a PEM file of CA certificates");
            trustStore = Optional.ofNullable(text).map(Path::of);
        }
        List<Endpoint> endpoints = tls.get("endpoints").list(TlsReader::endpoint);
        DnsReader.uniqueNames(tls.get("endpoints"), endpoints.stream().map(Endpoint::name).toList());
        return Optional.of(new TlsSection(timeout, minValidity, minProtocol, trustStore, endpoints));
    }

    private static Endpoint endpoint(Node node) {
        if (!node.isMap(Set.of("name", "host"),
                Set.of("port", "addresses", "issuer", "ocspStapling", "resumption", "alpn"))) {
            return null;
        }
        String name = node.get("name").requiredText("an endpoint name like gateway");
        String host = Literals.hostName(node.get("host"));
        Integer port = node.get("port").integer(1, 65535, 443);
        Endpoint.Addresses addresses = addresses(node.get("addresses"));
        var issuer = Literals.regex(node.get("issuer"));
        var stapling = node.get("ocspStapling").oneOf(REQUIREMENT, Endpoint.Requirement.OPTIONAL);
        var resumption = node.get("resumption").oneOf(REQUIREMENT, Endpoint.Requirement.OPTIONAL);
        List<String> alpn = node.get("alpn").strings();
        if (name == null || host == null || port == null || addresses == null || stapling == null
                || resumption == null) {
            return null;
        }
        return new Endpoint(name, host, port, addresses, issuer, stapling, resumption, alpn);
    }

    private static Endpoint.Addresses addresses(Node node) {
        if (!node.present()) {
            return new Endpoint.Addresses.All();
        }
        if (node.isList()) {
            List<String> listed = node.list(Literals::address);
            if (listed.isEmpty()) {
                node.problem("expected all, host or a non-empty list of addresses, got an empty list");
                return null;
            }
            return new Endpoint.Addresses.Listed(listed);
        }
        return node.oneOf(Map.of("all", new Endpoint.Addresses.All(), "host", new Endpoint.Addresses.Host()), null);
    }

    static boolean exists(Path basedir, Path file) {
        return Files.isRegularFile(basedir.resolve(file));
    }
}
