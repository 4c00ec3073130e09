package dev.tminus.checklist.tls;

import dev.tminus.ProbeException;
import dev.tminus.tls.HandshakeRefused;
import dev.tminus.tls.HandshakeUnusable;
import dev.tminus.check.Fact;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsInspection;
import dev.tminus.tls.TlsTarget;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What an address answered, as each check needs it. TLS-01 says once per address what became of the
 * handshake: a fatal alert is a refusal (NOT READY, the alert named), no TLS server at all is one
 * COULD NOT CHECK line. The other checks that need the handshake are then skipped with a pointer to
 * TLS-01 instead of repeating it; those that need none (TLS-06, TLS-12) still judge what was offered.
 */
final class Answered {

    private Answered() {
    }

    /** TLS-01: the handshake, or the verdict on why there is none. */
    static TlsHandshake handshakeOrVerdict(TlsTarget target, TlsFacts facts) {
        TlsInspection inspection = inspection(target, facts);
        if (inspection.handshake().known()) {
            return inspection.handshake().get();
        }
        if (inspection.refusal().isPresent()) {
            HandshakeRefused refused = inspection.refusal().get();
            Assertions.fail(TlsMessages.refused(target, refused.alert(), inspection.protocols().value(),
                    facts.tls().minProtocol(), facts.rerun()));
        }
        if (inspection.unusable().isPresent()) {
            Assertions.fail(unusable(target, inspection.unusable().get(), facts.rerun()));
        }
        if (inspection.noServer().isPresent()) {
            ProbeException e = inspection.nothingLearned().orElseThrow();
            throw e.reworded(TlsMessages.noServer(target, inspection.noServer().get(), facts.rerun()));
        }
        return Broken.get(inspection.handshake(), facts.rerun());
    }

    /** Any other check that needs the handshake: skipped, pointing to TLS-01, when there is none. */
    static TlsHandshake handshake(TlsTarget target, TlsFacts facts) {
        TlsInspection inspection = inspection(target, facts);
        if (!inspection.handshake().known()) {
            Assumptions.abort(pointer(inspection));
        }
        return inspection.handshake().get();
    }

    /** A part that needs the handshake (resumption). */
    static <T> T afterHandshake(TlsInspection inspection, Fact<T> part, TlsFacts facts) {
        if (!inspection.handshake().known()) {
            Assumptions.abort(pointer(inspection));
        }
        return Broken.get(part, facts.rerun());
    }

    /** A part that needs no handshake (TLS-06, TLS-12): judged unless nothing answered at all. */
    static <T> T withoutHandshake(TlsInspection inspection, Fact<T> part, TlsFacts facts) {
        if (!part.known() && (inspection.nothingLearned().isPresent() || inspection.unusable().isPresent())) {
            Assumptions.abort(pointer(inspection));
        }
        return Broken.get(part, facts.rerun());
    }

    static String pointer(TlsInspection i) {
        String at = i.target().socket();
        if (i.refusal().isPresent()) {
            return "not applicable: the server at " + at + " refused the handshake (alert " + i.refusal().get().alert()
                    + "); TLS-01 reports it";
        }
        if (i.unusable().isPresent()) {
            return "not applicable: the server at " + at + " sent what clients cannot use; TLS-01 reports it";
        }
        if (i.noServer().isPresent()) {
            return "not applicable: no TLS server at " + at + " (" + i.noServer().get() + "); TLS-01 reports it";
        }
        if (i.target().address().equals(TlsFacts.UNRESOLVED)) {
            return "not applicable: the addresses of " + i.target().host() + " could not be listed; TLS-01 reports why";
        }
        if (i.nothingLearned().isPresent()) {
            return "not applicable: nothing could be inspected at " + at + "; TLS-01 reports why";
        }
        return "not applicable: the handshake at " + at + " did not complete; TLS-01 reports why";
    }

    private static TlsInspection inspection(TlsTarget target, TlsFacts facts) {
        TlsInspection inspection = facts.inspection(target);
        TlsEvidence.attach(inspection, facts.now());
        return inspection;
    }

    /** TLS-01 when the server sent what clients cannot use: its defect, named, and what to change. */
    static String unusable(TlsTarget t, HandshakeUnusable unusable, String rerun) {
        return "Expecting " + t.host() + " at " + t.socket() + "\n"
                + "  to complete a TLS handshake with a standard client\n"
                + "but it sent " + unusable.what() + ", so clients cannot complete the handshake either.\n"
                + unusable.fix() + ", then re-run: " + rerun;
    }
}
