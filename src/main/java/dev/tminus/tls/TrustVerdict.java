package dev.tminus.tls;

/**
 * Whether a client with the probe's trust store and hostname verification accepts the served chain.
 *
 * @param trusted true when path validation and hostname verification both passed
 * @param reason  in operator language why not (empty when trusted)
 * @param revoked the leaf's own OCSP status (stapled or asked) says it is revoked
 */
public record TrustVerdict(boolean trusted, String reason, boolean revoked) {

    public static TrustVerdict ok() {
        return new TrustVerdict(true, "", false);
    }

    public static TrustVerdict rejected(String reason) {
        return new TrustVerdict(false, reason, false);
    }

    /** Rejected because the leaf is revoked. */
    public static TrustVerdict revoked(String reason) {
        return new TrustVerdict(false, reason, true);
    }

    public String describe() {
        return trusted ? "trusted, name verified" : "rejected: " + reason;
    }
}
