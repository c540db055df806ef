package org.matchwise.twostep;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.sso.SsoUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The step between a correct password and being signed in, for accounts that need a second factor. As the form
 * login's success handler (set by SecurityConfig in place of Vaadin's own, which it extends), it takes the fresh
 * authentication back out of the session, keeps it aside as a {@link Pending} sign-in for five minutes, and sends
 * the browser to the code page ({@code /login/two-step}); nothing is signed in meanwhile, so no screen or service
 * sees the account. {@link #complete} signs the pending authentication in once the code is right.
 */
@Component
public class TwoStepSignIn extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String PENDING = TwoStepSignIn.class.getName() + ".pending";
    static final String PATH = "/login/two-step";
    private static final Duration VALID = Duration.ofMinutes(5);

    /** A password sign-in waiting for its second step. */
    public record Pending(Authentication authentication, Instant since) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public MatchwiseUser user() {
            return (MatchwiseUser) authentication.getPrincipal();
        }
    }

    private final TwoStepService twoStep;
    private final SecurityContextHolderStrategy strategy;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    TwoStepSignIn(TwoStepService twoStep, SecurityContextHolderStrategy strategy, Clock clock) {
        this.twoStep = twoStep;
        this.strategy = strategy;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof MatchwiseUser user && !(user instanceof SsoUser)
                && twoStep.requiredAfterPassword(user)) {
            strategy.clearContext();
            HttpSession session = request.getSession();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.setAttribute(PENDING, new Pending(authentication, clock.instant()));
            response.sendRedirect(request.getContextPath() + PATH);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** The sign-in waiting in this session, if it is not older than five minutes. */
    public Optional<Pending> pending(HttpSession session) {
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
            return Optional.empty();
        }
        if (p.since().plus(VALID).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Drops the waiting sign-in (the account got locked, or the user gave up). */
    public void abandon(HttpSession session) {
        session.removeAttribute(PENDING);
    }

    /** Signs the waiting sign-in in: the security context goes into the session, under a new session id. */
    public void complete(Pending pending, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PENDING);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(pending.authentication());
        strategy.setContext(context);
        contexts.saveContext(context, request, response);
        request.changeSessionId();
    }
}
