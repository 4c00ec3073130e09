package dev.tminus.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP and JDBC URLs: well-formed, and never with a literal password in them. */
final class Urls {

    private static final Pattern JDBC = Pattern.compile("jdbc:(postgresql|mariadb|mysql)://([^/?\\s]+)(/\\S*)?");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+)(?::(\\d{1,5}))?");
    private static final Pattern LITERAL_PASSWORD_PARAM = Pattern.compile("(?i).*[?&;](password|pwd)=(?!\\$\\{).*");
    private static final Pattern PASSWORD_PARAM_VALUE = Pattern.compile("(?i)[?&;](?:password|pwd)=([^&;]*)");
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(?:[a-z]+:)+//[^/@:]*:([^/@]*)@.*");

    private Urls() {
    }

    static URI http(Node node) {
        String text = node.requiredText("an http:// or https:// URL");
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return literalPassword(node) || !credentials(node, uri.getUserInfo()) ? null : uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        node.problem("expected an http:// or https:// URL like http://prometheus.staging:9090, got " + Node.quote(text));
        return null;
    }

    static String jdbc(Node node) {
        String text = node.requiredText("a JDBC URL like jdbc:postgresql://db.staging:5432/game");
        if (text == null) {
            return null;
        }
        Matcher m = JDBC.matcher(text);
        if (!m.matches() || !hostsAndPorts(m.group(2))) {
            node.problem("expected a JDBC URL for PostgreSQL, MariaDB or MySQL like"
                    + " jdbc:postgresql://db.staging:5432/game, got " + Node.quote(text));
            return null;
        }
        if (literalPassword(node)) {
            return null;
        }
        String authority = m.group(2);
        boolean ok = !authority.contains("@") || credentials(node, authority.substring(0, authority.lastIndexOf('@')));
        Matcher param = PASSWORD_PARAM_VALUE.matcher(text);
        while (param.find()) {
            ok &= protect(node, param.group(1));
        }
        return ok ? text : null;
    }

    /**
     * Registers the password of a URL's user-info (and the Basic authorization made of it) as a
     * secret, literal or not; false (a problem reported) when it is too short to be masked.
     */
    private static boolean credentials(Node node, String userInfo) {
        if (userInfo == null || !userInfo.contains(":")) {
            return true;
        }
        String password = userInfo.substring(userInfo.indexOf(':') + 1);
        if (!Secrets.protectable(password)) {
            node.problem(Secrets.tooShort("the password in the URL's user-info", password.length()));
            return false;
        }
        return Secrets.registerCredentials(userInfo.substring(0, userInfo.indexOf(':')), password);
    }

    private static boolean protect(Node node, String password) {
        if (!Secrets.register(password)) {
            node.problem(Secrets.tooShort("the password parameter of the URL", password.length()));
            return false;
        }
        return true;
    }

    /** Reports a password written into the URL itself rather than taken from {@code ${VAR}}. */
    private static boolean literalPassword(Node node) {
        String raw = node.raw();
        if (raw == null) {
            return false;
        }
        Matcher userinfo = USERINFO_PASSWORD.matcher(raw.trim());
        boolean literal = LITERAL_PASSWORD_PARAM.matcher(raw).matches()
                || userinfo.matches() && !userinfo.group(1).matches("\\$\\{[^}]*}");
        if (literal) {
            node.problem("expected a URL without a literal password, got one with a password written in it;"
                    + " take it from the environment, e.g. password: ${DB_PASSWORD} or user:${PASSWORD}@host"
                    + " (secrets come only from environment variables)");
        }
        return literal;
    }

    private static boolean hostsAndPorts(String authority) {
        String hosts = authority.contains("@") ? authority.substring(authority.lastIndexOf('@') + 1) : authority;
        for (String hostPort : hosts.split(",", -1)) {
            Matcher m = HOST_PORT.matcher(hostPort);
            if (!m.matches() || m.group(2) != null && (Integer.parseInt(m.group(2)) < 1
                    || Integer.parseInt(m.group(2)) > 65535)) {
                return false;
            }
        }
        return true;
    }
}
