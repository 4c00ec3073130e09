package dev.tminus.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.checklist.CheckCatalogue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A named defect the sandbox can inject ({@code -Dsandbox.faults=ttl-drift}).
 *
 * <p>Its self-test runs the checks of {@link #tag} against the sandbox with only this fault active
 * and demands that exactly the checks in {@link #failed} fail (NOT READY) and those in
 * {@link #broken} are broken (COULD NOT CHECK), with {@link #message} in the failure text, and that
 * every other check of the tag still passes or is skipped.
 *
 * @param name         kebab-case, unique across the sandbox
 * @param tag          the checklist area it breaks
 * @param description  what it does to the environment, in one sentence
 * @param failed       check ids that must fail
 * @param broken       check ids that must be broken
 * @param message      a fragment every such failure message must contain
 * @param profilePatch edits to the sandbox profile's YAML tree, for faults that live in the plan
 *                     rather than in the environment (e.g. a fleet larger than the server allows)
 */
public record Fault(String name, String tag, String description, Set<String> failed, Set<String> broken,
                    String message, Consumer<ObjectNode> profilePatch) {

    public Fault {
        failed = Set.copyOf(failed);
        broken = Set.copyOf(broken);
    }

    /** A fault in the environment that makes one check fail. */
    public static Fault failing(String name, String tag, String checkId, String message, String description) {
        return new Fault(name, tag, description, Set.of(checkId), Set.of(), message, p -> { });
    }

    /**
     * A fault that leaves a server unable to answer: every check of the area, as the checklist's
     * catalogue lists them, is broken (COULD NOT CHECK) with the message, except the named checks,
     * which never ask that server. A new check of the area is covered without an edit here.
     */
    public static Fault breaksEveryCheckOf(String name, String tag, String message, String description,
                                           String... neverAsk) {
        Set<String> broken = new java.util.TreeSet<>(CheckCatalogue.ids(tag));
        broken.removeAll(Set.of(neverAsk));
        return new Fault(name, tag, description, Set.of(), broken, message, p -> { });
    }

    /** The same fault, with these of its checks failed (NOT READY) rather than broken: the server answered no. */
    public Fault failingInstead(String... ids) {
        Set<String> nowFailed = new java.util.TreeSet<>(failed);
        nowFailed.addAll(Set.of(ids));
        Set<String> nowBroken = new java.util.TreeSet<>(broken);
        nowBroken.removeAll(Set.of(ids));
        return new Fault(name, tag, description, nowFailed, nowBroken, message, profilePatch);
    }

    /** The same fault, also editing the sandbox profile. */
    public Fault withProfilePatch(Consumer<ObjectNode> patch) {
        return new Fault(name, tag, description, failed, broken, message, patch);
    }

    /** Every check id this fault turns red (failed or broken). */
    public Set<String> red() {
        var all = new java.util.TreeSet<>(failed);
        all.addAll(broken);
        return all;
    }
}
