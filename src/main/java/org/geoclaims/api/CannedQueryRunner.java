package org.geoclaims.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
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
        // Detach each row from the store while the read transaction is open: a TDB2 binding
        // otherwise looks its terms up in the node table when written, after the transaction.
        RowSetRewindable rows = RowSetMem.create(RowSetStream.create(rs.getResultVars(), Iter.map(rs, Binding::detach)));
        boolean truncated = rows.size() > maxRows;
        if (truncated) rows = RowSetMem.create(new LimitedRowSet(rows, maxRows));
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

    /** The first {@code n} rows of a row set. */
    private static final class LimitedRowSet implements RowSet {
        private final RowSet base;
        private final long n;
        private long seen;

        LimitedRowSet(RowSet base, long n) {
            this.base = base;
            this.n = n;
        }

        @Override public boolean hasNext() { return seen < n && base.hasNext(); }
        @Override public org.apache.jena.sparql.engine.binding.Binding next() { seen++; return base.next(); }
        @Override public java.util.List<org.apache.jena.sparql.core.Var> getResultVars() { return base.getResultVars(); }
        @Override public long getRowNumber() { return seen; }
        @Override public void close() { base.close(); }
    }
}
