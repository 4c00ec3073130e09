package dev.tminus.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Allure result files as allure-junit5 writes them, for self-tests of the verdict. */
final class AllureFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private long clock = 1_796_000_000_000L;

    AllureFixtures(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A result of the checklist: tag, display name, status, message, severity. */
    AllureFixtures result(String tag, String name, String status, String message, String severity, String... labels) {
        ObjectNode node = JSON.createObjectNode();
        String uuid = UUID.randomUUID().toString();
        node.put("uuid", uuid);
        node.put("historyId", Integer.toHexString(name.hashCode()));
        node.put("name", name);
        node.put("fullName", "dev.tminus.checklist." + tag + ".Checks.check");
        node.put("status", status);
        ObjectNode details = node.putObject("statusDetails");
        if (message != null) {
            details.put("message", message);
        }
        node.put("stage", "finished");
        ArrayNode ls = node.putArray("labels");
        ls.addObject().put("name", "tag").put("value", tag);
        ls.addObject().put("name", "framework").put("value", "junit-platform");
        if (severity != null) {
            ls.addObject().put("name", "severity").put("value", severity);
        }
        for (int i = 0; i + 1 < labels.length; i += 2) {
            ls.addObject().put("name", labels[i]).put("value", labels[i + 1]);
        }
        node.putArray("parameters");
        node.put("start", clock);
        node.put("stop", clock += 1000);
        write(uuid + "-result.json", node.toString());
        return this;
    }

    AllureFixtures passed(String tag, String name) {
        return result(tag, name, "passed", null, "blocker");
    }

    AllureFixtures environment(String text) {
        write("environment.properties", text);
        return this;
    }

    /** Moves the clock (epoch millis) results are stamped with. */
    AllureFixtures at(long epochMillis) {
        clock = epochMillis;
        return this;
    }

    Path dir() {
        return dir;
    }

    private void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String ENV = """
            env=staging
            release=v1.2.0-3a7f1b2
            T0=2026-12-01T10\\:00\\:00Z
            phase=scale-out
            owners=db\\: dba, dns\\: netops, tls\\: netops
            """;
}
