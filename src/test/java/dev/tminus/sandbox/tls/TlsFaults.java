package dev.tminus.sandbox.tls;

import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The defects the TLS sandbox can inject: each declares what it does to the {@link TlsSetup} and which checks it turns red. */
public final class TlsFaults {

    static final String EXPIRED = "tls-expired";
    static final String EXPIRING = "tls-expiring";
    static final String NOT_YET_VALID = "tls-not-yet-valid";
    static final String WRONG_SAN = "tls-wrong-san";
    static final String OVERSIZED_CERTIFICATE = "tls-oversized-certificate";
    static final String MISSING_INTERMEDIATE = "tls-missing-intermediate";
    static final String STALE_ADDRESS = "tls-stale-address";
    static final String LEGACY_PROTOCOL = "tls-legacy-protocol";
    static final String STAPLING_OFF = "tls-stapling-off";
    static final String REVOKED_STAPLE = "tls-revoked-staple";
    static final String REVOKED_STAPLING_OPTIONAL = "tls-revoked-stapling-optional";
    static final String RESUMPTION_OFF = "tls-resumption-off";
    static final String UNTRUSTED_ISSUER = "tls-untrusted-issuer";
    static final String NO_ALPN = "tls-no-alpn";
    static final String WEAK_KEY = "tls-weak-key";
    static final String SHA1 = "tls-sha1-signature";
    static final String NOT_TLS = "tls-not-tls";
    static final String STALL = "tls-stall";
    public static final String NO_OCSP_URL = "tls-no-ocsp-url";
    static final String REFUSED_ALERT = "tls-refused-alert";
    public static final String LEGACY_ONLY = "tls-legacy-only";
    public static final String NO_SERVER = "tls-no-server";
    static final String WEAK_CIPHER = "tls-weak-cipher";
    static final String DH1024 = "tls-dh1024";
    static final String DH_COMPOSITE = "tls-dh-composite";
    static final String DHE_RSA_ONLY = "tls-dhe-rsa-only";

    /** An address where nothing answers is said once, by TLS-01; its other checks point there (skipped). */
    private static final Set<String> ONCE = Set.of("TLS-01");

    private TlsFaults() {
    }

    static List<Fault<TlsSetup>> all() {
        return List.of(
                failing(EXPIRED, Set.of("TLS-01", "TLS-02"), "expired",
                        "every address serves a leaf that expired yesterday (a renewal that never ran)",
                        s -> s.leaf(l -> l.validity(days(-90), days(-1)))),
                failing(EXPIRING, Set.of("TLS-02"), "but it expires",
                        "every address serves a leaf that expires in 10 days, inside minValidity",
                        s -> s.leaf(l -> l.validity(days(-80), days(10)))),
                failing(NOT_YET_VALID, Set.of("TLS-01", "TLS-02"), "not valid before",
                        "every address serves a leaf valid only from the day after tomorrow",
                        s -> s.leaf(l -> l.validity(days(2), days(92)))),
                failing(WRONG_SAN, Set.of("TLS-01", "TLS-03"), "does not name gateway.game.tminus.test",
                        "every address serves a leaf issued for legacy.game.tminus.test only",
                        s -> s.leaf(l -> l.names(List.of("legacy.game.tminus.test")))),
                failing(OVERSIZED_CERTIFICATE, Set.of("TLS-01"), "more than clients accept",
                        "every address serves a leaf with 3,000 names (like badssl.com's 10000-sans): its Certificate"
                                + " message is larger than a Java client accepts, so no such client completes the handshake",
                        s -> s.leaf(l -> l.names(manyNames(3_000)))),
                failing(MISSING_INTERMEDIATE, Set.of("TLS-01", "TLS-04", "TLS-07"), "intermediate",
                        "every address serves the leaf without the issuing CA (cert.pem instead of fullchain.pem);"
                                + " without the issuer a server cannot staple either",
                        s -> s.leafOnly = true),
                failing(STALE_ADDRESS, Set.of("TLS-05"), "but it serves an older one",
                        "127.0.0.13 still serves the certificate from before the renewal",
                        s -> s.lastAddress = TlsSetup.LastAddress.STALE_CERTIFICATE),
                failing(LEGACY_PROTOCOL, Set.of("TLS-06"), "but it accepts TLSv1, TLSv1.1",
                        "every address also accepts TLS 1.0 and 1.1",
                        s -> s.acceptLegacy = true),
                failing(STAPLING_OFF, Set.of("TLS-07"), "staples none",
                        "the servers staple nothing (they cannot get an answer from the OCSP responder)",
                        s -> s.ocspRefuses = true),
                failing(REVOKED_STAPLE, Set.of("TLS-01", "TLS-07"), "revoked",
                        "the OCSP responder says the served leaf is revoked, and the servers staple that",
                        s -> s.revokeServedLeaf = true),
                failing(REVOKED_STAPLING_OPTIONAL, Set.of("TLS-01"), "the certificate is revoked",
                        "the served leaf is revoked and the plan does not require stapling: a revoked certificate is"
                                + " not trusted whether stapling is required or not",
                        s -> s.revokeServedLeaf = true)
                        .withProfilePatch(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("tls")).withArray("endpoints").forEach(e ->
                                ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("ocspStapling", "optional"))),
                failing(RESUMPTION_OFF, Set.of("TLS-08"), "0 of 4 resumed",
                        "every connection gets a fresh server context, so no session or ticket is ever recognised",
                        s -> s.freshContextEachTime = true),
                failing(UNTRUSTED_ISSUER, Set.of("TLS-01", "TLS-09"), "T-Minus Rogue",
                        "every address serves a leaf from a CA that no client trusts",
                        s -> s.leaf(LeafSpec::rogueIssuer)),
                failing(NO_ALPN, Set.of("TLS-10"), "negotiated none",
                        "the servers negotiate no application protocol",
                        s -> s.alpn = List.of()),
                failing(WEAK_KEY, Set.of("TLS-11"), "1024-bit RSA key",
                        "every address serves a leaf with a 1024-bit RSA key",
                        s -> s.leaf(l -> l.key("RSA", 1024, "SHA256withECDSA"))),
                failing(SHA1, Set.of("TLS-11"), "signed with SHA1withECDSA",
                        "every address serves a leaf signed with SHA-1",
                        s -> s.leaf(l -> l.key("EC", 256, "SHA1withECDSA"))),
                broken(NOT_TLS, "not TLS at all", "127.0.0.13 answers plain HTTP on the TLS port",
                        s -> s.lastAddress = TlsSetup.LastAddress.NOT_TLS),
                broken(NO_SERVER, "No TLS server at 127.0.0.13:18443 (connection refused)",
                        "nothing listens on 127.0.0.13, which the name still resolves to (connection refused):"
                                + " said once, by TLS-01",
                        s -> s.lastAddress = TlsSetup.LastAddress.ABSENT),
                failing(REFUSED_ALERT, Set.of("TLS-01", "TLS-06"), "handshake_failure",
                        "127.0.0.13 answers every ClientHello with a fatal handshake_failure alert: a refusal, NOT READY",
                        s -> s.lastAddress = TlsSetup.LastAddress.ALERT),
                failing(LEGACY_ONLY, Set.of("TLS-01", "TLS-06"), "protocol_version",
                        "every address speaks only TLS 1.0 and 1.1 (protocol_version to anything newer)",
                        s -> s.wire = ServerMode.Wire.LEGACY_ONLY),
                failing(WEAK_CIPHER, Set.of("TLS-12"), "DES/3DES (TLS_RSA_WITH_3DES_EDE_CBC_SHA",
                        "every address also accepts 3DES and RC4 suites when a client offers only those",
                        s -> s.suites(m -> m.weak(Set.of(0x000a, 0x0005), 0))),
                failing(DH1024, Set.of("TLS-12"), "its DHE group has 1024 bits",
                        "every address answers a DHE-only ClientHello with a 1024-bit DH group",
                        s -> s.suites(m -> m.weak(Set.of(), 1024))),
                failing(DH_COMPOSITE, Set.of("TLS-12"), "its DHE group's modulus is not a prime",
                        "every address answers a DHE-only ClientHello with a 2048-bit group whose modulus is composite"
                                + " (a product of two primes)", s -> s.suites(m -> m.weak(Set.of(), -2048))),
                failing(DHE_RSA_ONLY, Set.of(), "", "every address is a healthy TLS 1.2 server with an RSA leaf and"
                                + " only DHE-RSA suites (2048-bit group): every check stays green",
                        s -> s.leaf(l -> l.key("RSA", 2048, "SHA256withECDSA")).suites(m -> m.jsse(
                                List.of("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"),
                                List.of("TLSv1.2")))),
                failing(NO_OCSP_URL, Set.of(), "", "the leaf names no OCSP responder (as Let's Encrypt leaves do since"
                                + " 2025): stapling is not applicable, so TLS-07 is skipped, never failed",
                        s -> s.leaf(LeafSpec::withoutOcsp)),
                broken(STALL, "stalled mid-handshake",
                        "127.0.0.13 accepts the connection and the ClientHello, then never answers",
                        s -> s.lastAddress = TlsSetup.LastAddress.STALL));
    }

    /** The endpoint's host and {@code n - 1} more names under it. */
    private static List<String> manyNames(int n) {
        List<String> names = new java.util.ArrayList<>(List.of("gateway.game.tminus.test"));
        for (int i = 1; i < n; i++) {
            names.add("pool-" + i + ".game.tminus.test");
        }
        return names;
    }

    private static Fault<TlsSetup> failing(String name, Set<String> ids, String message, String description,
                                           Fault.Effect<TlsSetup> effect) {
        return new Fault<>(name, Tags.TLS, description, ids, Set.of(), message, p -> { }, effect);
    }

    private static Fault<TlsSetup> broken(String name, String message, String description, Fault.Effect<TlsSetup> effect) {
        return new Fault<>(name, Tags.TLS, description, Set.of(), ONCE, message, p -> { }, effect);
    }

    /** An instant this many days from now (negative: ago). */
    private static Instant days(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }
}
