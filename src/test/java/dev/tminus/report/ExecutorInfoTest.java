package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutorInfoTest {

    private static JsonNode executor(Map<String, String> env) throws Exception {
        return new ObjectMapper().readTree(ExecutorInfo.of(env).orElseThrow());
    }

    @Test
    void fills_the_executor_from_github_actions() throws Exception {
        JsonNode e = executor(Map.of("GITHUB_ACTIONS", "true", "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "game/launch", "GITHUB_RUN_ID", "987", "GITHUB_RUN_NUMBER", "42",
                "GITHUB_WORKFLOW", "go-live gate", "TMINUS_REPORT_URL", "https://game.github.io/launch/"));

        assertThat(e.toString()).isEqualTo("{\"name\":\"GitHub Actions\",\"type\":\"github\",\"buildName\":\"go-live gate #42\","
                + "\"buildOrder\":42,\"buildUrl\":\"https://github.com/game/launch/actions/runs/987\","
                + "\"reportUrl\":\"https://game.github.io/launch/\"}");
    }

    @Test
    void fills_the_executor_from_gitlab_ci() throws Exception {
        JsonNode e = executor(Map.of("GITLAB_CI", "true", "CI_PROJECT_PATH", "game/launch", "CI_PIPELINE_IID", "17",
                "CI_PIPELINE_ID", "123456", "CI_PIPELINE_URL", "https://gitlab.example.com/game/launch/-/pipelines/123456"));

        assertThat(e.toString()).isEqualTo("{\"name\":\"GitLab CI\",\"type\":\"gitlab\",\"buildName\":\"game/launch pipeline #17\","
                + "\"buildOrder\":17,\"buildUrl\":\"https://gitlab.example.com/game/launch/-/pipelines/123456\"}");
    }

    @Test
    void fills_the_executor_from_jenkins() throws Exception {
        JsonNode e = executor(Map.of("JENKINS_URL", "https://ci.example.com/", "JOB_NAME", "launch/gate",
                "BUILD_NUMBER", "311", "BUILD_URL", "https://ci.example.com/job/launch/job/gate/311/"));

        assertThat(e.toString()).isEqualTo("{\"name\":\"Jenkins\",\"type\":\"jenkins\",\"buildName\":\"launch/gate #311\","
                + "\"buildOrder\":311,\"buildUrl\":\"https://ci.example.com/job/launch/job/gate/311/\"}");
    }

    @Test
    void writes_no_executor_outside_ci() {
        assertThat(ExecutorInfo.of(Map.of("HOME", "/root", "CI", "true"))).isEmpty();
    }

    private static Readiness notReady() {
        return new Readiness(Verdict.NOT_READY, "3 items are not ready", "staging", "v1.2.0-3a7f1b2",
                "2026-12-01T10:00:00Z", "scale-out", java.util.List.of(), java.util.List.of(), Map.of(),
                java.util.List.of(), java.util.List.of(), java.util.Optional.empty(), java.util.List.of(), VerdictsTest.NOW);
    }

    @Test
    void names_the_build_with_the_verdict_and_the_release_in_ci() throws Exception {
        JsonNode e = new ObjectMapper().readTree(ExecutorInfo.of(Map.of("JENKINS_URL", "https://ci.example.com/",
                "JOB_NAME", "launch/gate", "BUILD_NUMBER", "311", "BUILD_URL", "https://ci.example.com/job/launch/job/gate/311/"),
                notReady()));

        assertThat(e.path("buildName").asText()).isEqualTo("launch/gate #311 — NOT READY, release v1.2.0-3a7f1b2");
        assertThat(e.path("buildOrder").asLong()).isEqualTo(311);
    }

    @Test
    void outside_ci_the_executor_is_this_machine_with_the_verdict_as_its_build() throws Exception {
        JsonNode e = new ObjectMapper().readTree(ExecutorInfo.of(Map.of("HOME", "/root"), notReady()));

        assertThat(e.toString()).isEqualTo("{\"name\":\"T-Minus on this machine\",\"type\":\"tminus\",\"buildName\":"
                + "\"NOT READY — env staging, release v1.2.0-3a7f1b2, T0 2026-12-01T10:00:00Z\"}");
    }
}
