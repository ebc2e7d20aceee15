package org.geoclaims.check;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How {@code check} runs.
 *
 * @param skip            stages not run (reported as skipped)
 * @param reasonerTimeout longest time HermiT may take for consistency and classification
 * @param explainTimeout  longest time spent searching explanations, over all of them
 * @param explanations    most explanations (justifications) computed per inconsistency or unsatisfiable class
 * @param queryTimeout    longest time one violation query may run
 */
public record CheckOptions(Set<Stage> skip, Duration reasonerTimeout, Duration explainTimeout, int explanations,
                           Duration queryTimeout) {

    public static final Duration DEFAULT_REASONER_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_EXPLAIN_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_EXPLANATIONS = 1;
    /** Most unsatisfiable classes explained; the others are listed without an explanation. */
    public static final int MAX_EXPLAINED_CLASSES = 10;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    public CheckOptions {
        skip = skip.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(skip);
        if (explanations < 1) throw new IllegalArgumentException("explanations must be at least 1");
    }

    public static CheckOptions defaults() {
        return new CheckOptions(Set.of(), DEFAULT_REASONER_TIMEOUT, DEFAULT_EXPLAIN_TIMEOUT, DEFAULT_EXPLANATIONS,
                DEFAULT_QUERY_TIMEOUT);
    }

    public CheckOptions skipping(Set<Stage> stages) {
        return new CheckOptions(stages, reasonerTimeout, explainTimeout, explanations, queryTimeout);
    }

    public CheckOptions withReasonerTimeout(Duration d) {
        return new CheckOptions(skip, d, explainTimeout, explanations, queryTimeout);
    }

    public CheckOptions withExplainTimeout(Duration d) {
        return new CheckOptions(skip, reasonerTimeout, d, explanations, queryTimeout);
    }

    public CheckOptions withExplanations(int n) {
        return new CheckOptions(skip, reasonerTimeout, explainTimeout, n, queryTimeout);
    }

    public boolean runs(Stage s) { return !skip.contains(s); }
}
