package dev.tminus.checklist;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileLoader;
import dev.tminus.report.RunWarnings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress of a checklist run on the console, per area: items done of items planned.
 *
 * <pre>T-Minus progress (12 s): dns 75/75 done · tls 12/33 · db 0/16</pre>
 *
 * <p>A line is printed when an area's last check class ends ("done") and at most every {@link #EVERY}
 * while items end. The planned counts come from the run's own plan ({@link Plan#of}: the profile's
 * items, nothing contacted), computed beside the run so it never waits for them; until they are
 * known, only the items done are shown. A waiver of the profile that would waive nothing in that
 * plan is printed as a warning, as {@code make plan} does. An area whose names resolve at run time
 * ({@code addresses: all}) can have more items than planned: the planned count then follows the
 * items done.
 *
 * <p>Registered for every launcher, active only in the checklist's own JVM ({@code tminus.role=checklist}).
 */
public class Progress implements TestExecutionListener {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintStream out;
    private final LongSupplier nanos;
    private final boolean active;
    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> planned = Map.of();
    private final Map<String, AtomicInteger> classesLeft = new ConcurrentHashMap<>();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();
    private long started;
    private long lastPrinted;

    public Progress() {
        this(System.out, System::nanoTime, "checklist".equals(System.getProperty("tminus.role")));
    }

    Progress(PrintStream out, LongSupplier nanos, boolean active) {
        this.out = out;
        this.nanos = nanos;
        this.active = active;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (!active || testPlan.getConfigurationParameters().getBoolean(Profiles.PLAN).orElse(false)) {
            return;
        }
        started = nanos.getAsLong();
        lastPrinted = started;
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (TestIdentifier root : testPlan.getRoots()) {
            testPlan.getDescendants(root).stream().filter(Progress::isCheckClass).map(Progress::tag)
                    .flatMap(Optional::stream).forEach(tag -> classes.merge(tag, 1, Integer::sum));
        }
        classes(classes);
        CompletableFuture<List<String>> warnings = RunWarnings.expect();
        Thread planner = new Thread(() -> {
            try {
                warnings.complete(planThisRun());
            } finally {
                warnings.complete(List.of());
            }
        }, "t-minus-progress-plan");
        planner.setDaemon(true);
        planner.start();
    }

    /**
     * The plan of this run (the profile's items, nothing contacted): its counts per area, and a warning
     * for each of the profile's waivers that would waive nothing in it (a typo in its check id or item),
     * as {@code make plan} prints them, so that a run shows them too before it ends.
     */
    private List<String> planThisRun() {
        String checks = System.getProperty("tminus.checks", "");
        List<Plan.Line> plan;
        try {
            Map<String, String> config = new LinkedHashMap<>();
            config.put(Profiles.ENV, System.getProperty(Profiles.ENV, ""));
            config.put(Profiles.BASEDIR, System.getProperty(Profiles.BASEDIR, "."));
            config.put(Profiles.VANTAGE, System.getProperty(Profiles.VANTAGE, ""));
            config.put(Profiles.FAULTS, System.getProperty(Profiles.FAULTS, "")); // the run's own: the sandbox keeps them
            plan = Plan.of(selectPackage("dev.tminus.checklist"), checks, config);
        } catch (RuntimeException e) {
            return List.of(); // progress without totals; the run itself reports whatever went wrong
        }
        planned(counts(plan));
        List<String> warnings = waiverWarnings(plan, checks);
        warnings.forEach(out::println);
        return warnings.stream().map(w -> w.replaceFirst("^T-Minus: warning: ", "")).toList();
    }

    /** The waivers of the run's profile that would waive nothing in its plan; none when the profile cannot be read here. */
    private static List<String> waiverWarnings(List<Plan.Line> plan, String checks) {
        try {
            ProfileLoader loader = ProfileLoader.forPlan(Path.of(System.getProperty(Profiles.BASEDIR, ".")), System.getenv());
            Profile profile = loader.load(ProfileLoader.selectedName(System.getProperty(Profiles.ENV, ""), System.getenv()));
            return Plan.unmatchedWaivers(profile, plan, checks);
        } catch (RuntimeException e) {
            return List.of(); // the run loads the profile itself and says what is wrong with it
        }
    }

    static Map<String, Integer> counts(List<Plan.Line> plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Plan.Line line : plan) {
            if (line.kind() == Plan.Kind.ITEM || line.kind() == Plan.Kind.SKIPPED) {
                counts.merge(line.tag(), 1, Integer::sum);
            }
        }
        return counts;
    }

    synchronized void planned(Map<String, Integer> counts) {
        planned = Map.copyOf(counts);
    }

    /** How many check classes of each area this run executes: an area is done when the last one ends. */
    void classes(Map<String, Integer> counts) {
        counts.forEach((tag, n) -> classesLeft.put(tag, new AtomicInteger(n)));
    }

    private static boolean isCheckClass(TestIdentifier id) {
        return id.isContainer() && id.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    private static Optional<String> tag(TestIdentifier id) {
        return AreaOf.test(id).map(dev.tminus.check.Area::tag);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            ended(id);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            ended(id);
        } else if (active && isCheckClass(id)) {
            tag(id).ifPresent(this::classEnded);
        }
    }

    private void classEnded(String tag) {
        AtomicInteger left = classesLeft.get(tag);
        if (left != null && left.decrementAndGet() == 0) {
            completed.add(tag);
            print(true);
        }
    }

    private void ended(TestIdentifier id) {
        if (active) {
            tag(id).ifPresent(tag -> {
                done.computeIfAbsent(tag, t -> new AtomicInteger()).incrementAndGet();
                print(false);
            });
        }
    }

    private void print(boolean areaDone) {
        long t = nanos.getAsLong();
        synchronized (this) {
            if (areaDone || t - lastPrinted >= EVERY.toNanos()) {
                lastPrinted = t;
                out.println(line(t));
            }
        }
    }

    /** {@code T-Minus progress (12 s): dns 75/75 done · tls 12/33 · db 0/16}, areas in seed order, a team's own after. */
    String line(long at) {
        StringBuilder text = new StringBuilder("T-Minus progress (")
                .append(Duration.ofNanos(at - started).toSeconds()).append(" s):");
        String sep = " ";
        java.util.Set<String> tags = new java.util.TreeSet<>(java.util.Comparator
                .comparingInt(dev.tminus.check.Areas::position).thenComparing(t -> t));
        tags.addAll(planned.keySet());
        tags.addAll(done.keySet());
        for (String tag : tags) {
            int of = done.getOrDefault(tag, new AtomicInteger()).get();
            Integer total = planned.get(tag);
            if (of == 0 && total == null) {
                continue;
            }
            text.append(sep).append(tag).append(' ').append(of);
            if (total != null) {
                text.append('/').append(Math.max(total, of));
            }
            if (completed.contains(tag)) {
                text.append(" done");
            }
            sep = " · ";
        }
        return text.toString();
    }
}
