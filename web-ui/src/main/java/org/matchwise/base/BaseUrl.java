package org.matchwise.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people open Matchwise at, which every link in a mail (invitations, resets, reminders, unsubscribe,
 * calendar feeds) starts with: the setting {@code matchwise.base-url} (the older name
 * {@code matchwise.mail.base-url} is still read). When it is unset, a link made while a signed-in person's request
 * runs (an advisor inviting an applicant, an admin sending a reset) takes the host that person's browser used, so
 * the link works wherever the office reaches the app; links made without such a request (the scheduler's
 * reminders, a password reset asked for signed out, whose Host header anyone can forge) fall back to
 * {@value #FALLBACK}. On the postgres profile (a real installation) an unset setting is a WARNING at start.
 */
@Component
public class BaseUrl {

    public static final String PROPERTY = "matchwise.base-url";
    static final String OLD_PROPERTY = "matchwise.mail.base-url";
    static final String FALLBACK = "http://localhost:8080";
    private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

    private final Environment environment;
    private final String configured;

    public BaseUrl(Environment environment) {
        this.environment = environment;
        String value = environment.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = environment.getProperty(OLD_PROPERTY);
        }
        this.configured = value == null || value.isBlank() ? null : strip(value.trim());
    }

    /** The configured base URL, without a trailing slash; empty when the setting is unset. */
    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    /** For links made without a signed-in person's request (scheduled mails, signed-out requests). */
    public String fixed() {
        return configured != null ? configured : FALLBACK;
    }

    /**
     * For links a signed-in person's action makes now: the setting, else the scheme, host, port and context path
     * of the request being served, else {@link #fixed()}. Call it only where the caller is signed in.
     */
    public String ofRequest() {
        if (configured != null) {
            return configured;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet && servlet.getRequest() != null) {
            HttpServletRequest request = servlet.getRequest();
            if (request.getServerName() != null && !request.getServerName().isBlank()) {
                return strip(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build()
                        .toUriString());
            }
        }
        return fixed();
    }

    /** Warns at start on the postgres profile (a real installation) when the setting is unset. */
    @EventListener(ApplicationReadyEvent.class)
    public void warnIfUnset() {
        if (configured == null && environment.acceptsProfiles(Profiles.of("postgres"))) {
            log.warn("{} is not set: links in mails that a signed-in person triggers use the host of their request, "
                    + "and scheduled reminders and signed-out password resets link to {}. Set {} to the address "
                    + "people open Matchwise at (README \"Configuration\").", PROPERTY, FALLBACK, PROPERTY);
        }
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
