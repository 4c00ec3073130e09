package dev.tminus.db;

import dev.tminus.ProbeException;

/**
 * The database answered but did not let the account in: wrong password, unknown or locked account,
 * no access to the database. COULD NOT CHECK; the message names the user and the database, never
 * the password.
 */
public class AuthenticationFailed extends ProbeException {

    public AuthenticationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
