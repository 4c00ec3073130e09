package dev.tminus.checklist;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import dev.tminus.check.Check;
import dev.tminus.check.ItemName;
import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileException;
import dev.tminus.profile.ProfileLoader;
import dev.tminus.profile.Waiver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code make plan ENV=staging CHECKS=dns}: every check that would run, with its resolved items (the
 * display names the profile gives), without touching the network. Validates the profile first, like
 * {@code mvn verify}, and fails on an invalid one. Runs the checklist through the JUnit Launcher with
 * {@code tminus.plan=true}, so {@link PlanMode} skips every body and the sandbox is not started.
 *
 * <p>Usage: {@code Plan [env] [tag expression]}.
 */
public final class Plan {

    /**
     * One line of the plan, in its area.
     *
     * @param name who the line is (check id, item, claim, place), when it is a check's item or the check itself
     */
    public record Line(Area area, Kind kind, String text, Optional<ItemName> name) {

        public Line(Area area, Kind kind, String text) {
            this(area, kind, text, Optional.empty());
        }

        public Line(String tag, Kind kind, String text) {
            this(Areas.team(tag, "", ""), kind, text);
        }

        public String tag() {
            return area.tag();
        }
    }

    public enum Kind { ITEM, SKIPPED, ABORTED, ERROR }

    private static final Area UNTAGGED = Areas.team("untagged", "", "");

    private Plan() {
    }

    public static void main(String[] args) {
        String env = args.length > 0 ? args[0] : "";
        String checks = args.length > 1 ? args[1] : "";
        Profile profile = validate(env);
        List<Line> plan = of(selectPackage("dev.tminus.checklist"), checks, Map.of(Profiles.ENV, env,
                Profiles.BASEDIR, System.getProperty(Profiles.BASEDIR, ".")));
        System.out.print(render(plan));
        unmatchedWaivers(profile, plan, checks).forEach(System.out::println);
        long errors = plan.stream().filter(l -> l.kind() == Kind.ERROR).count();
        if (plan.stream().noneMatch(l -> l.kind() == Kind.ITEM) || errors > 0) {
            throw new IllegalStateException(errors > 0 ? errors + " part(s) of the checklist cannot be planned (listed above)"
                    : "no check matches CHECKS='" + checks + "'", null);
        }
    }

    /** Validates the profile as {@code mvn verify} does: one line per problem, then a one-line failure. */
    static Profile validate(String env) {
        String name = ProfileLoader.selectedName(env, System.getenv());
        try {
            ProfileLoader loader = ProfileLoader.forPlan(Path.of(System.getProperty(Profiles.BASEDIR, ".")), System.getenv());
            Profile profile = loader.load(name);
            System.out.println("T-Minus: profile " + profile.file() + " is valid (release " + profile.launch().release()
                    + ", phase " + profile.launch().phase().key() + ", T0 "
                    + profile.launch().at().map(Object::toString).orElse("not set") + ")");
            if (!loader.unsetVariables().isEmpty()) {
                System.out.println(unsetLine(loader.unsetVariables()));
            }
            return profile;
        } catch (ProfileException e) {
            System.err.println("T-Minus: the profile cannot be used; nothing was planned.");
            e.problems().forEach(System.err::println);
            throw new InvalidProfile(e.problems().size(), name);
        }
    }

    /** The plan's note on variables it did not need: a plan contacts nothing, so no secret is required. */
    static String unsetLine(java.util.Set<String> unset) {
        return "T-Minus: unset (shown as unset-NAME; mvn verify needs them): " + String.join(", ", unset);
    }

    /** Fails {@code make plan} after the problems were printed; its message is the one-line summary. */
    public static final class InvalidProfile extends RuntimeException {
        InvalidProfile(int problems, String name) {
            super("environments/" + name + ".yaml has " + problems + (problems == 1 ? " problem" : " problems")
                    + " (listed above); fix the profile and re-run", null, false, false);
        }
    }

    /** The plan of the checks under the selector, in the order they would run. */
    public static List<Line> of(DiscoverySelector selector, String tagExpression, Map<String, String> configuration) {
        Map<String, String> config = new HashMap<>(configuration);
        config.put(Profiles.PLAN, "true");
        config.put("junit.jupiter.extensions.autodetection.enabled", "false");
        LauncherDiscoveryRequest request = request(selector, tagExpression).configurationParameters(config).build();
        List<Line> lines = Collections.synchronizedList(new ArrayList<>());
        // No auto-registered listener: a plan writes no Allure result and no verdict, and (run beside a
        // checklist run, for its progress) never closes that run's sandbox or writes its verdict.
        LauncherConfig launcher = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false).build();
        LauncherFactory.create(launcher).execute(request, new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                lines.add(PlanMode.PLANNED.equals(reason) ? new Line(tag(id), Kind.ITEM, id.getDisplayName(), identity(id))
                        : new Line(tag(id), Kind.SKIPPED, id.getDisplayName() + ": " + reason, identity(id)));
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                String why = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
                switch (result.getStatus()) {
                    case SUCCESSFUL -> {
                        if (id.isTest()) { // ran although planned: an engine or extension that ignores the plan
                            lines.add(new Line(tag(id), Kind.ITEM, id.getDisplayName(), identity(id)));
                        }
                    }
                    case ABORTED -> lines.add(new Line(tag(id), Kind.ABORTED, id.getDisplayName() + ": " + why));
                    case FAILED -> lines.add(new Line(tag(id), Kind.ERROR, id.getDisplayName() + ": " + why));
                }
            }
        });
        return List.copyOf(lines);
    }

    /** Who a planned test is, from its method's {@link Check}: empty for a class or a method without one. */
    private static Optional<ItemName> identity(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(source -> source.getJavaMethod().getAnnotation(Check.class))
                .map(check -> Items.identity(check, id.getDisplayName()));
    }

    /**
     * The profile's waivers that would waive nothing in this plan, one warning line each: a check id
     * the area does not have, or an item no planned item of that check is (a typo, or a renamed
     * record or endpoint). A waiver of an area the plan leaves out ({@code CHECKS=}) is not judged.
     * A waiver that matches nothing is harmless to the verdict (the failure stays red), but it is
     * an exception someone believes is in force.
     */
    static List<String> unmatchedWaivers(Profile profile, List<Line> plan, String checks) {
        List<ItemName> names = plan.stream().flatMap(l -> l.name().stream()).toList();
        List<Area> areas = plan.stream().map(Line::area).distinct().toList();
        boolean wholeChecklist = checks == null || checks.isBlank();
        List<String> warnings = new ArrayList<>();
        for (Waiver waiver : profile.waivers()) {
            String where = "T-Minus: warning: the waiver for " + waiver.check() + " " + waiver.item() + " in " + profile.file();
            List<ItemName> ofCheck = names.stream().filter(n -> n.checkId().equals(waiver.check())).toList();
            if (ofCheck.isEmpty()) {
                if (wholeChecklist || areas.stream().anyMatch(a -> a.owns(waiver.check()))) {
                    warnings.add(where + " names a check this checklist does not have" + (wholeChecklist ? "" : " in its planned areas")
                            + "; correct its check id (make plan lists every check) or remove it.");
                }
            } else if (ofCheck.stream().noneMatch(n -> WaiverExtension.matches(waiver.item(), n.subject()))) {
                List<String> items = ofCheck.stream().map(ItemName::subject).distinct().toList();
                warnings.add(where + " matches none of its " + items.size() + " planned item(s) ("
                        + String.join(", ", items.subList(0, Math.min(5, items.size()))) + (items.size() > 5 ? ", ..." : "")
                        + "); correct its item to one of them or remove it.");
            }
        }
        return warnings;
    }

    /**
     * The checklist's discovery request, as failsafe makes it: the check classes ({@code *Checks})
     * under {@code selector}, those of {@code tagExpression} when one is given ({@code -Dchecks}).
     */
    public static LauncherDiscoveryRequestBuilder request(DiscoverySelector selector, String tagExpression) {
        List<Filter<?>> filters = new ArrayList<>(List.of(includeClassNamePatterns(".*Checks")));
        if (tagExpression != null && !tagExpression.isBlank()) {
            filters.add(TagFilter.includeTags(tagExpression));
        }
        return LauncherDiscoveryRequestBuilder.request().selectors(selector).filters(filters.toArray(Filter[]::new));
    }

    private static Area tag(TestIdentifier id) {
        return AreaOf.test(id).orElse(UNTAGGED);
    }

    /** The areas of the plan's lines in the reports' order, without lines of no area. */
    private static List<Area> areasInOrder(List<Line> plan) {
        return plan.stream().map(Line::area).filter(a -> !a.equals(UNTAGGED)).distinct()
                .sorted(Comparator.comparingInt(Area::order).thenComparing(Area::tag)).toList();
    }

    /** The plan as printed: grouped by area in seed order, a team's own areas after. */
    public static String render(List<Line> plan) {
        StringBuilder out = new StringBuilder("T-Minus plan: the checks that would run (nothing was contacted)\n");
        int items = 0;
        for (Area area : areasInOrder(plan)) {
            List<Line> of = plan.stream().filter(l -> l.area().equals(area)).toList();
            out.append('\n').append(area.tag()).append(" — ").append(area.epic()).append('\n');
            for (Line line : of) {
                out.append(switch (line.kind()) {
                    case ITEM -> "  ";
                    case SKIPPED -> "  skipped  ";
                    case ABORTED -> "  no items ";
                    case ERROR -> "  CANNOT PLAN ";
                }).append(line.text().lines().findFirst().orElse("")).append('\n');
                items += line.kind() == Kind.ITEM ? 1 : 0;
            }
        }
        long planned = plan.stream().filter(l -> l.kind() == Kind.ITEM).map(Line::tag).distinct().count();
        return out.append('\n').append(items).append(items == 1 ? " check" : " checks").append(" in ").append(planned)
                .append(planned == 1 ? " area" : " areas").append(" would run.\n").toString();
    }
}
