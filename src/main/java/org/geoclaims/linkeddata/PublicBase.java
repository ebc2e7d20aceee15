package org.geoclaims.linkeddata;

import org.geoclaims.vocab.GC;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Maps the IRIs geoclaims mints ({@code https://w3id.org/geoclaims/...}) to the server that
 * answers for them. The data keeps its persistent IRIs; the server answers for the same paths
 * under its own address: {@code https://w3id.org/geoclaims/id/pakistan} is looked up at
 * {@code <server>/id/pakistan}. The server's address is {@code --base-url} when given (a public
 * host behind a proxy), else the address the request came to.
 */
public final class PublicBase {
    private final String configuredServerBase;

    /** @param serverBase the server's public address ending in '/', or null to use each request's own */
    public PublicBase(String serverBase) {
        this.configuredServerBase = serverBase == null ? null : (serverBase.endsWith("/") ? serverBase : serverBase + "/");
    }

    /** True for IRIs this project mints. */
    public static boolean isMinted(String iri) {
        return iri != null && iri.startsWith(GC.BASE);
    }

    /** The minted IRI a request path stands for: {@code /id/pakistan} → {@code https://w3id.org/geoclaims/id/pakistan}. */
    public static String iriForPath(String path) {
        return GC.BASE + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The request path of a minted IRI, without the leading '/' ({@code id/pakistan}). */
    public static String pathOf(String iri) {
        return iri.substring(GC.BASE.length());
    }

    /** The server's base address for a request, ending in '/'. */
    public String serverBase(HttpServletRequest req) {
        if (configuredServerBase != null) return configuredServerBase;
        StringBuilder sb = new StringBuilder();
        sb.append(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        if (!(req.getScheme().equals("http") && port == 80) && !(req.getScheme().equals("https") && port == 443))
            sb.append(':').append(port);
        return sb.append('/').toString();
    }

    /**
     * Where a browser reads a source document with its evidence highlighted (the source view):
     * {@code https://w3id.org/geoclaims/source/<doc>} → {@code /views/sources/<doc>}; with a
     * sentence ({@code .../source/<doc>/sentence/<n>}, or null) the link ends in {@code #sentence-<n>}.
     */
    public static String sourceViewHref(String documentIri, String sentenceIri) {
        String doc = documentIri.substring(GC.SOURCE.length());
        String href = "/views/sources/" + doc;
        String sentencePrefix = documentIri + "/sentence/";
        if (sentenceIri != null && sentenceIri.startsWith(sentencePrefix))
            href += "#sentence-" + sentenceIri.substring(sentencePrefix.length());
        return href;
    }

    /** True for the IRI of a source document ({@code https://w3id.org/geoclaims/source/<doc>}, no further path). */
    public static boolean isSourceDocument(String iri) {
        return iri != null && iri.startsWith(GC.SOURCE) && iri.length() > GC.SOURCE.length()
                && iri.indexOf('/', GC.SOURCE.length()) < 0;
    }

    /** Where a browser reads about an IRI: the local HTML page of a minted IRI, or the IRI itself. */
    public static String pageHref(String iri) {
        return isMinted(iri) ? "/page/" + pathOf(iri) : iri;
    }
}
