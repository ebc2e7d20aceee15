package org.geoclaims.server;

import java.time.Duration;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service, answering 503 for any failure of a query that ran past the
 * query timeout (see {@link QueryTimeouts}), instead of the 500 a cancelled hash join can cause.
 */
public final class TimedQuery extends SPARQL_QueryDataset {
    private final Duration timeout;

    public TimedQuery(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        long start = System.nanoTime();
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            if (e.getRC() >= 500 && e.getRC() != HttpSC.SERVICE_UNAVAILABLE_503 && System.nanoTime() - start >= timeout.toNanos())
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the query took longer than the server's timeout");
            throw e;
        } catch (RuntimeException e) {
            if (QueryTimeouts.classify(e, start, timeout) instanceof QueryCancelledException)
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the query took longer than the server's timeout");
            throw e;
        }
    }
}
