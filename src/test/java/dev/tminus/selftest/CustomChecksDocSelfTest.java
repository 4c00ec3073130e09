package dev.tminus.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tminus.check.Check;
import dev.tminus.checklist.Plan;
import dev.tminus.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * docs/custom-checks.md cannot rot: its one {@code java} block is compiled as the file a team would
 * save, run against the sandbox (green), against the sandbox profile with one {@code custom:} value
 * changed (failed, not broken) and with a value that does not fit (could not check, one line naming
 * the file and key path), and listed by the plan with the same name the run gives it.
 */
@Tag("sandbox")
@ExtendWith(SandboxExtension.class)
class CustomChecksDocSelfTest {

    static final Path DOC = Path.of("docs/custom-checks.md");
    static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

    @TempDir
    static Path work;
    static Class<?> checks;
    static Sandbox sandbox;

    /** One result of the example's run: what the readiness verdict and the report are made of. */
    record Result(String displayName, TestExecutionResult.Status status, Throwable failure, String checkId,
                  List<String> tags) {
        boolean failedAssertion() {
            return status == TestExecutionResult.Status.FAILED && failure instanceof AssertionError;
        }

        boolean broken() {
            return status == TestExecutionResult.Status.FAILED && !(failure instanceof AssertionError);
        }
    }

    @BeforeAll
    static void compile_the_doc_example(Sandbox running) throws IOException, ClassNotFoundException {
        sandbox = running;
        String source = theOneJavaBlock(Files.readString(DOC));
        String pkg = group(source, "(?m)^package ([\\w.]+);");
        String name = group(source, "(?m)^(?:public )?(?:final )?class (\\w+)");
        Path file = work.resolve("src").resolve(pkg.replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none", "-Xlint:none"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
        assertThat(ok).as("the example of %s compiles:%n%s", DOC, errors).isTrue();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                CustomChecksDocSelfTest.class.getClassLoader());
        checks = loader.loadClass(pkg + "." + name);
    }

    @Test
    void the_doc_example_passes_on_the_sandbox_and_carries_its_id_and_tag() {
        // WHEN the example runs against the healthy sandbox
        List<Result> results = run(Map.of("tminus.env", "sandbox"));

        // THEN its one item passed, as APP-01 of the team's tag
        assertThat(results).as("results of %s", checks.getName()).hasSize(1);
        Result result = results.get(0);
        assertThat(result.status()).as("%s: %s", result.displayName(), result.failure())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(result.checkId()).isEqualTo("APP-01");
        assertThat(result.tags()).contains("app");

        // AND the plan lists that item under the team's tag, without running it
        List<Plan.Line> plan = Plan.of(selectClass(checks), "app", Map.of("tminus.env", "sandbox"));
        assertThat(plan).filteredOn(l -> l.kind() == Plan.Kind.ITEM && l.tag().equals("app"))
                .extracting(Plan.Line::text).anyMatch(text -> text.contains(result.displayName()));
        assertThat(Plan.render(plan)).contains("\n  " + result.displayName() + "\n", "1 check in 1 area would run.");
    }

    @Test
    void a_custom_value_of_the_profile_makes_it_red() throws IOException {
        // GIVEN the sandbox profile with custom.app.healthUrl naming a page the service does not have
        Map<String, String> profile = sandboxProfileWith("sandbox-red",
                "healthUrl: http://127.0.0.1:19100/healthz", "healthUrl: http://127.0.0.1:19100/no-such-page");
        run(Map.of("tminus.env", "sandbox")); // the sandbox's service is up, as in make verify

        // WHEN the example runs with it
        List<Result> results = run(profile);

        // THEN the item failed (NOT READY), it did not break
        assertThat(results).hasSize(1);
        assertThat(results.get(0).failedAssertion()).as("failed, not broken: %s", results.get(0).failure()).isTrue();
        assertThat(results.get(0).failure().getMessage()).contains("no-such-page");
    }

    @Test
    void a_custom_value_that_does_not_fit_is_reported_with_file_and_key_path() throws IOException {
        // GIVEN the sandbox profile with custom.app.maxLatency not a duration
        Map<String, String> profile = sandboxProfileWith("sandbox-bad", "maxLatency: 2s", "maxLatency: two");

        // WHEN the example runs with it
        List<Result> results = run(profile);

        // THEN it could not check, and says where in one line, without a stack trace
        assertThat(results).hasSize(1);
        assertThat(results.get(0).broken()).isTrue();
        assertThat(results.get(0).failure().getMessage()).isEqualTo(
                "environments/sandbox-bad.yaml: custom.app.maxLatency: expected a duration like 60s, got \"two\"");
        assertThat(results.get(0).failure().getStackTrace()).isEmpty();
    }

    /** environments/sandbox.yaml under a new name in a project directory of its own, one line replaced. */
    private static Map<String, String> sandboxProfileWith(String name, String line, String replacement)
            throws IOException {
        String yaml = Files.readString(Path.of("environments/sandbox.yaml"));
        assertThat(yaml).contains(line, "name: sandbox\n");
        Path basedir = Files.createDirectories(work.resolve(name));
        Files.createDirectories(basedir.resolve("environments"));
        Files.writeString(basedir.resolve("environments/" + name + ".yaml"),
                yaml.replace("name: sandbox\n", "name: " + name + "\n").replace(line, replacement));
        return Map.of("tminus.env", name, "tminus.basedir", basedir.toString());
    }

    /** Runs the example as make verify would, the session's sandbox lent to it (its ports are fixed). */
    private static List<Result> run(Map<String, String> configuration) {
        List<Result> results = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(checks))
                .configurationParameters(configuration)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false").build();
        ChecklistRun.execute(sandbox, request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
                if (test.isTest()) {
                    results.add(result(test, outcome));
                }
            }
        });
        return results;
    }

    private static Result result(TestIdentifier test, TestExecutionResult outcome) {
        String id = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getJavaMethod).map(CustomChecksDocSelfTest::checkId).orElse("?");
        return new Result(test.getDisplayName(), outcome.getStatus(), outcome.getThrowable().orElse(null), id,
                test.getTags().stream().map(TestTag::getName).toList());
    }

    private static String checkId(Method method) {
        Check check = method.getAnnotation(Check.class);
        return check == null ? "?" : check.id();
    }

    static String theOneJavaBlock(String markdown) {
        Matcher m = JAVA_BLOCK.matcher(markdown);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("```java blocks of %s", DOC).hasSize(1);
        return blocks.get(0);
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the example", regex).isTrue();
        return m.group(1);
    }

    /** The test classpath (surefire may run the tests from a manifest-only jar). */
    private static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isBlank() ? path : System.getProperty("java.class.path", "")
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
    }
}
