package org.geoclaims.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last line of defence: an unexpected exception from any servlet is logged with its stack
 * trace on the server and answered with a plain 500 that names no class, file or path, instead
 * of Jetty's error page.
 */
public final class ErrorGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorGuard.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            LOG.error("unexpected error", e);
            HttpServletResponse resp = (HttpServletResponse) response;
            if (resp.isCommitted()) return;
            resp.reset();
            resp.setStatus(500);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write("internal error: the server could not answer this request; the server log has the details.\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
