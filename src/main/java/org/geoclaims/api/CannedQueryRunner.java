package org.geoclaims.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * Runs a bound canned query, locally on a dataset or on any SPARQL 1.1 endpoint, with a time
 * limit and a cap on the rows returned. Results are read completely before anything is written,
 * so a timeout is an error response, never a half-written one.
 */
public final class CannedQueryRunner {
    private CannedQueryRunner() {}

    /**
     * What a query answered.
     *
     * @param rows      the rows of a SELECT (null for ASK)
     * @param ask       the answer of an ASK
     * @param truncated true when more than {@code maxRows} rows matched and the rest were cut
     * @param maxRows   the cap that was applied
     */
    public record Answer(RowSetRewindable rows, boolean ask, boolean truncated, long maxRows) {}

    public static Answer run(DatasetGraph dsg, Query query, Duration timeout, long maxRows) {
        Query capped = capped(query, maxRows);
        return dsg.calculateRead(() -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(capped)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return answer(exec, capped, maxRows);
            }
        });
    }

    public static Answer runRemote(String endpoint, Query query, Duration timeout, long maxRows) {
        Query capped = capped(query, maxRows);
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query(capped)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return answer(exec, capped, maxRows);
        }
    }

    private static Answer answer(QueryExec exec, Query query, long maxRows) {
        if (query.isAskType()) return new Answer(null, exec.ask(), false, maxRows);
        RowSet rs = exec.select();
        // TDB2 resolves the terms of a binding lazily, from the store: copy every binding while the
        // read transaction is still open, so the answer stays whole after it ends.
        List<Binding> copied = new ArrayList<>();
        while (rs.hasNext() && copied.size() <= maxRows) copied.add(BindingFactory.copy(rs.next()));
        boolean truncated = copied.size() > maxRows;
        if (truncated) copied.remove(copied.size() - 1);
        RowSetRewindable rows = RowSetMem.create(RowSetStream.create(rs.getResultVars(), copied.iterator()));
        return new Answer(rows, false, truncated, maxRows);
    }

    /** Asks for one row more than the cap, so that a cut can be detected. */
    private static Query capped(Query query, long maxRows) {
        if (!query.isSelectType()) return query;
        long limit = query.getLimit();
        if (limit != Query.NOLIMIT && limit <= maxRows) return query;
        Query q = query.cloneQuery();
        q.setLimit(maxRows + 1);
        return q;
    }

}
