package org.geoclaims.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.geoclaims.InputException;
import org.geoclaims.api.CannedQueryRunner;
import org.geoclaims.api.ParameterException;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.api.QueryParameter;
import org.geoclaims.api.QueryTemplate;
import org.geoclaims.api.ResultFormat;
import org.geoclaims.store.KnowledgeGraphStore;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geoclaims query}: run a canned query on the local data, or on any SPARQL endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a canned query on the local data, or on any SPARQL endpoint.",
                "Runs a canned query from queries/ on the project's data (no server needed),",
                "or on any SPARQL 1.1 endpoint with --endpoint. --list shows the queries and their parameters."})
public final class QueryCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query's name (its file name without .rq).")
    String name;

    @Option(names = { "-p", "--param" }, paramLabel = "KEY=VALUE", description = "A parameter value; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "text", description = "csv, tsv, json, xml or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Run on this SPARQL endpoint instead of the local data.")
    String endpoint;

    @Option(names = "--list", description = "List the canned queries and their parameters.")
    boolean list;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Project folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Query timeout (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000", description = "Most rows printed (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Override
    public Integer call() {
        ProjectLayout layout = ProjectLayout.at(dir);
        QueryCatalog catalog = QueryCatalog.load(layout.queriesDir());
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (QueryTemplate t : catalog.all()) {
                out.printf("%-28s %s%n", t.name(), t.summary());
                for (QueryParameter p : t.params())
                    out.printf("    --param %s=%s   (%s%s)%n", p.name(), p.example(), p.type().id(), p.required() ? "" : ", optional");
            }
            out.flush();
            return 0;
        }
        if (name == null)
            throw new InputException(null, -1, -1, "which query? give its NAME", "Run 'geoclaims query --list' to see them.");
        QueryTemplate template = catalog.get(name);
        if (template == null)
            throw new InputException(layout.queriesDir().resolve(name + ".rq"), -1, -1, "no canned query '" + name + "'",
                    "Run 'geoclaims query --list' to see them.");
        ResultFormat fmt = ResultFormat.byName(format);
        if (fmt == null)
            throw new InputException(null, -1, -1, "unknown format '" + format + "'", "Use one of " + ResultFormat.names() + ".");
        Query bound;
        try {
            bound = template.bind(params);
        } catch (ParameterException e) {
            throw new InputException(null, -1, -1, e.getMessage(), "Run 'geoclaims query --list' for the parameters.");
        }
        CannedQueryRunner.Answer answer;
        try {
            answer = endpoint != null
                    ? CannedQueryRunner.runRemote(endpoint, bound, timeout, maxRows)
                    : CannedQueryRunner.run(KnowledgeGraphStore.inMemory(layout, RdfFiles.projectFiles(layout)).dataset(),
                            bound, timeout, maxRows);
        } catch (QueryCancelledException e) {
            spec.commandLine().getErr().println("geoclaims: the query ran longer than " + timeout.toMillis() + " ms and was cut");
            return 1;
        } catch (org.apache.jena.query.text.TextIndexParseException e) {
            throw new InputException(null, -1, -1, "the search text is not a valid Lucene query: " + e.getMessage().replaceAll("\\s+", " "),
                    "Quote the text or escape Lucene's special characters.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (answer.rows() == null) fmt.write(bytes, answer.ask());
        else fmt.write(bytes, answer.rows());
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        if (answer.truncated())
            spec.commandLine().getErr().println("geoclaims: more than " + maxRows + " rows matched; the first " + maxRows + " are shown");
        return 0;
    }
}
