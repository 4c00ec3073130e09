package dev.tminus.profile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Validates the selected profile before any check runs ({@code mvn verify} runs it in the
 * pre-integration-test phase). Prints one line per problem, without a stack trace. From the command
 * line it exits 2 for a profile that cannot be used; inside Maven ({@code exec:java} runs it in
 * Maven's own JVM, which must not exit) it fails the build with {@link InvalidProfile}, whose
 * message is a one-line summary.
 *
 * <p>Usage: {@code ProfileCheck [profile-name]}; the name defaults to {@code TMINUS_ENV}, then sandbox.
 * The project directory is {@code -Dtminus.basedir} (default: the working directory).
 */
public final class ProfileCheck {

    /** Exit code for a profile that cannot be used. */
    public static final int INVALID = 2;

    private ProfileCheck() {
    }

    public static void main(String[] args) {
        String name = ProfileLoader.selectedName(args.length > 0 ? args[0] : null, System.getenv());
        int code = run(args, System.getenv(), Path.of(System.getProperty("tminus.basedir", ".")), System.out,
                System.err);
        if (code == 0) {
            return;
        }
        if (System.getProperty("maven.home") != null) {
            throw new InvalidProfile(name);
        }
        System.exit(code);
    }

    /** Validates and reports; returns the exit code: 0 valid, {@link #INVALID} when it cannot be used. */
    static int run(String[] args, Map<String, String> environment, Path basedir, PrintStream out, PrintStream err) {
        String name = ProfileLoader.selectedName(args.length > 0 ? args[0] : null, environment);
        try {
            Profile profile = new ProfileLoader(basedir, environment).load(name);
            out.println("T-Minus: profile " + profile.file() + " is valid (release " + profile.launch().release()
                    + ", phase " + profile.launch().phase() + ", T0 "
                    + profile.launch().at().map(Object::toString).orElse("not set") + ")");
            return 0;
        } catch (ProfileException e) {
            err.println("T-Minus: the profile cannot be used; nothing was checked.");
            e.problems().forEach(err::println);
            return INVALID;
        } catch (RuntimeException e) {
            err.println("T-Minus: the profile cannot be used; nothing was checked.");
            err.println(YamlTree.relative(name) + ": expected a profile T-Minus can read, got "
                    + Secrets.mask(String.valueOf(e)) + " (a defect of T-Minus; please report it with the file)");
            return INVALID;
        }
    }

    /** Thrown inside Maven after the problems were printed; its message is the one-line summary. */
    public static final class InvalidProfile extends RuntimeException {
        InvalidProfile(String name) {
            super(YamlTree.relative(name) + " cannot be used (problems listed above); fix the profile and re-run",
                    null, false, false);
        }
    }
}
