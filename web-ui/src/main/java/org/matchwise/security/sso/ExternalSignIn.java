package org.matchwise.security.sso;

import org.matchwise.security.MatchwiseUser;

/**
 * Maps an external identity to a Matchwise account; protocol-neutral, so a SAML 2.0 login (Spring Security's
 * {@code saml2Login}) can use the same rules as the OpenID Connect one: only an existing, enabled, unlocked account
 * of the same school with that email (or one already linked to the identity) signs in, unless the school creates
 * advisors just in time.
 */
public interface ExternalSignIn {

    Outcome signIn(ExternalIdentity identity);

    /** A sign-in's result: the account, or why not. */
    sealed interface Outcome {
        record SignedIn(MatchwiseUser user) implements Outcome {
        }

        record Refused(Refusal reason, String detail) implements Outcome {
        }
    }

    /** Why an identity does not sign in; each has a page of its own words ({@code sso.refused.<code>}). */
    enum Refusal {
        /** No account with that email in the school (and no just-in-time creation). */
        UNKNOWN_ACCOUNT("unknown-account"),
        /** The account is deactivated. */
        DISABLED("disabled"),
        /** The account is locked for a while after too many wrong passwords or second-step codes. */
        LOCKED("locked"),
        /** The email's domain is not one the school allows. */
        WRONG_DOMAIN("wrong-domain"),
        /** The provider sent no email in the configured claim, or says the email is not verified. */
        NO_EMAIL("no-email"),
        /** The identity or the email belongs to another school's account, or the account has another identity. */
        CONFLICT("conflict"),
        /** Single sign-on is off for the school. */
        SSO_OFF("sso-off"),
        /** The provider's ID token failed a check: wrong audience. */
        WRONG_AUDIENCE("wrong-audience"),
        /** The provider's ID token failed a check: expired or issued in the future. */
        EXPIRED("expired"),
        /** The provider's ID token failed a check: bad or unknown signature. */
        BAD_SIGNATURE("bad-signature"),
        /** Any other failure of the protocol (denied at the provider, state mismatch, invalid token). */
        FAILED("failed"),
        /** The provider could not be reached. */
        UNAVAILABLE("unavailable");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Refusal ofCode(String code) {
            for (Refusal r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            return FAILED;
        }
    }
}
