package dev.tminus.tls;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;

/**
 * The OCSP response a server stapled to its handshake (status_request), as read from the leaf's entry.
 *
 * @param status     good, revoked, unknown, or unreadable (not a successful basic OCSP response)
 * @param thisUpdate when the responder produced the status
 * @param nextUpdate until when the responder vouches for it (absent: no promise)
 * @param revokedAt  when the certificate was revoked
 * @param detail     what was unreadable, for the report
 */
public record OcspStaple(Status status, Optional<Instant> thisUpdate, Optional<Instant> nextUpdate,
                         Optional<Instant> revokedAt, String detail) {

    public enum Status {
        GOOD, REVOKED, UNKNOWN, UNREADABLE;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    /** Reads a stapled response; never throws: a staple that cannot be read is a fact too. */
    public static OcspStaple parse(byte[] der, String leafSerialHex) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                return unreadable("responder status " + resp.getStatus() + " instead of successful (0)");
            }
            if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                return unreadable("not a basic OCSP response");
            }
            SingleResp entry = null;
            for (SingleResp single : basic.getResponses()) {
                if (single.getCertID().getSerialNumber().toString(16).equals(leafSerialHex)) {
                    entry = single;
                }
            }
            if (entry == null) {
                return unreadable("no entry for serial " + leafSerialHex);
            }
            Optional<Instant> thisUpdate = Optional.ofNullable(entry.getThisUpdate()).map(d -> d.toInstant());
            Optional<Instant> nextUpdate = Optional.ofNullable(entry.getNextUpdate()).map(d -> d.toInstant());
            Object status = entry.getCertStatus();
            if (status == null) {
                return new OcspStaple(Status.GOOD, thisUpdate, nextUpdate, Optional.empty(), "");
            }
            if (status instanceof RevokedStatus revoked) {
                return new OcspStaple(Status.REVOKED, thisUpdate, nextUpdate,
                        Optional.of(revoked.getRevocationTime().toInstant()), "");
            }
            return new OcspStaple(Status.UNKNOWN, thisUpdate, nextUpdate, Optional.empty(), "");
        } catch (IOException | OCSPException | RuntimeException e) {
            return unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static OcspStaple unreadable(String detail) {
        return new OcspStaple(Status.UNREADABLE, Optional.empty(), Optional.empty(), Optional.empty(), detail);
    }

    /** {@code good, next update 2026-12-01T10:00:00Z}, for evidence. */
    public String describe() {
        return switch (status) {
            case UNREADABLE -> "unreadable (" + detail + ")";
            case REVOKED -> "revoked at " + revokedAt.map(Instant::toString).orElse("?")
                    + nextUpdate.map(n -> ", next update " + n).orElse("");
            default -> status + nextUpdate.map(n -> ", next update " + n).orElse(", no next update");
        };
    }
}
