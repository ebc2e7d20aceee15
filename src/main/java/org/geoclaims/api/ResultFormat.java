package org.geoclaims.api;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;

/** The result formats of canned queries, by {@code ?format=} name and by media type. */
public enum ResultFormat {
    JSON("json", WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON),
    XML("xml", WebContent.contentTypeResultsXML, ResultSetLang.RS_XML),
    CSV("csv", WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV),
    TSV("tsv", WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV),
    TEXT("text", WebContent.contentTypeTextPlain, ResultSetLang.RS_Text);

    /** What the server offers, in order of preference, for {@code Accept} negotiation. */
    public static final AcceptList OFFER = AcceptList.create(
            JSON.mediaType, XML.mediaType, CSV.mediaType, TSV.mediaType, TEXT.mediaType);

    private final String name;
    private final String mediaType;
    private final Lang lang;

    ResultFormat(String name, String mediaType, Lang lang) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    public String formatName() { return name; }
    public String mediaType() { return mediaType; }

    public static ResultFormat byName(String name) {
        for (ResultFormat f : values())
            if (f.name.equals(name.toLowerCase(Locale.ROOT))) return f;
        return null;
    }

    public static ResultFormat byMediaType(MediaType mt) {
        for (ResultFormat f : values())
            if (f.mediaType.equals(mt.getContentTypeStr())) return f;
        return null;
    }

    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (ResultFormat f : values()) sb.append(sb.length() == 0 ? "" : ", ").append(f.name);
        return sb.toString();
    }

    /** Writes rows (rewound by the caller) with RIOT's result-set writers. */
    public void write(OutputStream out, RowSet rows) {
        ResultSetMgr.write(out, ResultSet.adapt(rows), lang);
    }

    public void write(OutputStream out, boolean answer) {
        ResultSetMgr.write(out, answer, lang == ResultSetLang.RS_Text ? ResultSetLang.RS_JSON : lang);
    }
}
