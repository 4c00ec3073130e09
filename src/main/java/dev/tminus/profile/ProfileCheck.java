package dev.tminus.profile;

import java.nio.file.Path;

/**
 * Validates the selected profile before any check runs ({@code mvn verify} binds it to
 * pre-integration-test). Prints one line per problem and exits 2, without a stack trace.
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
            System.out.println("T-Minus: profile " + profile.file() + " is valid (release " + profile.launch().release()
                    + ", phase " + profile.launch().phase() + ")");
        } catch (ProfileException e) {
            System.err.println("T-Minus: the profile cannot be used; nothing was checked.");
            e.problems().forEach(System.err::println);
            System.exit(2);
        }
    }
}
