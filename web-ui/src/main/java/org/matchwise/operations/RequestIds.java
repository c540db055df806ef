package org.matchwise.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: takes the caller's {@code X-Request-Id} (letters, digits and {@code ._:-},
 * at most 64) or makes one, puts it in the SLF4J MDC under {@code requestId} for every log line of the request
 * (and for the problem+json errors, which read that key), and echoes it in the response. It also times the
 * request as {@code matchwise.requests} by surface (api, ui, actuator), method and outcome (status class).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final MeterRegistry registry;

    RequestIds(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
            Timer.builder("matchwise.requests").description("HTTP requests by surface, method and outcome")
                    .tag("surface", surface(request.getRequestURI()))
                    .tag("method", request.getMethod())
                    .tag("outcome", (response.getStatus() / 100) + "xx")
                    .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private static String surface(String uri) {
        if (uri == null) {
            return "other";
        }
        if (uri.startsWith("/api/")) {
            return "api";
        }
        if (uri.startsWith("/actuator")) {
            return "actuator";
        }
        return "ui";
    }
}
