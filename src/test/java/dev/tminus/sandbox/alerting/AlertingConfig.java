package dev.tminus.sandbox.alerting;


/**
 * The configuration files of the sandbox's Prometheus and Alertmanager: scrape every second, evaluate
 * every second, the seed's alert rules, and an L1/L2/L3 routing tree whose webhooks all point to the
 * synthetic game service on loopback. Faults change the files; the processes reload them.
 */
public final class AlertingConfig {

    public static final String RULE_MISSING = "rule-missing";
    static final String RULE_UNHEALTHY = "rule-unhealthy";
    public static final String WRONG_ROUTE = "wrong-route";

    private AlertingConfig() {
    }

    static String prometheus(int alertmanagerPort) {
        return """
                # Written by the T-Minus sandbox; rewritten on every start.
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                  evaluation_interval: 1s
                alerting:
                  alertmanagers:
                    - static_configs:
                        - targets: ["127.0.0.1:%d"]
                rule_files:
                  - rules.yml
                scrape_configs:
                  - job_name: game
                    scrape_interval: 1s
                    static_configs:
                      - targets: ["%s:%d"]
                """.formatted(alertmanagerPort, SyntheticGameService.HOST, SyntheticGameService.PORT);
    }

    /** The seed's alerts; {@link #RULE_MISSING} drops MatchTimeoutRateHigh, {@link #RULE_UNHEALTHY} breaks HighErrorRate. */
    static String rules(AlertingSetup setup) {
        String highErrorRate = setup.ruleUnhealthy
                // many-to-many match: Prometheus rejects it at every evaluation, the rule's health is "err"
                ? "sum by (route, status) (rate(http_requests_total[1m])) > on (route) sum by (route, status) (rate(http_requests_total[1m]))"
                : "sum(rate(http_requests_total{status=~\\\"5..\\\"}[1m])) / sum(rate(http_requests_total[1m])) > 0.005";
        String matchTimeout = setup.ruleMissing ? "" : """
                      - alert: MatchTimeoutRateHigh
                        expr: "sum(rate(match_timeouts_total[15s])) / sum(rate(http_requests_total{route=\\"/match\\"}[15s])) > 0.03"
                        for: 2m
                        labels: {severity: warning, service: matcher, level: L2}
                        annotations: {summary: "More than 3 % of matchmaking requests time out"}
                """;
        return """
                # The seed checklist's launch alerts. Written by the T-Minus sandbox.
                groups:
                  - name: game-launch
                    interval: 1s
                    rules:
                      - alert: HighErrorRate
                        expr: "%s"
                        for: 1m
                        labels: {severity: critical, service: gateway, level: L2}
                        annotations: {summary: "More than 0.5 %% of requests answer 5xx"}
                %s\
                      - alert: P0_ERROR_COUNT
                        expr: increase(p0_errors_total[15s]) > 0
                        labels: {severity: critical, service: gateway, level: L3}
                        annotations: {summary: "P0 errors (data loss, payment failure) are counted"}
                      - alert: WebSocketConnectionDrop
                        expr: websocket_connections < 0.7 * max_over_time(websocket_connections[5m])
                        for: 1m
                        labels: {severity: warning, service: gateway, level: L2}
                        annotations: {summary: "WebSocket connections dropped by more than 30 %%"}
                      - alert: order_service_latency_high
                        expr: "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{route=\\"/match\\"}[1m]))) > 0.5"
                        for: 1m
                        labels: {severity: warning, service: order-service, level: L1}
                        annotations: {summary: "p99 latency of orders above 500 ms"}
                      - alert: payment_gateway_timeout
                        expr: "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{route=\\"/pay\\"}[1m]))) > 2"
                        for: 1m
                        labels: {severity: warning, service: payment-gateway, level: L1}
                        annotations: {summary: "Payment gateway calls take more than 2 s"}
                      - alert: RedisCommandFailures
                        expr: rate(redis_commands_failed_total[1m]) > 1
                        for: 1m
                        labels: {severity: warning, service: matcher, level: L2}
                        annotations: {summary: "Redis commands fail"}
                      - alert: DuplicateTraceIds
                        expr: rate(trace_ids_duplicated_total[1m]) > 0
                        for: 1m
                        labels: {severity: warning, service: state-sync, level: L1}
                        annotations: {summary: "Trace ids are seen more than once"}
                """.formatted(highErrorRate, matchTimeout);
    }

    /**
     * L1 annotate, L2 page, L3 roll back. P0 errors go to the rollback receiver and continue to the
     * pager; other critical alerts page; everything else annotates. {@link #WRONG_ROUTE} sends
     * critical alerts to the annotation receiver instead of the pager.
     */
    static String alertmanager(AlertingSetup setup, String hookBase) {
        String criticalReceiver = setup.wrongRoute ? "annotate-l1" : "pager-l2";
        return """
                # Written by the T-Minus sandbox. Webhooks point to the synthetic game service on loopback.
                route:
                  receiver: annotate-l1
                  group_by: [alertname]
                  group_wait: 1s
                  group_interval: 5s
                  repeat_interval: 1h
                  routes:
                    - matchers: ['alertname="P0_ERROR_COUNT"']
                      receiver: rollback-l3
                      continue: true
                    - matchers: ['severity="critical"']
                      receiver: %s
                    - match_re: {severity: "warning|info"}
                      receiver: annotate-l1
                receivers:
                  - name: annotate-l1
                    webhook_configs: [{url: "%s/hooks/annotate-l1", send_resolved: false}]
                  - name: pager-l2
                    webhook_configs: [{url: "%s/hooks/pager-l2", send_resolved: false}]
                  - name: rollback-l3
                    webhook_configs: [{url: "%s/hooks/rollback-l3", send_resolved: false}]
                """.formatted(criticalReceiver, hookBase, hookBase, hookBase);
    }
}
