package org.geoclaims.server;

import java.time.Duration;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query cut at its time limit must be answered as a timeout (503), whatever the exception the
 * engine throws while unwinding: Jena's hash join, cancelled before its table is built, throws a
 * NullPointerException from its close, which would otherwise be a 500 (seen in the benchmark at
 * 1M triples). Any failure of a query whose time limit has passed is therefore a timeout.
 */
public final class QueryTimeouts {
    private QueryTimeouts() {}

    /** The exception to report for a failure after {@code startNanos}: a timeout once the limit has passed. */
    public static RuntimeException classify(RuntimeException failure, long startNanos, Duration limit) {
        if (failure instanceof QueryCancelledException) return failure;
        if (System.nanoTime() - startNanos >= limit.toNanos()) {
            QueryCancelledException timeout = new QueryCancelledException();
            timeout.initCause(failure);
            return timeout;
        }
        return failure;
    }
}
