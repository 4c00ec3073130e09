package dev.tminus.profile;

import java.util.List;

/**
 * A profile that cannot be used. The message is one line per problem, each naming the file, the key
 * path, what was expected and what was found:
 * {@code environments/staging.yaml: dns.records[2].ttl: expected a duration like 60s, got "sixty"}.
 */
public class ProfileException extends RuntimeException {

    private final List<String> problems;

    public ProfileException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Each line as printed, file first. */
    public List<String> problems() {
        return problems;
    }
}
