package org.geoclaims.check;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@code geoclaims check}: what was read and what each stage found.
 *
 * @param files  the files checked, each with its role, as given (relative to the project when inside it)
 * @param millis wall time of the whole check
 */
public record CheckReport(List<CheckInput.InputFile> files, List<String> ruleFiles, TripleCounts triples,
                          List<StageResult> stages, long millis) {

    /** Triples per role: the ontology, the SHACL shapes, the data. */
    public record TripleCounts(long ontology, long shapes, long data) {}

    public CheckReport {
        files = List.copyOf(files);
        ruleFiles = List.copyOf(ruleFiles);
        stages = List.copyOf(stages);
    }

    public boolean passed() { return stages.stream().noneMatch(StageResult::failed); }

    /** 0 when every stage passed, 1 when one failed. (Unreadable input never gets here: it is exit 2.) */
    public int exitCode() { return passed() ? 0 : 1; }

    public Optional<StageResult> stage(Stage s) {
        return stages.stream().filter(r -> r.stage() == s).findFirst();
    }

    public List<Finding> findings(Stage s) {
        return stage(s).map(StageResult::findings).orElse(List.of());
    }
}
