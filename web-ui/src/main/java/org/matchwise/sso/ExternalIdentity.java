package org.matchwise.sso;

/**
 * Who an external identity provider says signed in, whatever the protocol (OpenID Connect today, SAML 2.0 later):
 * the provider ({@code issuer}: OIDC issuer or SAML entity id), the person's stable id there ({@code subject}:
 * OIDC {@code sub} or SAML NameID), and the email taken from the school's configured claim or attribute.
 *
 * @param emailVerified what the provider says about the email; null when it says nothing (Entra ID, SAML)
 */
public record ExternalIdentity(String protocol, long schoolId, String issuer, String subject, String email,
        Boolean emailVerified, String displayName) {
}
