package dev.tminus.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.checklist.LocalEnvironment;
import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Staging in a box: the local environment behind {@code environments/sandbox.yaml}. The checklist
 * finds it through {@link SandboxProvider} and keeps one per launcher session; its parts start
 * lazily per tag. T0 is the sandbox's creation time. Faults are switched at run time, so self-tests
 * reuse one running sandbox for many runs.
 */
public final class Sandbox implements LocalEnvironment {

    private final Path basedir;
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<SandboxComponent<?>> components = SandboxComponents.all();
    private final Map<Class<?>, SandboxComponent<?>> started = new LinkedHashMap<>();
    private Set<String> faults = Set.of();
    private Profile healthy;
    /** Stops what was started when the JVM ends without closing the sandbox (a killed run). */
    private Thread onExit;

    /** A sandbox for the project in {@code basedir}; nothing starts until a tag needs it. */
    public Sandbox(Path basedir) {
        this.basedir = basedir;
    }

    /** The sandbox's T0: its start time. */
    public Instant t0() {
        return t0;
    }

    /** Every fault the sandbox can inject, in component order. */
    public static List<Fault<?>> catalogue() {
        return SandboxComponents.all().stream().<Fault<?>>flatMap(c -> c.faults().stream()).toList();
    }

    @Override
    public synchronized Profile profile(Set<String> faults) {
        applyFaults(faults);
        return profile();
    }

    @Override
    public void standUp(String tag) {
        ensure(tag);
    }

    /** Starts, healthy or with the active faults, every component the checks of this tag need. */
    public synchronized void ensure(String tag) {
        for (SandboxComponent<?> component : components) {
            if (component.serves().contains(tag) && !started.containsKey(component.getClass())) {
                start(component);
            }
        }
    }

    private void start(SandboxComponent<?> component) {
        if (onExit == null) {
            onExit = new Thread(this::close, "sandbox-shutdown");
            Runtime.getRuntime().addShutdownHook(onExit);
        }
        try {
            Path workDir = Files.createDirectories(basedir.resolve("target/sandbox").resolve(component.name()));
            component.start(new SandboxContext(healthyProfile(), workDir, basedir, this::startedComponent));
            started.put(component.getClass(), component);
            applyTo(component);
        } catch (Exception e) {
            throw new IllegalStateException("The sandbox could not start its " + component.name() + " part: "
                    + e.getMessage() + ". Run `make setup`, then re-run.", e);
        }
    }

    private SandboxComponent<?> startedComponent(Class<? extends SandboxComponent<?>> type) {
        SandboxComponent<?> component = started.get(type);
        if (component == null) {
            components.stream().filter(type::isInstance).findFirst().ifPresent(this::start);
            component = started.get(type);
        }
        if (component == null) {
            throw new IllegalStateException("no sandbox component " + type.getSimpleName() + " is registered");
        }
        return component;
    }

    /** Makes exactly these faults active (empty: healthy). Unknown names are an error listing the known. */
    public synchronized void applyFaults(Set<String> names) {
        Set<String> known = components.stream().flatMap(c -> c.faults().stream()).map(Fault::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("sandbox.faults: unknown fault " + String.join(", ", unknown)
                    + "; available: " + String.join(", ", known));
        }
        if (names.equals(faults)) {
            return;
        }
        faults = Set.copyOf(names);
        for (SandboxComponent<?> component : started.values()) {
            try {
                applyTo(component);
            } catch (Exception e) {
                throw new IllegalStateException("The sandbox could not apply faults " + faults + " to its "
                        + component.name() + " part: " + e.getMessage(), e);
            }
        }
    }

    /** The component's healthy setup, edited by each of its active faults, applied. */
    private <S> void applyTo(SandboxComponent<S> component) throws Exception {
        S setup = component.healthySetup();
        for (Fault<S> fault : component.faults()) {
            if (faults.contains(fault.name())) {
                fault.effect().on(setup);
            }
        }
        component.apply(setup);
    }

    /** The sandbox profile as checks see it: T0 set, the active faults' plan edits applied. */
    public synchronized Profile profile() {
        List<Fault<?>> active = components.stream().<Fault<?>>flatMap(c -> c.faults().stream()).filter(f -> faults.contains(f.name())).toList();
        return new ProfileLoader(basedir, System.getenv()).load("sandbox", tree -> {
            setT0(tree);
            started.values().forEach(c -> c.patchProfile(tree));
            active.forEach(f -> f.profilePatch().accept(tree));
        });
    }

    private synchronized Profile healthyProfile() {
        if (healthy == null) {
            healthy = new ProfileLoader(basedir, System.getenv()).load("sandbox", this::setT0);
        }
        return healthy;
    }

    private void setT0(ObjectNode tree) {
        ((ObjectNode) tree.get("launch")).put("at", t0.toString());
    }

    @Override
    public synchronized void close() {
        List<SandboxComponent<?>> reverse = new ArrayList<>(started.values());
        java.util.Collections.reverse(reverse);
        for (SandboxComponent<?> component : reverse) {
            try {
                component.close();
            } catch (RuntimeException e) {
                System.err.println("T-Minus sandbox: stopping " + component.name() + " failed: " + e.getMessage());
            }
        }
        started.clear();
        if (onExit != null && Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway and finds nothing left to stop
            }
            onExit = null;
        }
    }
}
