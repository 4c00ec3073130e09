package dev.tminus.checklist.silence;

import dev.tminus.checklist.FactsExtension;
import dev.tminus.checklist.Profiles;

/** Hands checks the {@link AlertingFacts} of this run, fetched on first use and kept in the root store. */
public class AlertingFactsResolver extends FactsExtension<AlertingFacts> {

    public AlertingFactsResolver() {
        super(AlertingFacts.class, context -> AlertingFacts.fetch(Profiles.of(context).alerting().orElseThrow()));
    }
}
