package dev.tminus.checklist.tls;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The claim a TLS check makes about each endpoint × address, as its items' display names say it. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Claim {
    String value();
}
