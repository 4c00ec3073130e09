package dev.tminus.check;

/**
 * One area of the checklist: the tag that selects it ({@code -Dchecks=dns}), its name for people
 * (the Allure epic, the readiness section), the prefix of its check ids ({@code DNS} of
 * {@code DNS-03}), its place in the reports' order, and the key of its owner in a profile's
 * {@code owners}. A team's own area is one of these too, ordered after the built-in ones.
 *
 * @param order sort position in reports and the plan: the built-in areas in seed order, team areas after
 */
public record Area(String tag, String epic, String prefix, int order, String owner) {

    public Area {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("an area needs a tag");
        }
        epic = epic == null || epic.isBlank() ? tag : epic;
        prefix = prefix == null ? "" : prefix;
        owner = owner == null || owner.isBlank() ? tag : owner;
    }

    /** Whether {@code checkId} belongs here ({@code SIL-03} to the area with prefix {@code SIL}). */
    public boolean owns(String checkId) {
        return !prefix.isEmpty() && checkId != null && checkId.startsWith(prefix + "-");
    }

    /** The command that re-runs this area's checks on {@code env}; every could-not-check message ends with it. */
    public String rerun(String env) {
        return "mvn verify -Denv=" + env + " -Dchecks=" + tag;
    }
}
