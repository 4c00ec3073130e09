package dev.tminus.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Allure's {@code executor.json} (the "Executors" panel and the links between builds in the trend)
 * from the CI's own variables: GitHub Actions, GitLab CI or Jenkins. Once the verdict is known,
 * {@link #of(Map, Readiness)} names the build with it, so the Overview says the verdict and the
 * release in its Executors widget; outside CI the executor is this machine.
 */
public final class ExecutorInfo {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExecutorInfo() {
    }

    /** The executor.json content for this environment, if it is a known CI. */
    public static Optional<String> of(Map<String, String> env) {
        ObjectNode node = JSON.createObjectNode();
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            String run = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com") + "/"
                    + env.getOrDefault("GITHUB_REPOSITORY", "") + "/actions/runs/" + env.getOrDefault("GITHUB_RUN_ID", "");
            node.put("name", "GitHub Actions").put("type", "github")
                    .put("buildName", env.getOrDefault("GITHUB_WORKFLOW", "") + " #" + env.getOrDefault("GITHUB_RUN_NUMBER", ""))
                    .put("buildOrder", number(env.get("GITHUB_RUN_NUMBER"))).put("buildUrl", run);
        } else if ("true".equals(env.get("GITLAB_CI"))) {
            node.put("name", "GitLab CI").put("type", "gitlab")
                    .put("buildName", env.getOrDefault("CI_PROJECT_PATH", "") + " pipeline #"
                            + env.getOrDefault("CI_PIPELINE_IID", env.getOrDefault("CI_PIPELINE_ID", "")))
                    .put("buildOrder", number(env.getOrDefault("CI_PIPELINE_IID", env.get("CI_PIPELINE_ID"))))
                    .put("buildUrl", env.getOrDefault("CI_PIPELINE_URL", env.getOrDefault("CI_JOB_URL", "")));
        } else if (env.containsKey("JENKINS_URL")) {
            node.put("name", "Jenkins").put("type", "jenkins")
                    .put("buildName", env.getOrDefault("JOB_NAME", "") + " #" + env.getOrDefault("BUILD_NUMBER", ""))
                    .put("buildOrder", number(env.get("BUILD_NUMBER")))
                    .put("buildUrl", env.getOrDefault("BUILD_URL", ""));
        } else {
            return Optional.empty();
        }
        Optional.ofNullable(env.get("TMINUS_REPORT_URL")).filter(u -> !u.isBlank()).ifPresent(u -> node.put("reportUrl", u));
        try {
            return Optional.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The executor with the verdict in its build name: in CI {@code go-live gate #42 — NOT READY,
     * release v1.2.0}; outside CI {@code T-Minus on this machine}, build {@code NOT READY — env
     * staging, release v1.2.0, T0 2026-12-01T10:00:00Z}.
     */
    public static String of(Map<String, String> env, Readiness r) {
        try {
            ObjectNode node = of(env).map(ExecutorInfo::parse).orElseGet(() -> JSON.createObjectNode()
                    .put("name", "T-Minus on " + r.vantageText()).put("type", "tminus").put("buildName", ""));
            String build = node.path("buildName").asText("");
            node.put("buildName", build.isEmpty()
                    ? r.verdict().words() + " — env " + r.env() + ", release " + r.release() + ", T0 " + r.t0()
                    : build + " — " + r.verdict().words() + ", release " + r.release());
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
