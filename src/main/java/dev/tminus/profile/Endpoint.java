package dev.tminus.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A TLS endpoint: one name, one or more addresses behind it.
 *
 * @param host      SNI and the name the certificate must match
 * @param addresses which addresses to check
 * @param issuer    optional regex on the issuer DN (found anywhere in it)
 * @param alpn      optional: one of these must be negotiated
 */
public record Endpoint(
        String name,
        String host,
        int port,
        Addresses addresses,
        Optional<Pattern> issuer,
        Requirement ocspStapling,
        Requirement resumption,
        List<String> alpn) {

    public Endpoint {
        alpn = List.copyOf(alpn);
    }

    /** {@code gateway (gateway.game.example.com)}: how reports name the item. */
    public String label() {
        return name + " (" + host + ")";
    }

    public enum Requirement {
        REQUIRED, OPTIONAL;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    /** {@code all} (every A/AAAA of host), {@code host} (connect by name) or an explicit list. */
    public sealed interface Addresses {
        record All() implements Addresses {
        }

        record Host() implements Addresses {
        }

        record Listed(List<String> addresses) implements Addresses {
            public Listed {
                addresses = List.copyOf(addresses);
            }
        }
    }

    /** An endpoint on port 443 of its host name's addresses, with nothing required beyond the handshake. */
    public static Builder builder(String name, String host) {
        return new Builder(name, host);
    }

    /** A copy to change: {@code x.toBuilder().alpn(…).build()}. */
    public Builder toBuilder() {
        return new Builder(name, host).port(port).addresses(addresses).issuer(issuer).ocspStapling(ocspStapling).resumption(resumption).alpn(alpn);
    }

    /** Builds a {@link Endpoint}; every key not set has the value a profile that leaves it out loads with. */
    public static final class Builder {
        private String name;
        private String host;
        private int port = 443;
        private Addresses addresses = new Addresses.Host();
        private Optional<Pattern> issuer = Optional.empty();
        private Requirement ocspStapling = Requirement.OPTIONAL;
        private Requirement resumption = Requirement.OPTIONAL;
        private List<String> alpn = List.of();

        private Builder(String name, String host) {
            this.name = name;
            this.host = host;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder addresses(Addresses addresses) {
            this.addresses = addresses;
            return this;
        }

        public Builder issuer(Optional<Pattern> issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder ocspStapling(Requirement ocspStapling) {
            this.ocspStapling = ocspStapling;
            return this;
        }

        public Builder resumption(Requirement resumption) {
            this.resumption = resumption;
            return this;
        }

        public Builder alpn(List<String> alpn) {
            this.alpn = alpn;
            return this;
        }

        public Builder addresses(String... listed) {
            return addresses(new Addresses.Listed(List.of(listed)));
        }


        public Endpoint build() {
            return new Endpoint(name, host, port, addresses, issuer, ocspStapling, resumption, alpn);
        }
    }
}
