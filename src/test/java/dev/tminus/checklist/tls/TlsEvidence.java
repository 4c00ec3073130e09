package dev.tminus.checklist.tls;

import dev.tminus.report.Evidence;
import dev.tminus.tls.CertificateInfo;
import dev.tminus.tls.KeyExchange;
import dev.tminus.check.Fact;
import dev.tminus.tls.ProtocolOffer;
import dev.tminus.tls.Resumption;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsInspection;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The evidence every TLS check attaches: what the address served, as an operator reads it. */
final class TlsEvidence {

    private TlsEvidence() {
    }

    static void attach(TlsInspection inspection, Instant now) {
        Evidence.attach("TLS at " + inspection.target().socket(), text(inspection, now));
    }

    static String text(TlsInspection i, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "address", i.target().socket() + " (SNI " + i.target().host() + ")");
        if (i.handshake().known()) {
            TlsHandshake h = i.handshake().get();
            CertificateInfo leaf = h.leaf();
            line(out, "subject", leaf.subject());
            line(out, "SANs", String.join(", ", leaf.sans()));
            line(out, "issuer", leaf.issuer());
            line(out, "serial", leaf.serial());
            line(out, "notBefore", leaf.notBefore().toString());
            line(out, "notAfter", leaf.notAfter() + " (" + leaf.daysLeft(now) + " days left)");
            line(out, "SHA-256", leaf.sha256());
            line(out, "key", leaf.keyType() + " " + leaf.keyBits() + "-bit, signed " + leaf.signatureAlgorithm());
            line(out, "OCSP URL", leaf.ocspUrl().orElse("(none)"));
            line(out, "protocol", h.protocol());
            line(out, "cipher", h.cipher());
            line(out, "ALPN", h.alpn().orElse("(none)"));
            line(out, "OCSP staple", h.staple().map(s -> s.describe()).orElse("(none)"));
            line(out, "trust", h.trust().describe());
            line(out, "handshake", h.elapsed().toMillis() + " ms");
        } else if (i.refusal().isPresent()) {
            line(out, "handshake", "refused by the server: fatal alert " + i.refusal().get().alert());
        } else {
            line(out, "handshake", "could not check: " + i.handshake().failure().orElseThrow().getMessage());
        }
        line(out, "resumption", part(i.resumption(), Resumption::describe));
        line(out, "protocols", part(i.protocols(), offers -> offers.stream().map(ProtocolOffer::describe)
                .collect(Collectors.joining("; "))));
        line(out, "key exchange", part(i.keyExchange(), KeyExchange::describe));
        if (i.handshake().known()) {
            out.append("chain as served:\n");
            List<CertificateInfo> chain = i.handshake().get().chain().certificates();
            for (int n = 0; n < chain.size(); n++) {
                CertificateInfo c = chain.get(n);
                out.append("  ").append(n + 1).append(". ").append(c.subject()).append("\n")
                        .append("     issuer ").append(c.issuer()).append("\n")
                        .append("     valid ").append(c.notBefore()).append(" .. ").append(c.notAfter()).append("\n")
                        .append("     SHA-256 ").append(c.sha256()).append("\n");
            }
        }
        return out.toString();
    }

    private static <T> String part(Fact<T> outcome, Function<T, String> describe) {
        return outcome.known() ? describe.apply(outcome.get())
                : "could not check: " + outcome.failure().orElseThrow().getMessage();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(String.format("%-12s %s%n", key, value));
    }
}
