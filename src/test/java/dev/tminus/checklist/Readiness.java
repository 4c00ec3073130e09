package dev.tminus.checklist;

import dev.tminus.checklist.dns.DnsAnswerAssert;
import dev.tminus.checklist.dns.DnsAssertions;
import dev.tminus.checklist.tls.CertificateAssert;
import dev.tminus.checklist.tls.ServingAssert;
import dev.tminus.checklist.tls.TlsFacts;
import dev.tminus.dns.DnsAnswer;
import dev.tminus.tls.TlsHandshake;
import dev.tminus.tls.TlsTarget;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractCollectionAssert;
import org.assertj.core.api.AbstractComparableAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.OptionalAssert;

/**
 * The one entry point of every check's assertions ({@code import static
 * dev.tminus.checklist.Readiness.assertThat}). A failed assertion is NOT READY; the message says
 * what was expected, what was found, what to do and how to re-run. Facts that could not be
 * established never get here: reading them ({@link dev.tminus.check.Fact#get()}) is COULD NOT CHECK.
 *
 * <p>DNS answers and TLS handshakes and addresses have asserts of their own, worded for their area;
 * other facts (counts, durations, lists of findings, yes-or-no claims) use the generic ones, each
 * with the check's own message ({@code withFailMessage}).
 */
public final class Readiness {

    private Readiness() {
    }

    /** A DNS answer (DNS checks). */
    public static DnsAnswerAssert assertThat(DnsAnswer answer, String rerun) {
        return DnsAssertions.assertThat(answer, rerun);
    }

    /** What a TLS handshake showed of the certificate (TLS certificate checks). */
    public static CertificateAssert assertThat(TlsHandshake handshake, TlsFacts facts) {
        return CertificateAssert.assertThat(handshake, facts);
    }

    /** What one TLS address serves (TLS serving checks). */
    public static ServingAssert assertThat(TlsTarget target, TlsFacts facts) {
        return ServingAssert.assertThat(target, facts);
    }

    /** A yes-or-no claim. */
    public static ClaimAssert assertThat(boolean holds) {
        return new ClaimAssert(holds);
    }

    /** A count (slots, spare connections, breaches). */
    public static AbstractIntegerAssert<?> assertThat(int actual) {
        return Assertions.assertThat(actual);
    }

    /** A measured or planned quantity (a duration, a count). */
    public static <T extends Comparable<? super T>> AbstractComparableAssert<?, T> assertThat(T actual) {
        return Assertions.assertThat(actual);
    }

    /** Findings (usually: there must be none). */
    public static <E> ListAssert<E> assertThat(List<? extends E> actual) {
        return Assertions.assertThat(actual);
    }

    /** A set of findings or names. */
    public static <E> AbstractCollectionAssert<?, Collection<? extends E>, E, ObjectAssert<E>> assertThat(
            Collection<? extends E> actual) {
        return Assertions.assertThat(actual);
    }

    /** Something that must (or must not) be there. */
    public static <T> OptionalAssert<T> assertThat(Optional<T> actual) {
        return Assertions.assertThat(actual);
    }
}
