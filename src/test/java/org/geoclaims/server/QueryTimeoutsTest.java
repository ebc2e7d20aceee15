package org.geoclaims.server;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/** A failure after the time limit is reported as a timeout; a failure before it is itself. */
class QueryTimeoutsTest {

    @Test
    void aFailureAfterTheLimitIsATimeout() {
        NullPointerException unwinding = new NullPointerException("hash table not built");
        long startedLongAgo = System.nanoTime() - Duration.ofSeconds(2).toNanos();
        RuntimeException r = QueryTimeouts.classify(unwinding, startedLongAgo, Duration.ofSeconds(1));
        assertInstanceOf(QueryCancelledException.class, r);
        assertSame(unwinding, r.getCause());
    }

    @Test
    void aFailureBeforeTheLimitIsLeftAlone() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, QueryTimeouts.classify(bug, System.nanoTime(), Duration.ofSeconds(60)));
    }

    @Test
    void aCancellationStaysACancellation() {
        QueryCancelledException c = new QueryCancelledException();
        assertSame(c, QueryTimeouts.classify(c, System.nanoTime(), Duration.ofSeconds(60)));
    }
}
