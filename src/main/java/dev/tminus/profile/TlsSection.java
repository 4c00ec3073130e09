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

    /** A TLS section of these endpoints with the defaults of {@code tls:} (timeout 5s, minValidity 30d, TLSv1.2, the JDK's trust store). */
    public static Builder builder(List<Endpoint> endpoints) {
        return new Builder(endpoints);
    }

    /** A copy to change: {@code x.toBuilder().endpoints(…).build()}. */
    public Builder toBuilder() {
        return new Builder(endpoints).timeout(timeout).minValidity(minValidity).minProtocol(minProtocol).trustStore(trustStore);
    }

    /** Builds a {@link TlsSection}; every key not set has the value a profile that leaves it out loads with. */
    public static final class Builder {
        private Duration timeout = Duration.ofSeconds(5);
        private Duration minValidity = Duration.ofDays(30);
        private String minProtocol = "TLSv1.2";
        private Optional<Path> trustStore = Optional.empty();
        private List<Endpoint> endpoints;

        private Builder(List<Endpoint> endpoints) {
            this.endpoints = endpoints;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder minValidity(Duration minValidity) {
            this.minValidity = minValidity;
            return this;
        }

        public Builder minProtocol(String minProtocol) {
            this.minProtocol = minProtocol;
            return this;
        }

        public Builder trustStore(Optional<Path> trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        public Builder endpoints(List<Endpoint> endpoints) {
            this.endpoints = endpoints;
            return this;
        }


        public TlsSection build() {
            return new TlsSection(timeout, minValidity, minProtocol, trustStore, endpoints);
        }
    }
}
