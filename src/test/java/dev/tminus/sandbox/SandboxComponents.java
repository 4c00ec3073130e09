package dev.tminus.sandbox;

import dev.tminus.sandbox.dns.DnsSandbox;
import dev.tminus.sandbox.tls.TlsSandbox;
import java.util.List;

/** Every part of staging-in-a-box, in start order. */
final class SandboxComponents {

    private SandboxComponents() {
    }

    static List<SandboxComponent<?>> all() {
        return List.of(
                new DnsSandbox(),
                new TlsSandbox(),   // after DNS: its name resolves through the sandbox DNS
                new dev.tminus.sandbox.alerting.AlertingSandbox(),
                new dev.tminus.sandbox.golden.GoldenHourSandbox(),
                new dev.tminus.sandbox.db.DbSandbox(),
                new dev.tminus.sandbox.cache.CacheSandbox(),
                new dev.tminus.sandbox.gateway.GatewaySandbox()   // after DNS and TLS: its host and its PKI
        );
    }
}
