package dev.tminus.gateway;

import dev.tminus.profile.Gateway;

/**
 * One address behind a gateway's host: where one WebSocket connection is opened, while the
 * {@code Host} header, SNI and the certificate name stay the gateway's host.
 *
 * @param address an address literal, or the host name itself for {@code addresses: host}
 */
public record GatewayTarget(Gateway gateway, String address) {

    /** {@code 127.0.0.11:18444} ({@code [::1]:443} for IPv6). */
    public String socket() {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + gateway.port();
    }

    /** {@code gateway (gateway.game.example.com) at 127.0.0.11:18444}. */
    public String describe() {
        return gateway.label() + " at " + socket();
    }

    @Override
    public String toString() {
        return describe();
    }
}
