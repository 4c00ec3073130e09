package dev.tminus.sandbox.golden;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the synthetic game service behaves during the golden hour, healthy until faults edit it, and
 * which SLO breaches (and protected alerts) Prometheus must show before the checks run.
 */
public final class GoldenHourSetup {

    double payErrorRatio;
    int redisFailuresPerSecond;
    Duration latency = GoldenHourSandbox.HEALTHY_LATENCY;
    int duplicateTracesPerSecond;
    int healthStatus = 200;
    boolean p0Errors;
    final List<String> slosToBreach = new ArrayList<>();

    /** Wait, before the checks run, until this SLO of the sandbox profile is outside its bounds. */
    GoldenHourSetup breaching(String slo) {
        slosToBreach.add(slo);
        return this;
    }
}
