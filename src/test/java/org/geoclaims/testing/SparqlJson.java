package org.geoclaims.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Reads SPARQL JSON results returned by the server, with Jena's own result-set parser. */
public final class SparqlJson {
    private SparqlJson() {}

    public static List<QuerySolution> rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetFactory.copyResults(rs).forEachRemaining(rows::add);
        return rows;
    }

    /** The single value of {@code var} in the only row, as a long. */
    public static long count(String json, String var) {
        List<QuerySolution> rows = rows(json);
        if (rows.size() != 1) throw new AssertionError("expected one row, got " + rows.size() + ": " + json);
        return rows.get(0).getLiteral(var).getLong();
    }

    /** The values of {@code var} in every row, as strings (IRIs or lexical forms). */
    public static List<String> column(String json, String var) {
        List<String> values = new ArrayList<>();
        for (QuerySolution row : rows(json)) {
            var node = row.get(var);
            values.add(node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        }
        return values;
    }
}
