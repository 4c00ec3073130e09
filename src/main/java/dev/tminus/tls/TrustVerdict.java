package dev.tminus.tls;

/**
 * Whether a client with the probe's trust store and hostname verification accepts the served chain.
 *
 * @param trusted true when path validation and hostname verification both passed
 * @param reason  in operator language why not (empty when trusted)
 */
public record TrustVerdict(boolean trusted, String reason) {

    public static TrustVerdict ok() {
        return new TrustVerdict(true, "");
    }

    public static TrustVerdict rejected(String reason) {
        return new TrustVerdict(false, reason);
    }

    public String describe() {
        return trusted ? "trusted, name verified" : "rejected: " + reason;
    }
}
