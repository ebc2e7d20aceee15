package org.geoclaims.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

import jakarta.servlet.ServletException;

/**
 * Serves a folder of the classpath (a WebJar, or geoclaims' own {@code web/} resources) with
 * Jetty's {@link ResourceServlet}: content types, ETags, conditional GET and ranges come from
 * Jetty. Mount it on a path spec ending in {@code /*}.
 *
 * <p>{@link #folder} serves one folder; {@link #merged} serves a folder that several jars hold
 * (every WebJar has {@code META-INF/resources/webjars/}), as one.
 */
public final class ClasspathResources extends ResourceServlet {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> initParams;
    /** The classpath folder to merge across jars, or null for a single folder. */
    private final String mergedFolder;

    private ClasspathResources(String baseResource, String mergedFolder) {
        this.mergedFolder = mergedFolder;
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
        return new ClasspathResources(firstUrl(classpathFolder), null);
    }

    /**
     * A servlet for a folder that several classpath entries hold, such as
     * {@code META-INF/resources/webjars}: a request finds its file in whichever jar has it.
     *
     * @throws IllegalStateException when no classpath entry holds the folder
     */
    public static ClasspathResources merged(String classpathFolder) {
        return new ClasspathResources(firstUrl(classpathFolder), slash(classpathFolder));
    }

    private static String slash(String folder) {
        return folder.endsWith("/") ? folder : folder + "/";
    }

    private static String firstUrl(String classpathFolder) {
        String folder = slash(classpathFolder);
        URL url = ClasspathResources.class.getClassLoader().getResource(folder);
        if (url == null) throw new IllegalStateException("not on the classpath: " + folder);
        try {
            return url.toURI().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For a merged folder, replaces the single base folder Jetty set up with all of them combined. */
    @Override
    public void init() throws ServletException {
        super.init();
        if (mergedFolder == null) return;
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(getServletContext());
        ResourceFactory factory = ResourceFactory.of(context);
        List<Resource> folders = new ArrayList<>();
        try {
            for (URL url : Collections.list(getClass().getClassLoader().getResources(mergedFolder)))
                folders.add(factory.newResource(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Resource combined = ResourceFactory.combine(folders);
        ByteBufferPool.Sized buffers = new ByteBufferPool.Sized(context.getServer().getByteBufferPool());
        getResourceService().setHttpContentFactory(new ResourceHttpContentFactory(combined, context.getMimeTypes(), buffers));
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
