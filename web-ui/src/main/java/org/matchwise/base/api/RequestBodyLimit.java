package org.matchwise.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Bounds the body of every REST request: {@code matchwise.limits.upload} for imports (and any multipart request),
 * {@code matchwise.limits.body} for everything else. A declared {@code Content-Length} over the limit is answered
 * 413 {@code content_too_large} at once, before anything is read; a body without one (chunked) is counted while it
 * is read and the read fails with {@link TooLarge} once it passes the limit, which {@link ApiExceptionHandler}
 * answers with the same 413. Nothing over the limit is ever held in memory.
 */
@Component
class RequestBodyLimit extends ApiRequestFilter {

    private static final String IMPORTS = "/api/v1/imports";

    private final Limits limits;

    RequestBodyLimit(Limits limits) {
        this.limits = limits;
    }

    /** The body passed its limit while it was read. */
    static final class TooLarge extends IOException {
        final transient ProblemDetail problem;

        TooLarge(ProblemDetail problem) {
            super(problem.getDetail());
            this.problem = problem;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String contentType = request.getContentType();
        boolean upload = path.startsWith(IMPORTS)
                || contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        DataSize limit = upload ? limits.upload() : limits.body();
        String property = upload ? "matchwise.limits.upload" : "matchwise.limits.body";
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            ApiProblems.write(request, response, problem(upload, declared, limit, property));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counted(request, upload, limit, property), response);
    }

    static ProblemDetail problem(boolean upload, long size, DataSize limit, String property) {
        return ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "content_too_large",
                (upload ? "The upload" : "The request body") + (size >= 0 ? " is " + size + " bytes;" : " is larger than")
                        + " the limit " + (size >= 0 ? "is " : "of ") + Limits.words(limit) + " (" + property + ").");
    }

    /** A request whose body fails with {@link TooLarge} once more than the limit has been read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final boolean upload;
        private final DataSize limit;
        private final String property;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, boolean upload, DataSize limit, String property) {
            super(request);
            this.upload = upload;
            this.limit = limit;
            this.property = property;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                long max = limit.toBytes();
                stream = new ServletInputStream() {
                    private long read;

                    private void count(long n) throws TooLarge {
                        read += n;
                        if (read > max) {
                            throw new TooLarge(problem(upload, -1, limit, property));
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
