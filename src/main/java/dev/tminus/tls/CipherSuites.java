package dev.tminus.tls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cipher suites the key-exchange probe offers, by family, with their IANA names. The JDK will
 * not offer the weak ones itself (jdk.tls.disabledAlgorithms), so they go out in hand-written
 * ClientHellos: the server's answer is what is judged, never the local settings.
 */
final class CipherSuites {

    /** Suites a real client offers over TLS 1.0-1.2: ECDHE, finite-field DHE and RSA key exchange. */
    static final int[] MODERN = {0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc009, 0xc013, 0xc00a, 0xc014,
        0x009e, 0x009f, 0xccaa, 0x0033, 0x0039, 0x0067, 0x006b, 0x009c, 0x009d, 0x002f, 0x0035, 0x003c, 0x003d,
        0x000a};

    /** Finite-field DHE suites only: the answer carries the server's DH group. */
    static final int[] DHE = {0x009e, 0x009f, 0xccaa, 0x0033, 0x0039, 0x0067, 0x006b, 0x0032, 0x0038, 0x0016};

    /** Each weak family on its own, so the ServerHello says which family the server accepts. */
    static final Map<String, int[]> WEAK = weak();

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0001, "TLS_RSA_WITH_NULL_MD5"), Map.entry(0x0002, "TLS_RSA_WITH_NULL_SHA"),
            Map.entry(0x003b, "TLS_RSA_WITH_NULL_SHA256"), Map.entry(0xc006, "TLS_ECDHE_ECDSA_WITH_NULL_SHA"),
            Map.entry(0xc010, "TLS_ECDHE_RSA_WITH_NULL_SHA"),
            Map.entry(0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5"), Map.entry(0x0006, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5"),
            Map.entry(0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA"), Map.entry(0x0014, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA"),
            Map.entry(0x0011, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA"),
            Map.entry(0x0004, "TLS_RSA_WITH_RC4_128_MD5"), Map.entry(0x0005, "TLS_RSA_WITH_RC4_128_SHA"),
            Map.entry(0xc011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA"), Map.entry(0xc007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA"),
            Map.entry(0x000a, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"), Map.entry(0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0xc012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"), Map.entry(0xc008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0x0009, "TLS_RSA_WITH_DES_CBC_SHA"), Map.entry(0x0015, "TLS_DHE_RSA_WITH_DES_CBC_SHA"),
            Map.entry(0x0018, "TLS_DH_anon_WITH_RC4_128_MD5"), Map.entry(0x001b, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA"), Map.entry(0x003a, "TLS_DH_anon_WITH_AES_256_CBC_SHA"),
            Map.entry(0x006c, "TLS_DH_anon_WITH_AES_128_CBC_SHA256"), Map.entry(0x00a6, "TLS_DH_anon_WITH_AES_128_GCM_SHA256"),
            Map.entry(0x00a7, "TLS_DH_anon_WITH_AES_256_GCM_SHA384"), Map.entry(0xc016, "TLS_ECDH_anon_WITH_RC4_128_SHA"),
            Map.entry(0xc017, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA"), Map.entry(0xc018, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA"),
            Map.entry(0xc019, "TLS_ECDH_anon_WITH_AES_256_CBC_SHA"),
            Map.entry(0x009e, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"), Map.entry(0x009f, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0xccaa, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"), Map.entry(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA"),
            Map.entry(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA"), Map.entry(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256"),
            Map.entry(0x006b, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"), Map.entry(0x0032, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA"),
            Map.entry(0x0038, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA"),
            Map.entry(0xc02b, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), Map.entry(0xc02f, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0xc02c, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"), Map.entry(0xc030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0xc013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"), Map.entry(0xc014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0x009c, "TLS_RSA_WITH_AES_128_GCM_SHA256"), Map.entry(0x009d, "TLS_RSA_WITH_AES_256_GCM_SHA384"),
            Map.entry(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA"), Map.entry(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"));

    private CipherSuites() {
    }

    private static Map<String, int[]> weak() {
        Map<String, int[]> weak = new LinkedHashMap<>();
        weak.put("NULL", new int[] {0x0001, 0x0002, 0x003b, 0xc006, 0xc010});
        weak.put("EXPORT", new int[] {0x0003, 0x0006, 0x0008, 0x0014, 0x0011});
        weak.put("RC4", new int[] {0x0004, 0x0005, 0xc011, 0xc007});
        weak.put("DES/3DES", new int[] {0x000a, 0x0016, 0xc012, 0xc008, 0x0009, 0x0015});
        weak.put("anonymous", new int[] {0x0034, 0x003a, 0x006c, 0x00a6, 0x00a7, 0xc018, 0xc019, 0x0018, 0x001b, 0xc016,
            0xc017});
        return java.util.Collections.unmodifiableMap(weak);
    }

    /** The weak families, in the order they are probed. */
    static List<String> families() {
        return List.copyOf(WEAK.keySet());
    }

    static String name(int suite) {
        return NAMES.getOrDefault(suite, String.format("0x%04x", suite));
    }

    static boolean isDhe(int suite) {
        for (int s : DHE) {
            if (s == suite) {
                return true;
            }
        }
        return false;
    }
}
