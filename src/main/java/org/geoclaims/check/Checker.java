package org.geoclaims.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.geoclaims.InputException;
import org.geoclaims.check.CheckInput.Role;
import org.geoclaims.store.ProjectLayout;

/**
 * {@code geoclaims check}: is the ontology sound, and does the data fit it? Reads everything
 * first (unreadable input is an {@link InputException}, exit code 2, before any stage runs), then
 * runs the stages in order and times each: OWL 2 DL profile, HermiT reasoning, SHACL, violation
 * queries. Every stage runs even when an earlier one failed, so one run shows every problem.
 */
public final class Checker {
    private Checker() {}

    /** Checks the project ({@code paths} empty) or the given files and folders. */
    public static CheckReport check(ProjectLayout layout, List<Path> paths, CheckOptions options) {
        long start = System.nanoTime();
        CheckInput input = CheckInput.read(layout, paths);
        List<ViolationRule> rules = new ArrayList<>();
        for (Path f : input.ruleFiles()) rules.add(ViolationRule.read(f));
        Shapes shapes = input.has(Role.SHAPES) && options.runs(Stage.SHACL) ? ShaclStage.parse(input) : null;
        long loadMillis = millisSince(start);

        List<StageResult> stages = new ArrayList<>();
        long triples = input.files().stream().mapToLong(CheckInput.InputFile::triples).sum();
        stages.add(StageResult.of(Stage.LOAD, loadMillis, input.files().size() + " files, " + triples + " triples, "
                + rules.size() + " rules", List.of()));

        AxiomRenderer renderer = new AxiomRenderer();
        Lazy<OwlBridge.Loaded> merged = new Lazy<>(() -> OwlBridge.toOwl(input.union()));

        // 1. OWL 2 DL profile
        if (!options.runs(Stage.PROFILE)) {
            stages.add(StageResult.skipped(Stage.PROFILE, "skipped (--skip)"));
        } else {
            long t = System.nanoTime();
            if (!input.has(Role.ONTOLOGY)) {
                stages.add(StageResult.of(Stage.PROFILE, millisSince(t), "no ontology", List.of(Finding.of("no-ontology",
                        Severity.ERROR, "", "no file declares an owl:Ontology: there is no ontology to check the data against"))));
            } else {
                OwlBridge.Loaded ontologyOnly = OwlBridge.toOwl(input.ontology());
                List<Finding> f = ProfileStage.run(ontologyOnly.ontology(), merged.get().ontology(), renderer);
                long errors = f.stream().filter(Finding::isError).count();
                String summary = "OWL 2 DL: " + (errors == 0 ? "no violations" : errors + " violation(s)")
                        + " (" + ontologyOnly.ontology().getAxiomCount() + " ontology axioms)"
                        + (merged.get().droppedImports().isEmpty() ? "" : "; owl:imports not followed: " + merged.get().droppedImports());
                stages.add(StageResult.of(Stage.PROFILE, millisSince(t), summary, f));
            }
        }

        // 2. Reasoning
        if (!options.runs(Stage.REASONING)) {
            stages.add(StageResult.skipped(Stage.REASONING, "skipped (--skip)"));
        } else {
            long t = System.nanoTime();
            ReasoningStage.Outcome o = ReasoningStage.run(merged.get().ontology(), options, renderer);
            stages.add(StageResult.of(Stage.REASONING, millisSince(t), o.summary(), o.findings()));
        }

        // 3. SHACL
        if (!options.runs(Stage.SHACL)) {
            stages.add(StageResult.skipped(Stage.SHACL, "skipped (--skip)"));
        } else if (shapes == null) {
            stages.add(StageResult.skipped(Stage.SHACL, "no shapes: no file declares sh:NodeShape or sh:PropertyShape"));
        } else {
            long t = System.nanoTime();
            List<Finding> f = ShaclStage.run(shapes, input.shapes(), input.union());
            stages.add(StageResult.of(Stage.SHACL, millisSince(t), shapes.numRootShapes() + " shapes, "
                    + f.size() + " result(s)", f));
        }

        // 4. Violation queries
        if (!options.runs(Stage.RULES)) {
            stages.add(StageResult.skipped(Stage.RULES, "skipped (--skip)"));
        } else if (rules.isEmpty()) {
            stages.add(StageResult.skipped(Stage.RULES, "no violation rules (*" + CheckInput.RULE_SUFFIX + ")"));
        } else {
            long t = System.nanoTime();
            Dataset ds = RulesStage.dataset(input);
            List<Finding> f = RulesStage.run(rules, ds, options.queryTimeout(), input);
            long violated = f.stream().map(Finding::rule).distinct().count();
            stages.add(StageResult.of(Stage.RULES, millisSince(t), rules.size() + " rules, " + violated + " violated, "
                    + f.size() + " finding(s)", f));
        }

        List<String> ruleFiles = input.ruleFiles().stream().map(input::display).toList();
        return new CheckReport(input.files().stream()
                .map(f -> new CheckInput.InputFile(Path.of(input.display(f.path())), f.role(), f.triples())).toList(),
                ruleFiles,
                new CheckReport.TripleCounts(input.triples(Role.ONTOLOGY), input.triples(Role.SHAPES), input.triples(Role.DATA)),
                stages, millisSince(start));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Computed once, on first use. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) { this.supplier = supplier; }

        @Override
        public T get() {
            if (value == null) value = supplier.get();
            return value;
        }
    }
}
