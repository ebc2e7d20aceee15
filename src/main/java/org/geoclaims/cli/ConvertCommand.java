package org.geoclaims.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.geoclaims.convert.Converter;
import org.geoclaims.store.ProjectLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geoclaims convert}: turn the articles and their extraction files into canonical TriG. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {
                "Converts source documents and their extraction files into canonical TriG.",
                "Converts every extraction file data/sources/*.yaml, with the article it names, into",
                "canonical TriG: <out>/<doc>.trig, one named graph per document. Terms are resolved",
                "against the ontology. Nothing is written unless every document converts; bad input",
                "is reported as file:line:col: problem, with exit code 2."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder holding ontology/ and data/ (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the .trig files (default: <dir>/data).")
    Path out;

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology to resolve terms against (default: <dir>/ontology/geoclaims.ttl).")
    Path ontology;

    @Override
    public Integer call() {
        ProjectLayout project = ProjectLayout.at(dir);
        long started = System.nanoTime();
        List<Converter.Written> written = Converter.convert(project,
                ontology != null ? ontology : project.ontologyFile(),
                out != null ? out : project.dataDir());
        var stdout = spec.commandLine().getOut();
        if (written.isEmpty()) stdout.println("no extraction files (*.yaml) in " + project.sourcesDir());
        written.forEach(w -> stdout.println(w.summary()));
        stdout.printf("converted %d document(s) in %d ms%n", written.size(), (System.nanoTime() - started) / 1_000_000);
        stdout.flush();
        return 0;
    }
}
