package dev.tminus.tls;

import java.util.List;
import java.util.Optional;

/**
 * Which weak cipher suites and key exchanges a server accepts, each family offered on its own in a
 * hand-written ClientHello (up to TLS 1.2), and the size of its finite-field DH group.
 *
 * @param accepted the weak families it accepted, each with the suite and version it chose, e.g.
 *                 {@code DES/3DES (TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLSv1.2)}
 * @param dhBits   the size of the DH prime in its DHE ServerKeyExchange; empty when it chose no DHE suite
 * @param dheSuite the DHE suite that group came with
 * @param answers  the answer to every offer, for the evidence
 * @param dhComposite its DH modulus is not a prime: the group gives no security, whatever its size
 */
public record KeyExchange(List<String> accepted, Optional<Integer> dhBits, Optional<String> dheSuite,
                          List<String> answers, boolean dhComposite) {

    public KeyExchange(List<String> accepted, Optional<Integer> dhBits, Optional<String> dheSuite, List<String> answers) {
        this(accepted, dhBits, dheSuite, answers, false);
    }

    /** Below this, a DH group is weak (Logjam; NIST SP 800-57, BSI TR-02102). */
    public static final int MIN_DH_BITS = 2048;

    public KeyExchange {
        accepted = List.copyOf(accepted);
        answers = List.copyOf(answers);
    }

    /** Nothing weak: the healthy answer. */
    public static KeyExchange strong() {
        return new KeyExchange(List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    public boolean weakDh() {
        return dhComposite || dhBits.filter(b -> b < MIN_DH_BITS).isPresent();
    }

    public String describe() {
        return String.join("; ", answers);
    }
}
