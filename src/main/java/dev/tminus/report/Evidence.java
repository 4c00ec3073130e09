package dev.tminus.report;

import dev.tminus.profile.Secrets;
import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;

/**
 * Evidence for the report: what a probe saw, attached to the running check. Text is masked for
 * secrets before it leaves the JVM. Outside an Allure run the attachment is silently dropped.
 */
public final class Evidence {

    private Evidence() {
    }

    /** Plain text evidence, e.g. a DNS answer as dig prints it. */
    public static void attach(String name, String text) {
        Allure.addAttachment(name, "text/plain", Secrets.mask(text), ".txt");
    }

    /** JSON evidence, e.g. a silence as Alertmanager returns it. */
    public static void attachJson(String name, String json) {
        Allure.addAttachment(name, "application/json", Secrets.mask(json), ".json");
    }

    /** A picture, e.g. an SLO chart. */
    public static void attachPng(String name, byte[] png) {
        Allure.addAttachment(name, "image/png", new ByteArrayInputStream(png), ".png");
    }
}
