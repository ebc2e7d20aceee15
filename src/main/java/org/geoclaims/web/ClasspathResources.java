package org.geoclaims.web;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Serves a folder of the classpath (a WebJar, or geoclaims' own {@code web/} resources) with
 * Jetty's {@link ResourceServlet}: content types, ETags, conditional GET and ranges come from
 * Jetty. Mount it on a path spec ending in {@code /*}.
 */
public final class ClasspathResources extends ResourceServlet {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> initParams;

    private ClasspathResources(String baseResource) {
        this.initParams = Map.of(
                "baseResource", baseResource,
                "pathInfoOnly", "true",
                "dirAllowed", "false",
                "etags", "true",
                "cacheControl", "public, max-age=3600");
    }

    /**
     * A servlet for a classpath folder such as {@code META-INF/resources/webjars/swagger-ui/5.34.1}.
     *
     * @throws IllegalStateException when the folder is not on the classpath (a missing dependency)
     */
    public static ClasspathResources folder(String classpathFolder) {
        String folder = classpathFolder.endsWith("/") ? classpathFolder : classpathFolder + "/";
        URL url = ClasspathResources.class.getClassLoader().getResource(folder);
        if (url == null) throw new IllegalStateException("not on the classpath: " + folder);
        try {
            return new ClasspathResources(url.toURI().toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request for the folder itself goes to its {@code index.html}. */
    @Override
    protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
            throws jakarta.servlet.ServletException, java.io.IOException {
        String pathInfo = req.getPathInfo();
        if (pathInfo == null || pathInfo.equals("/")) {
            String uri = req.getRequestURI();
            resp.sendRedirect(uri.endsWith("/") ? uri + "index.html" : uri + "/index.html");
            return;
        }
        super.doGet(req, resp);
    }

    @Override
    public String getInitParameter(String name) {
        String v = initParams.get(name);
        return v != null ? v : super.getInitParameter(name);
    }
}
