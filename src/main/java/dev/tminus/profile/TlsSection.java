package dev.tminus.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * @param minValidity how long past max(now, T0) every leaf must stay valid
 * @param minProtocol the protocol floor, e.g. {@code TLSv1.2}
 * @param trustStore  optional PEM file of extra CAs, added to the JDK's
 */
public record TlsSection(
        Duration timeout,
        Duration minValidity,
        String minProtocol,
        Optional<Path> trustStore,
        List<Endpoint> endpoints) {

    public static final List<String> PROTOCOLS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    public TlsSection {
        endpoints = List.copyOf(endpoints);
    }
}
