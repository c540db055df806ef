package org.matchwise.sso;

import java.util.List;

/** What the single sign-on services answer: records and sealed results, never entities. */
public final class SsoViews {

    private SsoViews() {
    }

    /** A "Sign in with ..." button of the login view: where it starts ({@code /oauth2/authorization/<id>}). */
    public record SignInButton(String registrationId, String label, String school) {
    }

    /**
     * The school's provider settings as the admin screen binds them (the secret is never shown: only whether one
     * is stored).
     *
     * @param allowedDomains comma-separated, empty for any
     * @param jitAdvisors    create an advisor account for an allowed email that has none
     */
    public record SsoForm(boolean enabled, String displayName, String issuerUri, String clientId, boolean secretStored,
            String emailClaim, String allowedDomains, boolean jitAdvisors, boolean passwordsOffForStaff) {
    }

    /**
     * @param redirectUri  the address to register at the provider as redirect (callback) URI
     * @param fromProperties whether matchwise.sso.* sets this school's provider (the properties win at every start)
     * @param mayTurnPasswordsOff whether the admin has signed in once through this provider
     */
    public record SsoSettings(SsoForm form, String redirectUri, String logoutRedirectUri, boolean fromProperties,
            boolean mayTurnPasswordsOff) {
    }

    /** A field the form got wrong; {@code messageKey} names the message, {@code arg} fills it. */
    public record Problem(String field, String messageKey, String arg) {
    }

    public sealed interface SaveResult {
        record Saved(SsoSettings settings) implements SaveResult {
        }

        record Invalid(List<Problem> problems) implements SaveResult {
        }
    }
}
