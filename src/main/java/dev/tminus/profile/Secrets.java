package dev.tminus.profile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every secret value loaded in this JVM, so that any text on its way out of the process (a result
 * name, a message, an attachment, a report, the console) can be masked in one place. A secret is
 * every value that came from an environment variable ({@code ${VAR}}), every password or token of
 * the profile, and the password of every URL's user-info. Also masks, without knowing the value,
 * credentials in URLs ({@code user:pass@host}), the values of {@code password=}, {@code token=},
 * {@code secret=} (also as the end of a longer name: {@code PGPASSWORD=}, {@code access_token=}) and
 * {@code Authorization: Basic|Bearer} header values.
 *
 * <p>A secret shorter than {@value #MIN_LENGTH} characters cannot be protected: replacing every
 * occurrence of one or two characters would destroy unrelated text, and keeping it would leak it. The
 * profile loader therefore refuses such a value wherever it is a credential (see {@link #tooShort});
 * such a value elsewhere (a {@code ${REPLICAS}} of {@code 3}) is not masked.
 */
public final class Secrets {

    /** The shortest value that can be masked. */
    public static final int MIN_LENGTH = 4;
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static volatile List<String> longestFirst = List.of();
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)([^/@\\s:]*):([^/@\\s]+)@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)((?:password|passwd|pwd|token|secret)=)[^&;\\s]*");
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)(authorization\\W{1,6}(?:basic|bearer|token)\\s+)[A-Za-z0-9+/=._~-]+");

    private Secrets() {
    }

    /**
     * Registers a secret value (also as it appears URL-encoded, JSON- or HTML-escaped). Returns false,
     * registering nothing, for a value too short to be masked; an empty value has nothing to hide.
     */
    static boolean register(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        if (value.length() < MIN_LENGTH) {
            return false;
        }
        List<String> forms = List.of(value, URLEncoder.encode(value, StandardCharsets.UTF_8),
                value.replace("\\", "\\\\").replace("\"", "\\\""),
                value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
        if (VALUES.addAll(forms)) {
            synchronized (VALUES) {
                List<String> sorted = new ArrayList<>(VALUES);
                sorted.sort(Comparator.comparingInt(String::length).reversed());
                longestFirst = List.copyOf(sorted);
            }
        }
        return true;
    }

    /** Registers the password of a URL's user-info, and the Basic authorization it becomes. */
    static boolean registerCredentials(String user, String password) {
        boolean ok = register(password);
        if (ok && !password.isEmpty()) {
            register(Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return ok;
    }

    /** Whether a value can be kept out of every output: empty, or at least {@value #MIN_LENGTH} characters. */
    static boolean protectable(String value) {
        return value == null || value.isEmpty() || value.length() >= MIN_LENGTH;
    }

    /** The profile problem for a credential too short to be masked. */
    static String tooShort(String what, int length) {
        return "expected " + what + " to be at least " + MIN_LENGTH + " characters long, got " + length
                + "; a shorter secret cannot be masked in reports and logs: use a longer one";
    }

    /** The text with every known secret, URL credential, {@code password=} parameter and auth header masked. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : longestFirst) {
            masked = masked.replace(secret, Secret.MASK);
        }
        // each pattern runs only where it can match at all: most texts (evidence, names) have none of it
        if (masked.indexOf('@') >= 0 && masked.contains("://")) {
            masked = URL_CREDENTIALS.matcher(masked).replaceAll("$1:" + Secret.MASK + "@");
        }
        if (containsIgnoreCase(masked, "authorization")) {
            masked = AUTH_HEADER.matcher(masked).replaceAll("$1" + Secret.MASK);
        }
        if (hasParameterName(masked)) {
            masked = PASSWORD_PARAM.matcher(masked).replaceAll("$1" + Secret.MASK);
        }
        return masked;
    }

    private static final String[] PARAMETER_NAMES = {"password", "passwd", "pwd", "token", "secret"};

    /** Whether some {@code =} follows one of {@link #PASSWORD_PARAM}'s names: what a match needs. */
    private static boolean hasParameterName(String text) {
        for (int i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
            for (String name : PARAMETER_NAMES) {
                if (i >= name.length() && text.regionMatches(true, i - name.length(), name, 0, name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String text, String word) {
        char lower = Character.toLowerCase(word.charAt(0));
        char upper = Character.toUpperCase(word.charAt(0));
        for (int i = 0; i + word.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
