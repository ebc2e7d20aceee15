package org.geoclaims.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a benchmark run measured, for the report. */
final class Results {
    /** The machine and settings, as lines of "name: value". */
    final Map<String, String> machine = new LinkedHashMap<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    final List<SizeResult> sizes = new ArrayList<>();
    final List<LoaderRun> loaders = new ArrayList<>();
    final List<ColdStart> coldStarts = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String command;
    double wallSeconds;
    double loadAverageStart = Double.NaN;
    double loadAverageEnd = Double.NaN;
    /** Queries judged point or one-hop (a bound IRI parameter, few triple patterns). */
    final List<String> pointQueries = new ArrayList<>();

    /** One loader over the same files. */
    record LoaderRun(String loader, long triples, double seconds, long allocatedBytes) {
        double rate() { return triples / Math.max(seconds, 1e-9); }
    }

    /** One separate-process start. */
    record ColdStart(String variant, double toPingMs, double toFirstAnswerMs, long heapUsedAfterGcBytes, String firstQuery) {}

    /** One graph size. */
    static final class SizeResult {
        String name;
        long targetTriples;
        long storeTriples;
        long syntheticTriples;
        int syntheticDocuments;
        double generateSeconds;
        String loader;
        double validateSeconds;
        double loadSeconds;
        long loadedTriples;
        long allocatedBytes;
        long apparentBytes;
        double firstStartSeconds;
        double reuseStartSeconds;
        final Map<Integer, LoadDriver.Stats> ping = new LinkedHashMap<>();
        final List<QueryResult> queries = new ArrayList<>();

        double loadRate() { return loadedTriples / Math.max(loadSeconds, 1e-9); }
        double bytesPerTriple() { return allocatedBytes / (double) Math.max(storeTriples, 1); }
    }

    /** One canned query at one size. */
    static final class QueryResult {
        String name;
        String sparql;
        long rowsGeoclaims = -1;
        long rowsStock = -1;
        final Map<Integer, LoadDriver.Stats> geoclaims = new LinkedHashMap<>();
        final Map<Integer, LoadDriver.Stats> stock = new LinkedHashMap<>();
    }
}
