package dev.tminus.profile;

/**
 * A DNS server the checks query directly.
 *
 * @param address an IPv4 or IPv6 literal
 */
public record Resolver(String name, String address, int port, Role role) {

    public enum Role {
        AUTHORITATIVE("authoritative"),
        RECURSIVE("recursive");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        @Override
        public String toString() {
            return key;
        }
    }

    /** {@code address:port}, with brackets around IPv6 literals. */
    public String endpoint() {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }
}
