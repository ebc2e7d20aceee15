package org.geoclaims.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load: {@code clients} threads each send a request, wait for the whole body,
 * and send the next, until both a time and a request budget say stop. Latency is measured per
 * request from send to the last byte of the body; a response other than 200, or an exception,
 * counts as an error.
 */
final class LoadDriver {
    private LoadDriver() {}

    /**
     * What one run measured. Latencies in milliseconds.
     *
     * @param bytes body size of the last successful response
     */
    record Stats(int clients, long requests, long errors, double seconds, double p50, double p95, double p99,
                 double max, double throughput, long bytes) {
        static Stats of(int clients, long[] latenciesNanos, long errors, double seconds, long bytes) {
            long[] l = latenciesNanos.clone();
            Arrays.sort(l);
            return new Stats(clients, l.length + errors, errors, seconds,
                    percentile(l, 0.50), percentile(l, 0.95), percentile(l, 0.99),
                    l.length == 0 ? Double.NaN : l[l.length - 1] / 1e6,
                    (l.length + errors) / Math.max(seconds, 1e-9), bytes);
        }
    }

    /** Nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    /**
     * @param maxTime     stop issuing requests after this long, once {@code minRequests} were sent
     * @param minRequests at least this many requests (unless {@code hardTime} is over)
     * @param maxRequests at most this many
     * @param hardTime    never run longer than this
     */
    static Stats run(HttpClient client, HttpRequest request, int clients, Duration maxTime, int minRequests,
                     int maxRequests, Duration hardTime) throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastBytes = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        long start = System.nanoTime();
        long soft = start + maxTime.toNanos();
        long hard = start + hardTime.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[maxRequests];
            int[] n = new int[1];
            perThread.add(lat);
            counts.add(n);
            Thread t = new Thread(() -> {
                while (true) {
                    long now = System.nanoTime();
                    int i = issued.get();
                    if (i >= maxRequests || now >= hard || (now >= soft && i >= minRequests)) break;
                    if (!issued.compareAndSet(i, i + 1)) continue;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (r.statusCode() == 200) {
                            lat[n[0]++] = t1 - t0;
                            lastBytes.set(r.body().length);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int[] n : counts) total += n[0];
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perThread.get(c), 0, all, k, counts.get(c)[0]);
            k += counts.get(c)[0];
        }
        return Stats.of(clients, all, errors.get(), seconds, lastBytes.get());
    }
}
