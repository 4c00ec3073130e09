package dev.tminus.alerting;

/**
 * What Alertmanager or Prometheus says about itself.
 *
 * @param readyStatus HTTP status of {@code /-/ready} (200 = ready)
 * @param version     e.g. {@code 0.25.0}
 * @param cluster     Alertmanager's cluster status: {@code ready}, {@code settling}, or {@code disabled}
 *                    when it runs alone; empty for Prometheus
 * @param raw         the status document as served, for the report
 */
public record ServiceStatus(String service, String url, int readyStatus, String version, String revision,
                            String cluster, String raw) {

    public boolean ready() {
        return readyStatus == 200;
    }

    /** A single Alertmanager has no cluster to settle ({@code disabled}); a cluster must be {@code ready}. */
    public boolean clusterReady() {
        return cluster.isEmpty() || "ready".equals(cluster) || "disabled".equals(cluster);
    }
}
