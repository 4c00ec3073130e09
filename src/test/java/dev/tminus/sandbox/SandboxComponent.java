package dev.tminus.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * One part of staging-in-a-box (DNS servers, TLS servers, databases, Prometheus and Alertmanager).
 * It stands up what {@code environments/sandbox.yaml} describes, healthy, and can inject its named
 * faults. Components are started only when a selected tag needs them, once per JVM.
 */
public interface SandboxComponent extends AutoCloseable {

    /** A short name for logs, e.g. {@code dns}. */
    String name();

    /** The tags whose checks need this component running. */
    Set<String> serves();

    /** The faults this component can inject. */
    List<Fault> faults();

    /** Starts healthy, as the sandbox profile describes. Must finish in seconds and bind only loopback. */
    void start(SandboxContext context) throws Exception;

    /**
     * Reconfigures to exactly these faults (names from {@link #faults()}); empty means healthy again.
     * Called after {@link #start} and whenever the active fault set changes.
     */
    void apply(Set<String> faults) throws Exception;

    /**
     * Edits every profile the checks see while this component runs (healthy or with faults), for
     * values only the running environment knows, e.g. when its metrics history starts. Applied after
     * T0 is set and before the active faults' own patches. Default: none.
     */
    default void patchProfile(ObjectNode tree) {
    }

    /** Stops everything started and removes what was created (roles, databases, processes). */
    @Override
    void close();
}
