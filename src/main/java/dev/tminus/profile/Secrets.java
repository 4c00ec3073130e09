package dev.tminus.profile;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every secret value loaded in this JVM, so that any text on its way to a report, a log or an
 * exception message can be masked. Also masks credentials in URLs ({@code user:pass@host}) and the
 * values of {@code password=}, {@code token=}, {@code secret=} (also as the end of a longer name:
 * {@code PGPASSWORD=}, {@code access_token=}).
 */
public final class Secrets {

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)([^/@\\s:]+):([^/@\\s]+)@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)((?:password|passwd|pwd|token|secret)=)[^&;\\s]*");

    private Secrets() {
    }

    static void register(String value) {
        if (value != null && value.length() >= 3) {
            VALUES.add(value);
        }
    }

    /** The text with every known secret, URL credential and {@code password=} parameter masked. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : VALUES) {
            masked = masked.replace(secret, Secret.MASK);
        }
        masked = URL_CREDENTIALS.matcher(masked).replaceAll("$1:" + Secret.MASK + "@");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1" + Secret.MASK);
    }
}
