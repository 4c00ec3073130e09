package dev.tminus.report;

import dev.tminus.profile.Secrets;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Attachment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evidence for the report: what a probe saw, attached to the running check. Text is masked for
 * secrets before it leaves the JVM. Outside an Allure run the attachment is silently dropped.
 *
 * <p>The checks of one item show the same evidence (an address's TLS handshake, a record's answer):
 * each distinct piece (name, type and content) is written to the results folder once, and every
 * later check that attaches it refers to that file.
 */
public final class Evidence {

    private Evidence() {
    }

    /** Plain text evidence, e.g. a DNS answer as dig prints it. */
    public static void attach(String name, String text) {
        attachOnce(name, "text/plain", ".txt", Secrets.mask(text).getBytes(StandardCharsets.UTF_8));
    }

    /** JSON evidence, e.g. a silence as Alertmanager returns it. */
    public static void attachJson(String name, String json) {
        attachOnce(name, "application/json", ".json", Secrets.mask(json).getBytes(StandardCharsets.UTF_8));
    }

    /** A picture, e.g. an SLO chart. */
    public static void attachPng(String name, byte[] png) {
        attachOnce(name, "image/png", ".png", png);
    }

    /** Files already written, per lifecycle (one results folder), by a digest of name, type and content. */
    private static final Map<AllureLifecycle, Map<String, String>> WRITTEN =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void attachOnce(String name, String type, String extension, byte[] content) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        Optional<String> current = lifecycle.getCurrentTestCaseOrStep();
        if (current.isEmpty()) {
            return; // not in an Allure run
        }
        String key = digest(name, type, content);
        Map<String, String> files = WRITTEN.computeIfAbsent(lifecycle, l -> new ConcurrentHashMap<>());
        String written = files.get(key);
        if (written == null) {
            String source = lifecycle.prepareAttachment(name, type, extension);
            lifecycle.writeAttachment(source, new ByteArrayInputStream(content));
            files.putIfAbsent(key, source);
            return;
        }
        Attachment again = new Attachment().setName(name).setType(type).setSource(written);
        if (current.equals(lifecycle.getCurrentTestCase())) {
            lifecycle.updateTestCase(current.get(), test -> test.getAttachments().add(again));
        } else {
            lifecycle.updateStep(current.get(), step -> step.getAttachments().add(again));
        }
    }

    private static String digest(String name, String type, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(type.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
