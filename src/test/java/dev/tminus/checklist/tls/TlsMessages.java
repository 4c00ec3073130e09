package dev.tminus.checklist.tls;

import dev.tminus.profile.Durations;
import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.OcspStaple;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The failure messages of the TLS checks, in the AssertJ shape and operator language: what was
 * expected, what was found, where, and what to do next, ending with the re-run command. Each one's
 * exact text is pinned by {@code TlsMessagesTest}.
 */
final class TlsMessages {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TlsMessages() {
    }

    static String at(Instant instant) {
        return MINUTES.format(instant);
    }

    static String untrusted(TlsTarget t, String trusted, String reason, CertificateInfo leaf, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to complete a TLS handshake trusted by " + trusted + ", the certificate naming the host\n"
                + "but the certificate was rejected: " + reason + ".\n"
                + "Served: " + leaf.subject() + ", issued by " + leaf.issuer() + ".\n"
                + "Fix the certificate or the chain the server sends, then re-run: " + rerun;
    }

    static String expiresTooSoon(TlsTarget t, Instant until, String from, Duration margin, CertificateInfo leaf,
                                 Instant now, String rerun) {
        String found = leaf.notAfter().isBefore(now)
                ? "but it expired " + at(leaf.notAfter()) + " (" + Duration.between(leaf.notAfter(), now).toDays() + " days ago)."
                : "but it expires " + at(leaf.notAfter()) + " (" + leaf.daysLeft(now) + " days left).";
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to stay valid until at least " + at(until) + " (" + from + " + " + Durations.format(margin) + ")\n"
                + found + "\n"
                + "Renew it, then re-run: " + rerun;
    }

    static String notYetValid(TlsTarget t, CertificateInfo leaf, Instant now, String rerun) {
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to be valid now (" + at(now) + ")\n"
                + "but it is not valid before " + at(leaf.notBefore()) + ".\n"
                + "Check how it was issued and the server's clock, or serve the current certificate, then re-run: " + rerun;
    }

    static String wrongName(TlsTarget t, CertificateInfo leaf, String rerun) {
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to name " + t.host() + " in its subject alternative names\n"
                + "but it does not name " + t.host() + ": its SANs are " + leaf.sans() + ".\n"
                + "Reissue it with " + t.host() + " among its names, then re-run: " + rerun;
    }

    static String incompleteChain(TlsTarget t, List<CertificateInfo> chain, boolean ordered, String rerun) {
        String found = !ordered
                ? "but it is out of order: " + chain.stream().map(CertificateInfo::subject)
                .collect(Collectors.joining(" → ")) + "."
                : "but it ends at " + chain.get(chain.size() - 1).subject() + ", whose issuer "
                + chain.get(chain.size() - 1).issuer() + " is not sent (missing intermediate).";
        return "Expecting the chain served by " + t.host() + " at " + t.socket() + "\n"
                + "  to be complete and in order: the leaf, then its intermediates up to a trusted root\n"
                + found + "\n"
                + "Serve the full chain (leaf first, then intermediates, e.g. fullchain.pem), then re-run: " + rerun;
    }

    static String differentLeaf(TlsTarget t, CertificateInfo own, CertificateInfo majority, List<String> majorityAt,
                                String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to serve the same certificate as the other addresses: SHA-256 " + majority.sha256()
                + " (serial " + majority.serial() + ", expires " + at(majority.notAfter()) + ") at "
                + String.join(", ", majorityAt) + "\n"
                + "but it serves a different one: SHA-256 " + own.sha256() + " (serial " + own.serial() + ", expires "
                + at(own.notAfter()) + ").\n"
                + "Deploy the current certificate on " + t.address() + " (a backend missed the renewal), then re-run: "
                + rerun;
    }

    static String protocolFloor(TlsTarget t, String floor, List<ProtocolOffer> below, List<ProtocolOffer> floorOffer,
                                String rerun) {
        String found = below.isEmpty()
                ? "but it refuses " + floor + " (" + floorOffer.get(0).answer() + ")."
                : "but it accepts " + below.stream().map(ProtocolOffer::protocol).collect(Collectors.joining(", "))
                + " (" + below.stream().map(ProtocolOffer::answer).collect(Collectors.joining(", ")) + ").";
        String next = below.isEmpty() ? "Enable " + floor + " on the server" : "Disable every protocol below " + floor
                + " on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3;)";
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to accept " + floor + " and refuse every protocol below it (tls.minProtocol)\n"
                + found + "\n"
                + next + ", then re-run: " + rerun;
    }

    static String badStaple(TlsTarget t, CertificateInfo leaf, java.util.Optional<OcspStaple> staple, Instant now,
                            String rerun) {
        String found;
        String next;
        if (staple.isEmpty()) {
            found = "but it staples none.";
            next = "Turn stapling on (nginx: ssl_stapling on;), give the server the issuer's certificate (the "
                    + "intermediate) and check it reaches " + leaf.ocspUrl().orElse("its OCSP responder");
        } else if (staple.get().status() == OcspStaple.Status.GOOD) {
            found = "but the stapled response is stale: its next update " + staple.get().nextUpdate().map(TlsMessages::at)
                    .orElse("(none)") + " is not after " + at(now) + ".";
            next = "Check that the server refreshes its staple from " + leaf.ocspUrl().orElse("the OCSP responder");
        } else {
            found = "but the stapled response says " + staple.get().describe() + ".";
            next = staple.get().status() == OcspStaple.Status.REVOKED
                    ? "The certificate is revoked: issue and deploy a new one"
                    : "Check the OCSP responder " + leaf.ocspUrl().orElse("") + " and what the server staples";
        }
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to staple a good OCSP response for serial " + leaf.serial()
                + " with its next update in the future (ocspStapling: required)\n"
                + found + "\n"
                + next + ", then re-run: " + rerun;
    }

    static String noResumption(TlsTarget t, Resumption r, double min, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to resume the session on at least " + Math.round(min * 100) + "% of repeated handshakes"
                + " (resumption: required)\n"
                + "but " + r.resumed() + " of " + r.attempts() + " resumed.\n"
                + "Enable the session cache or tickets and share ticket keys across every server behind "
                + t.host() + ", then re-run: " + rerun;
    }

    static String wrongIssuer(TlsTarget t, String pattern, CertificateInfo leaf, String rerun) {
        return "Expecting certificate of " + t.host() + " at " + t.socket() + "\n"
                + "  to be issued by an issuer matching /" + pattern + "/\n"
                + "but its issuer is " + leaf.issuer() + ".\n"
                + "Check which CA the renewal used (ACME directory and account), then re-run: " + rerun;
    }

    static String noAlpn(TlsTarget t, List<String> wanted, java.util.Optional<String> got, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to negotiate one of " + wanted + " by ALPN\n"
                + "but it negotiated " + got.map(p -> "\"" + p + "\"").orElse("none") + ".\n"
                + "Enable ALPN for those protocols on the server (nginx: http2 on;), then re-run: " + rerun;
    }

    static String weakCrypto(TlsTarget t, List<String> weaknesses, String rerun) {
        return "Expecting every certificate served by " + t.host() + " at " + t.socket() + "\n"
                + "  to have an RSA key of at least 2048 bits or an EC key of at least 256 bits, and no SHA-1 signature\n"
                + "but " + String.join("; ", weaknesses) + ".\n"
                + "Reissue with a strong key and a SHA-256 (or better) signature, then re-run: " + rerun;
    }
}
