package dev.tminus.checklist.dns;

import dev.tminus.checklist.FactsExtension;

/** Hands DNS checks the facts of this run ({@link DnsFacts}), gathered once, closed by JUnit. */
final class DnsFactsExtension extends FactsExtension<DnsFacts> {

    DnsFactsExtension() {
        super(DnsFacts.class, DnsFacts::gather);
    }
}
