package dev.tminus.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code field:value} lines of an {@code INFO} answer ({@code # Section} headers skipped). */
final class InfoSection {

    private InfoSection() {
    }

    static Map<String, String> fields(String info) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : info.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }
}
