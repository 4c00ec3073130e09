package dev.tminus.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.checklist.CheckCatalogue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A named defect the sandbox can inject ({@code -Dsandbox.faults=ttl-drift}): its name, what it
 * does to the running environment and what it must turn red, declared together.
 *
 * <p>Its self-test runs the checks of {@link #tag} against the sandbox with only this fault active
 * and demands that exactly the checks in {@link #failed} fail (NOT READY) and those in
 * {@link #broken} are broken (COULD NOT CHECK), with {@link #message} in the failure text, and that
 * every other check of the tag still passes or is skipped.
 *
 * @param <S>          what the fault's component builds its environment from: its {@link #effect}
 *                     edits that setup, starting from healthy, each time the active faults change
 * @param name         kebab-case, unique across the sandbox
 * @param tag          the checklist area it breaks
 * @param description  what it does to the environment, in one sentence
 * @param failed       check ids that must fail
 * @param broken       check ids that must be broken
 * @param message      a fragment every such failure message must contain
 * @param profilePatch edits to the sandbox profile's YAML tree, for faults that live in the plan
 *                     rather than in the environment (e.g. a fleet larger than the server allows)
 * @param effect       what the fault does to the running environment; none for a fault in the plan only
 */
public record Fault<S>(String name, String tag, String description, Set<String> failed, Set<String> broken,
                       String message, Consumer<ObjectNode> profilePatch, Effect<S> effect) {

    /** A fault's change to its component's setup. */
    @FunctionalInterface
    public interface Effect<S> {
        void on(S setup) throws Exception;
    }

    public Fault {
        failed = Set.copyOf(failed);
        broken = Set.copyOf(broken);
    }

    /** A fault in the environment that makes one check fail. */
    public static <S> Fault<S> failing(String name, String tag, String checkId, String message, String description,
                                       Effect<S> effect) {
        return new Fault<>(name, tag, description, Set.of(checkId), Set.of(), message, p -> { }, effect);
    }

    /**
     * A fault that leaves a server unable to answer: every check of the area, as the checklist's
     * catalogue lists them, is broken (COULD NOT CHECK) with the message, except the named checks,
     * which never ask that server. A new check of the area is covered without an edit here.
     */
    public static <S> Fault<S> breaksEveryCheckOf(String name, String tag, String message, String description,
                                                  Effect<S> effect, String... neverAsk) {
        Set<String> broken = new TreeSet<>(CheckCatalogue.ids(tag));
        broken.removeAll(Set.of(neverAsk));
        return new Fault<>(name, tag, description, Set.of(), broken, message, p -> { }, effect);
    }

    /** No change to the running environment: the fault lives in the plan ({@link #profilePatch}). */
    public static <S> Effect<S> none() {
        return setup -> { };
    }

    /** The same fault, with these of its checks failed (NOT READY) rather than broken: the server answered no. */
    public Fault<S> failingInstead(String... ids) {
        Set<String> nowFailed = new TreeSet<>(failed);
        nowFailed.addAll(Set.of(ids));
        Set<String> nowBroken = new TreeSet<>(broken);
        nowBroken.removeAll(Set.of(ids));
        return new Fault<>(name, tag, description, nowFailed, nowBroken, message, profilePatch, effect);
    }

    /** The same fault, also editing the sandbox profile. */
    public Fault<S> withProfilePatch(Consumer<ObjectNode> patch) {
        return new Fault<>(name, tag, description, failed, broken, message, patch, effect);
    }

    /** Every check id this fault turns red (failed or broken). */
    public Set<String> red() {
        var all = new TreeSet<>(failed);
        all.addAll(broken);
        return all;
    }
}
