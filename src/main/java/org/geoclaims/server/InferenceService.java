package org.geoclaims.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.inference.InferredDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dataset {@code /kg-inf}, materialised in the background once the server has started, so
 * that the inferences do not delay the first answer of {@code /kg}. Until they are ready,
 * {@code /kg-inf} answers 503 with {@code Retry-After}; afterwards it is an ordinary read-only
 * dataset. Stores larger than {@code --inference-max-triples} get no {@code /kg-inf} at all: the
 * rules run in memory over a copy of the data.
 */
public final class InferenceService {
    private static final Logger LOG = LoggerFactory.getLogger(InferenceService.class);

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final CompletableFuture<InferredDataset.Result> result = new CompletableFuture<>();
    private final Object storeLock = new Object();
    private volatile boolean closing;

    /** The dataset served at {@code /kg-inf}: empty until the inferences are ready. */
    public DatasetGraph dataset() { return dataset; }

    /** Starts materialising the inferences of {@code base} on a background thread. */
    void start(DatasetGraph base) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                InferredDataset.Snapshot snapshot;
                // The copy holds a read transaction on the store: close() waits for it to end, so
                // that the store can be closed (TDB2 refuses while a transaction is active).
                synchronized (storeLock) {
                    snapshot = closing ? null : InferredDataset.Snapshot.of(base, () -> closing);
                }
                if (snapshot == null) {
                    result.cancel(false);
                    return;
                }
                result.complete(InferredDataset.materialiseInto(snapshot, dataset, start));
            } catch (RuntimeException e) {
                if (closing) {
                    result.cancel(false);   // stopped with the server: nothing to report
                    return;
                }
                LOG.error("the inferences of /kg-inf could not be computed", e);
                result.completeExceptionally(e);
            }
        }, "geoclaims-inference");
        t.setDaemon(true);
        t.start();
    }

    public boolean isReady() { return result.isDone() && !result.isCompletedExceptionally(); }

    /** Waits for the inferences (tests, and the startup line of {@code serve}). */
    public InferredDataset.Result await(long seconds) {
        try {
            return result.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the inferences of /kg-inf are not available", e);
        }
    }

    /** Answers 503 on {@code /kg-inf} until the inferences are there. */
    Filter gate() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
                if (isReady()) {
                    chain.doFilter(req, resp);
                    return;
                }
                HttpServletResponse r = (HttpServletResponse) resp;
                r.setStatus(503);
                r.setHeader("Retry-After", "1");
                r.setContentType("text/plain; charset=utf-8");
                String why = result.isCompletedExceptionally()
                        ? "the inferences could not be computed; see the server log"
                        : "the inferences are being computed; try again in a moment";
                r.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /**
     * Stops the computation: ends the copy of the store early and returns once nothing reads the
     * store any more, so that it can be closed next. The rules, if running, finish on their own
     * copy and their result is dropped.
     */
    void close() {
        closing = true;
        synchronized (storeLock) {
            dataset.close();
        }
    }
}
