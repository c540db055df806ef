package org.matchwise.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.matchwise.sso.ExternalSignIn.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused or failed single sign-on lands: the page {@code /login/refused?reason=<code>}
 * (org.matchwise.sso.ui.SsoRefusedView), which says in words what happened; the technical detail goes to the log
 * only. The ID token checks are Spring Security's own; their messages are sorted into wrong audience, expired and
 * bad signature here.
 */
final class SsoFailures implements AuthenticationFailureHandler {

    static final String REFUSED_PATH = "/login/refused";
    private static final Logger log = LoggerFactory.getLogger(SsoFailures.class);

    private final boolean atStart;

    /** @param atStart for the start of a sign-in (the redirect to the provider), whose failures all mean unreachable */
    SsoFailures(boolean atStart) {
        this.atStart = atStart;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Refusal reason = atStart ? Refusal.UNAVAILABLE : reasonOf(exception);
        if (!(exception instanceof OAuth2AuthenticationException e
                && e.getError().getErrorCode().startsWith(SchoolOidcUserService.ERROR_PREFIX))) {
            // the linker logged its own refusals; these come from the protocol
            log.warn("Single sign-on failed ({}): {}", reason.code(), exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + REFUSED_PATH + "?reason=" + reason.code());
    }

    static Refusal reasonOf(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException oauth)) {
            return Refusal.FAILED;
        }
        OAuth2Error error = oauth.getError();
        String code = error.getErrorCode();
        if (code.startsWith(SchoolOidcUserService.ERROR_PREFIX)) {
            return Refusal.ofCode(code.substring(SchoolOidcUserService.ERROR_PREFIX.length()));
        }
        String text = ((error.getDescription() == null ? "" : error.getDescription()) + " "
                + (oauth.getMessage() == null ? "" : oauth.getMessage())).toLowerCase(Locale.ROOT);
        if (code.equals("invalid_id_token") || code.equals("invalid_token")) {
            if (text.contains("signature") || text.contains("signed jwt rejected") || text.contains("no matching key")
                    || text.contains("jwk")) {
                return Refusal.BAD_SIGNATURE;
            }
            if (text.contains("aud=") || text.contains("azp=") || text.contains("audience")) {
                return Refusal.WRONG_AUDIENCE;
            }
            if (text.contains("exp=") || text.contains("iat=") || text.contains("expired")) {
                return Refusal.EXPIRED;
            }
        }
        if (code.equals("invalid_token_response") || code.equals("invalid_user_info_response")) {
            return Refusal.UNAVAILABLE;
        }
        return Refusal.FAILED;
    }
}
