package dev.tminus.sandbox.tls;

import dev.tminus.checklist.Tags;
import dev.tminus.sandbox.Fault;
import java.util.List;
import java.util.Set;

/** The defects the TLS sandbox can inject, each turning exactly its checks red. */
public final class TlsFaults {

    public static final String EXPIRED = "tls-expired";
    public static final String EXPIRING = "tls-expiring";
    public static final String NOT_YET_VALID = "tls-not-yet-valid";
    public static final String WRONG_SAN = "tls-wrong-san";
    public static final String MISSING_INTERMEDIATE = "tls-missing-intermediate";
    public static final String STALE_ADDRESS = "tls-stale-address";
    public static final String LEGACY_PROTOCOL = "tls-legacy-protocol";
    public static final String STAPLING_OFF = "tls-stapling-off";
    public static final String REVOKED_STAPLE = "tls-revoked-staple";
    public static final String RESUMPTION_OFF = "tls-resumption-off";
    public static final String UNTRUSTED_ISSUER = "tls-untrusted-issuer";
    public static final String NO_ALPN = "tls-no-alpn";
    public static final String WEAK_KEY = "tls-weak-key";
    public static final String SHA1 = "tls-sha1-signature";
    public static final String NOT_TLS = "tls-not-tls";
    public static final String STALL = "tls-stall";
    public static final String NO_OCSP_URL = "tls-no-ocsp-url";
    public static final String REFUSED_ALERT = "tls-refused-alert";
    public static final String LEGACY_ONLY = "tls-legacy-only";
    public static final String NO_SERVER = "tls-no-server";
    public static final String WEAK_CIPHER = "tls-weak-cipher";
    public static final String DH1024 = "tls-dh1024";
    public static final String DHE_RSA_ONLY = "tls-dhe-rsa-only";

    /** An address where nothing answers is said once, by TLS-01; its other checks point there (skipped). */
    private static final Set<String> ONCE = Set.of("TLS-01");

    private TlsFaults() {
    }

    public static List<Fault> all() {
        return List.of(
                failing(EXPIRED, Set.of("TLS-01", "TLS-02"), "expired",
                        "every address serves a leaf that expired yesterday (a renewal that never ran)"),
                Fault.failing(EXPIRING, Tags.TLS, "TLS-02", "but it expires",
                        "every address serves a leaf that expires in 10 days, inside minValidity"),
                failing(NOT_YET_VALID, Set.of("TLS-01", "TLS-02"), "not valid before",
                        "every address serves a leaf valid only from the day after tomorrow"),
                failing(WRONG_SAN, Set.of("TLS-01", "TLS-03"), "does not name gateway.game.tminus.test",
                        "every address serves a leaf issued for legacy.game.tminus.test only"),
                failing(MISSING_INTERMEDIATE, Set.of("TLS-01", "TLS-04", "TLS-07"), "intermediate",
                        "every address serves the leaf without the issuing CA (cert.pem instead of fullchain.pem);"
                                + " without the issuer a server cannot staple either"),
                Fault.failing(STALE_ADDRESS, Tags.TLS, "TLS-05", "but it serves an older one",
                        "127.0.0.13 still serves the certificate from before the renewal"),
                Fault.failing(LEGACY_PROTOCOL, Tags.TLS, "TLS-06", "but it accepts TLSv1, TLSv1.1",
                        "every address also accepts TLS 1.0 and 1.1"),
                Fault.failing(STAPLING_OFF, Tags.TLS, "TLS-07", "staples none",
                        "the servers staple nothing (they cannot get an answer from the OCSP responder)"),
                Fault.failing(REVOKED_STAPLE, Tags.TLS, "TLS-07", "revoked",
                        "the OCSP responder says the served leaf is revoked, and the servers staple that"),
                Fault.failing(RESUMPTION_OFF, Tags.TLS, "TLS-08", "0 of 4 resumed",
                        "every connection gets a fresh server context, so no session or ticket is ever recognised"),
                failing(UNTRUSTED_ISSUER, Set.of("TLS-01", "TLS-09"), "T-Minus Rogue",
                        "every address serves a leaf from a CA that no client trusts"),
                Fault.failing(NO_ALPN, Tags.TLS, "TLS-10", "negotiated none",
                        "the servers negotiate no application protocol"),
                Fault.failing(WEAK_KEY, Tags.TLS, "TLS-11", "1024-bit RSA key",
                        "every address serves a leaf with a 1024-bit RSA key"),
                Fault.failing(SHA1, Tags.TLS, "TLS-11", "signed with SHA1withECDSA",
                        "every address serves a leaf signed with SHA-1"),
                new Fault(NOT_TLS, Tags.TLS, "127.0.0.13 answers plain HTTP on the TLS port", Set.of(), ONCE,
                        "not TLS at all", p -> { }),
                new Fault(NO_SERVER, Tags.TLS, "nothing listens on 127.0.0.13, which the name still resolves to "
                        + "(connection refused): said once, by TLS-01", Set.of(), ONCE,
                        "No TLS server at 127.0.0.13:18443 (connection refused)", p -> { }),
                failing(REFUSED_ALERT, Set.of("TLS-01", "TLS-06"), "handshake_failure",
                        "127.0.0.13 answers every ClientHello with a fatal handshake_failure alert: a refusal, NOT READY"),
                failing(LEGACY_ONLY, Set.of("TLS-01", "TLS-06"), "protocol_version",
                        "every address speaks only TLS 1.0 and 1.1 (protocol_version to anything newer)"),
                Fault.failing(WEAK_CIPHER, Tags.TLS, "TLS-12", "DES/3DES (TLS_RSA_WITH_3DES_EDE_CBC_SHA",
                        "every address also accepts 3DES and RC4 suites when a client offers only those"),
                Fault.failing(DH1024, Tags.TLS, "TLS-12", "its DHE group has 1024 bits",
                        "every address answers a DHE-only ClientHello with a 1024-bit DH group"),
                new Fault(DHE_RSA_ONLY, Tags.TLS, "every address is a healthy TLS 1.2 server with an RSA leaf and"
                        + " only DHE-RSA suites (2048-bit group): every check stays green", Set.of(), Set.of(), "",
                        p -> { }),
                new Fault(NO_OCSP_URL, Tags.TLS, "the leaf names no OCSP responder (as Let's Encrypt leaves do since"
                        + " 2025): stapling is not applicable, so TLS-07 is skipped, never failed", Set.of(), Set.of(),
                        "", p -> { }),
                new Fault(STALL, Tags.TLS, "127.0.0.13 accepts the connection and the ClientHello, then never answers",
                        Set.of(), ONCE, "stalled mid-handshake", p -> { }));
    }

    private static Fault failing(String name, Set<String> ids, String message, String description) {
        return new Fault(name, Tags.TLS, description, ids, Set.of(), message, p -> { });
    }
}
