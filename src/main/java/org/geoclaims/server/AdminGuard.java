package org.geoclaims.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps Fuseki's admin endpoints ({@code /$/...}) to the machine itself. From another host only
 * the read-only status the query UI needs is answered ({@code GET} of ping, stats, server and the
 * dataset list); everything else (creating or deleting datasets, backups, compaction, tasks) is
 * refused with 403.
 */
public final class AdminGuard implements Filter {
    private static final Set<String> OPEN_READS = Set.of("/$/ping", "/$/stats", "/$/server", "/$/datasets");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (isLoopback(req.getRemoteAddr()) || isOpenRead(req)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setStatus(403);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write("Fuseki's admin endpoints answer only on the server's own machine (loopback).\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isOpenRead(HttpServletRequest req) {
        String m = req.getMethod();
        if (!m.equals("GET") && !m.equals("HEAD")) return false;
        String path = req.getRequestURI();
        return OPEN_READS.contains(path) || (path.startsWith("/$/stats/") || path.startsWith("/$/datasets/"));
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
