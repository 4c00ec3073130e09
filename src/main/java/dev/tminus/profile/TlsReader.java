package dev.tminus.profile;

import static java.util.Map.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code tls} section. */
final class TlsReader {

    private static final Map<String, Endpoint.Requirement> REQUIREMENT = Values.choices(
            entry("required", Endpoint.Requirement.REQUIRED), entry("optional", Endpoint.Requirement.OPTIONAL));
    private static final Duration MS = Duration.ofMillis(1);

    private TlsReader() {
    }

    static Optional<TlsSection> read(Node tls) {
        if (!tls.present()) {
            return Optional.empty();
        }
        if (!tls.isMap(Set.of("endpoints"), Set.of("timeout", "minValidity", "minProtocol", "trustStore"))) {
            return Optional.empty();
        }
        Duration timeout = tls.get("timeout").duration(MS, Duration.ofMinutes(5), Duration.ofSeconds(5));
        Duration minValidity = tls.get("minValidity").duration(Duration.ZERO, Duration.ofDays(3650),
                Duration.ofDays(30));
        Map<String, String> protocols = new LinkedHashMap<>();
        TlsSection.PROTOCOLS.forEach(p -> protocols.put(p, p));
        String minProtocol = tls.get("minProtocol").oneOf(protocols, "TLSv1.2");
        Optional<Path> trustStore = Optional.empty();
        if (tls.get("trustStore").present()) {
            // The file may be generated at run time (the sandbox's CA); the probe reports a missing file.
            String text = tls.get("trustStore").requiredText("a path to a PEM file of CA certificates");
            trustStore = Optional.ofNullable(text).map(Path::of);
        }
        tls.get("endpoints").require("a list of endpoints like {name: gateway, host: gateway.game.example.com}");
        List<Endpoint> endpoints = tls.get("endpoints").nonEmptyList("endpoint", TlsReader::endpoint);
        DnsReader.uniqueNames(tls.get("endpoints"), endpoints.stream().map(Endpoint::name).toList());
        if (timeout == null || minValidity == null || minProtocol == null) {
            return Optional.empty();
        }
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
        List<String> alpn = node.get("alpn").nonEmptyList("protocol", item -> item.requiredText("a protocol like h2"));
        if (name == null || host == null || port == null || addresses == null || stapling == null
                || resumption == null) {
            return null;
        }
        return new Endpoint(name, host, port, addresses, issuer, stapling, resumption, alpn);
    }

    /** {@code all} (the default), {@code host} or a list of address literals; also {@code gateways[].addresses}. */
    static Endpoint.Addresses addresses(Node node) {
        if (!node.present()) {
            return new Endpoint.Addresses.All();
        }
        if (node.isList()) {
            int written = node.items().size();
            List<String> listed = node.nonEmptyList("address", Literals::address);
            return listed.isEmpty() || listed.size() != written ? null : new Endpoint.Addresses.Listed(listed);
        }
        return node.oneOf(Values.choices(entry("all", (Endpoint.Addresses) new Endpoint.Addresses.All()),
                entry("host", new Endpoint.Addresses.Host())), null);
    }
}
