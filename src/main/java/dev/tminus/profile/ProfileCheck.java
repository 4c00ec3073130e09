package dev.tminus.profile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Validates the selected profile before any check runs. Prints one line per problem and exits 2,
 * without a stack trace; exits 0 and prints a one-line summary when the profile is valid.
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
        int code = run(args, System.getenv(), Path.of(System.getProperty("tminus.basedir", ".")), System.out,
                System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Validates and reports; returns the exit code (0 valid, 2 invalid). */
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
            err.println(YamlTree.relative(name) + ": could not be read: " + Secrets.mask(String.valueOf(e))
                    + " (this is a defect of T-Minus; please report it with the file)");
            return INVALID;
        }
    }
}
