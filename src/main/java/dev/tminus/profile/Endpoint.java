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
}
