package org.geoclaims.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.geoclaims.InputException;
import org.geoclaims.check.CheckOptions;
import org.geoclaims.check.CheckReport;
import org.geoclaims.check.Checker;
import org.geoclaims.check.ReportWriter;
import org.geoclaims.check.Stage;
import org.geoclaims.store.ProjectLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geoclaims check}: are the ontology and the data sound? Exit 0 yes, 1 no, 2 unreadable input. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
                "Checks the ontology and the data: OWL 2 DL, HermiT, SHACL, violation queries.",
                "The OWL 2 DL profile, HermiT consistency and unsatisfiable classes (with",
                "explanations), SHACL shapes, and the violation queries ontology/checks/*-violation.rq.",
                "Without PATHs: the project's ontology/ and data/. With PATHs: those files and",
                "folders, with the ontology, shapes and rules of the project's ontology/ when",
                "the PATHs have none.",
                "Exit code: 0 every check passed, 1 a check failed, 2 input cannot be read."})
public final class CheckCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "RDF files or folders (and *-violation.rq rules) to check instead of ontology/ and data/.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Project folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--skip", paramLabel = "STAGE", split = ",",
            description = "Stages not to run: profile, reasoning, shacl, rules (repeat or separate with commas).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--reasoner-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest time HermiT may take (default: ${DEFAULT-VALUE}).")
    Duration reasonerTimeout;

    @Option(names = "--explain-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest time spent finding explanations (default: ${DEFAULT-VALUE}).")
    Duration explainTimeout;

    @Option(names = "--explanations", paramLabel = "N", defaultValue = "1",
            description = "Explanations per inconsistency or unsatisfiable class (default: ${DEFAULT-VALUE}).")
    int explanations;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json"))
            throw new InputException(null, -1, -1, "unknown format '" + format + "'", "Use text or json.");
        if (explanations < 1)
            throw new InputException(null, -1, -1, "--explanations must be at least 1", "Give a positive number.");
        Set<Stage> skipped = EnumSet.noneOf(Stage.class);
        for (String s : skip) {
            Stage stage = Stage.byId(s);
            if (stage == null || stage == Stage.LOAD)
                throw new InputException(null, -1, -1, "unknown stage '" + s + "'", "Stages that can be skipped: " + Stage.skippable() + ".");
            skipped.add(stage);
        }
        CheckOptions options = CheckOptions.defaults().skipping(skipped).withReasonerTimeout(reasonerTimeout)
                .withExplainTimeout(explainTimeout).withExplanations(explanations);
        CheckReport report = Checker.check(ProjectLayout.at(dir), paths, options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? ReportWriter.json(report) : ReportWriter.text(report));
        out.flush();
        return report.exitCode();
    }
}
