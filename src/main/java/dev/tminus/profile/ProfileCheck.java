package dev.tminus.profile;

import java.nio.file.Path;

/**
 * Validates the selected profile before any check runs ({@code mvn verify} runs it in the
 * pre-integration-test phase). Prints one line per problem and fails the build without a stack
 * trace: the thrown exception carries only a one-line summary.
 *
 * <p>Usage: {@code ProfileCheck [profile-name]}; the name defaults to {@code TMINUS_ENV}, then sandbox.
 */
public final class ProfileCheck {

    private ProfileCheck() {
    }

    public static void main(String[] args) {
        String name = ProfileLoader.selectedName(args.length > 0 ? args[0] : null, System.getenv());
        Path basedir = Path.of(System.getProperty("tminus.basedir", "."));
        try {
            Profile profile = new ProfileLoader(basedir, System.getenv()).load(name);
            System.out.println("T-Minus: profile " + profile.file() + " is valid (release "
                    + profile.launch().release() + ", phase " + profile.launch().phase() + ")");
        } catch (ProfileException e) {
            System.err.println("T-Minus: the profile cannot be used; nothing was checked.");
            e.problems().forEach(System.err::println);
            throw new InvalidProfile(e.problems().size(), name);
        }
    }

    /** Thrown after the problems were printed; its message is the one-line summary. */
    public static final class InvalidProfile extends RuntimeException {
        InvalidProfile(int problems, String name) {
            super("environments/" + name + ".yaml has " + problems + (problems == 1 ? " problem" : " problems")
                    + " (listed above); fix the profile and re-run", null, false, false);
        }
    }
}
