package org.geoclaims.web;

/**
 * The HTML pages geoclaims writes share one layout: a header with the places a user goes to
 * (the API and its queries, Fuseki's query UI, the views), the page's content, and a footer.
 */
public final class Html {
    private Html() {}

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A whole page. {@code body} is trusted HTML built with {@link #esc}. */
    public static String page(String title, String body) {
        return page(title, "", body);
    }

    /** A whole page with extra elements in its head (scripts, links). */
    public static String page(String title, String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · geoclaims</title>
                <link rel="stylesheet" href="/static/geoclaims.css">
                %s
                </head>
                <body>
                <header class="site">
                  <a class="brand" href="/api/">geoclaims</a>
                  <nav>
                    <a href="/api/">Queries</a>
                    <a href="/api/docs/">API (OpenAPI)</a>
                    <a href="/views/network">Network</a>
                    <a href="/views/timeline">Timeline</a>
                    <a href="/views/sources">Sources</a>
                    <a href="/ontology">Ontology</a>
                    <a href="/">SPARQL (Fuseki UI)</a>
                  </nav>
                </header>
                <main>
                %s
                </main>
                <footer class="site">geoclaims · linked data about relations between states and the claims made about them</footer>
                </body>
                </html>
                """.formatted(esc(title), head, body);
    }
}
