package dev.tminus.tls;

import dev.tminus.profile.Endpoint;

/**
 * One item of the TLS checklist: an endpoint at one address.
 *
 * @param endpoint the endpoint of the profile
 * @param address  an IPv4 or IPv6 literal, or the host name itself ({@code addresses: host})
 */
public record TlsTarget(Endpoint endpoint, String address) {

    /** {@code 127.0.0.12:18443}, {@code [2001:db8::1]:443}. */
    public String socket() {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + endpoint.port();
    }

    public String host() {
        return endpoint.host();
    }

    @Override
    public String toString() {
        return endpoint.label() + " at " + socket();
    }
}
