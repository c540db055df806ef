package org.matchwise.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.stereotype.Component;

/**
 * Sends a REST answer that fits the response buffer ({@value #BUFFER_BYTES} bytes) in one write with its
 * {@code Content-Length}. Spring MVC flushes the response as soon as it has written a body (the message converter
 * flushes the stream, {@code HttpEntityMethodProcessor} the response), which commits it early: Tomcat then sends the
 * headers and the body as a chunked answer, and the closing chunk in another write when the request ends. Here those
 * explicit flushes of an API answer do nothing, so Tomcat sends the answer when the request ends; an answer larger
 * than the buffer still streams as before (Tomcat writes whenever its buffer fills). Issue 12.1: a bearer read paid
 * about 7% of its application CPU time in that early flush (a profile taken before the JIT was done).
 */
@Component
class SingleWriteAnswers extends ApiRequestFilter {

    /** Four times Tomcat's default buffer; larger answers (long lists, downloads) stream as before. */
    static final int BUFFER_BYTES = 32 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted() && response.getBufferSize() < BUFFER_BYTES) {
            response.setBufferSize(BUFFER_BYTES);
        }
        chain.doFilter(request, new Unflushed(response));
    }

    /** A response whose flushes wait for the end of the request (or a full buffer). */
    static final class Unflushed extends HttpServletResponseWrapper {

        private ServletOutputStream stream;
        private PrintWriter writer;

        Unflushed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // sent when the request ends, or when the buffer fills
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new UnflushedStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new FilterWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                        // as flushBuffer
                    }
                });
            }
            return writer;
        }
    }

    private static final class UnflushedStream extends ServletOutputStream {

        private final ServletOutputStream target;

        UnflushedStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            // as flushBuffer
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
