package dev.tminus.sandbox.alerting;

/**
 * What monitoring in a box looks like, healthy until faults edit it: Prometheus's rules,
 * Alertmanager's routing and whether it runs, the release silences the pipeline creates, and the
 * game service's match timeouts.
 */
public final class AlertingSetup {

    boolean ruleMissing;
    boolean ruleUnhealthy;
    boolean wrongRoute;
    boolean alertmanagerDown;
    double matchTimeoutRatio;
    /** The second planned alert gets no silence. */
    boolean silenceMissing;
    /** The first planned alert's silence runs until T0+2h30m. */
    boolean silenceTooLong;
    /** The first planned alert's silence ends 25 minutes after the plan. */
    boolean silenceDrifted;
    /** The first planned alert's silence has no release id and no author. */
    boolean silenceWithoutRelease;
    /** An extra silence mutes every alert with a service label. */
    boolean silenceOverBroad;
    /** An extra silence tier!="p0" mutes the P0 rules, which carry no tier label. */
    boolean silenceNegativeMatcherOnAbsentLabel;

    /** Whether the required alert MatchTimeoutRateHigh must be pending before the checks run. */
    boolean requiredAlertFiring() {
        return matchTimeoutRatio > 0;
    }
}
