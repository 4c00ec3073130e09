package dev.tminus.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * One part of staging-in-a-box (DNS servers, TLS servers, databases, Prometheus and Alertmanager).
 * It stands up what {@code environments/sandbox.yaml} describes, healthy, and can inject its named
 * faults. Components are started only when a selected tag needs them, once per sandbox.
 *
 * @param <S> the setup it builds its environment from: healthy by default, edited by each active
 *            fault's {@link Fault#effect}
 */
public interface SandboxComponent<S> extends AutoCloseable {

    /** A short name for logs, e.g. {@code dns}. */
    String name();

    /** The tags whose checks need this component running. */
    Set<String> serves();

    /** The faults this component can inject. */
    List<Fault<S>> faults();

    /** Starts healthy, as the sandbox profile describes. Must finish in seconds and bind only loopback. */
    void start(SandboxContext context) throws Exception;

    /** The healthy setup, for the active faults' effects to edit. */
    S healthySetup();

    /**
     * Reconfigures to this setup: healthy, edited by exactly the active faults' effects. Called
     * after {@link #start} and whenever the active fault set changes.
     */
    void apply(S setup) throws Exception;

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
