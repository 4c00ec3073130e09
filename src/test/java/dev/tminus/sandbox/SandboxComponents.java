package dev.tminus.sandbox;

import java.util.List;

/** Every part of staging-in-a-box, in start order. */
final class SandboxComponents {

    private SandboxComponents() {
    }

    static List<SandboxComponent> all() {
        return List.of(
                new dev.tminus.sandbox.tls.TlsSandbox(),   // after DNS: its name resolves through the sandbox DNS
                new dev.tminus.sandbox.alerting.AlertingSandbox()
        );
    }
}
