package dev.tminus.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alertmanager's routing semantics on config.original as Alertmanager 0.25 renders it. */
class RoutingTreeTest {

    /** As served by /api/v2/status of Alertmanager 0.25 (defaults added by Alertmanager trimmed). */
    static final String LOADED = """
            global:
              resolve_timeout: 5m
            route:
              receiver: annotate-l1
              group_by:
              - alertname
              continue: false
              routes:
              - receiver: rollback-l3
                matchers:
                - alertname="P0_ERROR_COUNT"
                continue: true
              - receiver: pager-l2
                matchers:
                - severity="critical"
                continue: false
              - match_re:
                  service: order-.*
                continue: false
                routes:
                - receiver: pager-l2
                  match:
                    team: payments
              group_wait: 1s
            receivers:
            - name: annotate-l1
            - name: pager-l2
            - name: rollback-l3
            """;

    final RoutingTree tree = RoutingTree.parse(LOADED);

    @Test
    void delivers_to_the_first_matching_child_and_stops() {
        // GIVEN the loaded tree / WHEN a critical alert is routed
        RoutingTree.Decision decision = tree.route(Map.of("severity", "critical", "service", "order-service"));

        // THEN the critical route wins over the later order-service route
        assertThat(decision.receivers()).containsExactly("pager-l2");
        assertThat(decision.paths()).containsExactly("root → {severity=\"critical\"} → pager-l2");
    }

    @Test
    void continues_past_a_route_with_continue_true() {
        // GIVEN / WHEN a critical P0 alert is routed
        RoutingTree.Decision decision = tree.route(Map.of("alertname", "P0_ERROR_COUNT", "severity", "critical"));

        // THEN it reaches the rollback receiver and, continuing, the pager
        assertThat(decision.receivers()).containsExactly("rollback-l3", "pager-l2");
    }

    @Test
    void inherits_the_parent_receiver_and_anchors_match_re() {
        // GIVEN / WHEN alerts of the order service are routed
        List<String> plain = tree.route(Map.of("service", "order-service")).receivers();
        List<String> payments = tree.route(Map.of("service", "order-service", "team", "payments")).receivers();
        List<String> unanchored = tree.route(Map.of("service", "legacy-order-service")).receivers();

        // THEN the order route (no receiver of its own) delivers to the root's receiver; its child to the pager;
        // and match_re is anchored, so "legacy-order-service" falls through to the root
        assertThat(plain).containsExactly("annotate-l1");
        assertThat(payments).containsExactly("pager-l2");
        assertThat(unanchored).containsExactly("annotate-l1");
        assertThat(tree.route(Map.of("service", "legacy-order-service")).paths()).containsExactly("root → annotate-l1");
    }

    @Test
    void a_configuration_without_route_cannot_be_checked() {
        assertThatThrownBy(() -> RoutingTree.parse("receivers: []\n")).isInstanceOf(ProbeException.Garbage.class)
                .hasMessage("Could not check: Alertmanager's loaded configuration has no route");
    }
}
