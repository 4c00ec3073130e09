package dev.tminus.checklist;

import org.junit.jupiter.api.extension.Extension;

/** Loads the environment profile once per run and hands it to checks. (Being written.) */
public class ProfileExtension implements Extension {
}
