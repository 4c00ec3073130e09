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

    /** Every anonymous (unauthenticated) key exchange: TLS_DH_anon_* and TLS_ECDH_anon_*. */
    static final int[] ANONYMOUS = {0x0034, 0x003a, 0x006c, 0x006d, 0x00a6, 0x00a7, 0x0046, 0x0089, 0x009b, 0x00bf,
        0x00c5, 0xc046, 0xc047, 0xc05a, 0xc05b, 0xc084, 0xc085, 0x0017, 0x0018, 0x0019, 0x001a, 0x001b,
        0xc015, 0xc016, 0xc017, 0xc018, 0xc019};

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
            Map.entry(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA"), Map.entry(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0xc001, "TLS_ECDH_ECDSA_WITH_NULL_SHA"), Map.entry(0xc00b, "TLS_ECDH_RSA_WITH_NULL_SHA"),
            Map.entry(0xc015, "TLS_ECDH_anon_WITH_NULL_SHA"), Map.entry(0x000b, "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA"),
            Map.entry(0x000e, "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA"), Map.entry(0x0017, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5"),
            Map.entry(0x0019, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA"), Map.entry(0xc002, "TLS_ECDH_ECDSA_WITH_RC4_128_SHA"),
            Map.entry(0xc00c, "TLS_ECDH_RSA_WITH_RC4_128_SHA"), Map.entry(0x0013, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0x0012, "TLS_DHE_DSS_WITH_DES_CBC_SHA"), Map.entry(0xc003, "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0xc00d, "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA"), Map.entry(0x001a, "TLS_DH_anon_WITH_DES_CBC_SHA"),
            Map.entry(0x006d, "TLS_DH_anon_WITH_AES_256_CBC_SHA256"), Map.entry(0x0046, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA"),
            Map.entry(0x0089, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA"), Map.entry(0x009b, "TLS_DH_anon_WITH_SEED_CBC_SHA"),
            Map.entry(0x00bf, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256"), Map.entry(0x00c5, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256"),
            Map.entry(0xc046, "TLS_DH_anon_WITH_ARIA_128_CBC_SHA256"), Map.entry(0xc047, "TLS_DH_anon_WITH_ARIA_256_CBC_SHA384"),
            Map.entry(0xc05a, "TLS_DH_anon_WITH_ARIA_128_GCM_SHA256"), Map.entry(0xc05b, "TLS_DH_anon_WITH_ARIA_256_GCM_SHA384"),
            Map.entry(0xc084, "TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256"), Map.entry(0xc085, "TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384"),
            Map.entry(0x0041, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA"), Map.entry(0x0084, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA"),
            Map.entry(0x0045, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA"), Map.entry(0x0088, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA"),
            Map.entry(0x0096, "TLS_RSA_WITH_SEED_CBC_SHA"), Map.entry(0x009a, "TLS_DHE_RSA_WITH_SEED_CBC_SHA"),
            Map.entry(0x0007, "TLS_RSA_WITH_IDEA_CBC_SHA"));

    private CipherSuites() {
    }

    private static Map<String, int[]> weak() {
        Map<String, int[]> weak = new LinkedHashMap<>();
        weak.put("NULL", new int[] {0x0001, 0x0002, 0x003b, 0xc006, 0xc010, 0xc001, 0xc00b, 0xc015});
        weak.put("EXPORT", new int[] {0x0003, 0x0006, 0x0008, 0x0014, 0x0011, 0x000b, 0x000e, 0x0017, 0x0019});
        weak.put("RC4", new int[] {0x0004, 0x0005, 0xc011, 0xc007, 0xc002, 0xc00c, 0x0018, 0xc016});
        weak.put("DES/3DES", new int[] {0x000a, 0x0016, 0xc012, 0xc008, 0x0009, 0x0015, 0x0013, 0x0012, 0xc003, 0xc00d,
            0x001a, 0x001b, 0xc017});
        weak.put("anonymous", ANONYMOUS);
        return java.util.Collections.unmodifiableMap(weak);
    }

    /** Suites of other ciphers a server may still run (CAMELLIA, ARIA, SEED, IDEA, CCM, DSS, static ECDH). */
    private static final int[] OTHER = {0x0041, 0x0084, 0x0045, 0x0088, 0x00ba, 0x00c0, 0x00be, 0x00c4, 0xc072, 0xc073,
        0xc076, 0xc077, 0x0096, 0x009a, 0x0007, 0xc09c, 0xc09d, 0xc09e, 0xc09f, 0xc0ac, 0xc0ad, 0xc050, 0xc051, 0xc052,
        0xc053, 0xc060, 0xc061, 0xc03c, 0xc03d, 0x00a2, 0x00a3, 0x0040, 0x006a, 0x0044, 0x0087, 0xc004, 0xc005, 0xc00e,
        0xc00f, 0xc025, 0xc026, 0xc029, 0xc02a, 0xc023, 0xc024, 0xc027, 0xc028};

    /**
     * What a version probe offers below TLS 1.3: every suite known here, weak ones included, so that a
     * refusal is the version's and never the cipher list's (a server may speak an old version only with
     * CAMELLIA or a NULL cipher). Which suites are weak is judged by the key-exchange probe, not here.
     */
    static final int[] EVERY = every();

    private static int[] every() {
        java.util.LinkedHashSet<Integer> all = new java.util.LinkedHashSet<>();
        for (int s : MODERN) {
            all.add(s);
        }
        for (int s : DHE) {
            all.add(s);
        }
        for (int s : OTHER) {
            all.add(s);
        }
        WEAK.values().forEach(family -> {
            for (int s : family) {
                all.add(s);
            }
        });
        return all.stream().mapToInt(Integer::intValue).toArray();
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
