package org.geoclaims.check;

import java.util.List;

/**
 * What one stage did.
 *
 * @param summary one line saying what was checked (e.g. "HermiT: consistent, 0 unsatisfiable classes")
 */
public record StageResult(Stage stage, Status status, long millis, String summary, List<Finding> findings) {

    public enum Status {
        PASS, FAIL, SKIPPED;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public StageResult {
        findings = List.copyOf(findings);
    }

    /** PASS unless a finding is an error. */
    public static StageResult of(Stage stage, long millis, String summary, List<Finding> findings) {
        boolean failed = findings.stream().anyMatch(Finding::isError);
        return new StageResult(stage, failed ? Status.FAIL : Status.PASS, millis, summary, findings);
    }

    public static StageResult skipped(Stage stage, String why) {
        return new StageResult(stage, Status.SKIPPED, 0, why, List.of());
    }

    public boolean failed() { return status == Status.FAIL; }

    public long errors() { return findings.stream().filter(Finding::isError).count(); }
}
