package dev.tminus.sandbox;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the sandbox when the launcher session ends, so `mvn verify` leaves no server or process
 * behind. The sandbox itself starts lazily, per tag, when the first check class of that tag runs.
 */
public class SandboxSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Sandbox.closeShared();
    }
}
