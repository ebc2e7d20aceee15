package org.geoclaims.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.geoclaims.check.CheckInput.InputFile;

/**
 * Writes a {@link CheckReport} for people (text grouped by stage, with the time of each) or for
 * machines (JSON, schema {@value #SCHEMA}; see docs/checks.md).
 */
public final class ReportWriter {
    private ReportWriter() {}

    /** Identifies the JSON layout; changes only when a field changes meaning or goes away. */
    public static final String SCHEMA = "https://w3id.org/geoclaims/check-report/v1";

    public static String json(CheckReport report) {
        JsonObject root = new JsonObject();
        root.put("schema", SCHEMA);
        root.put("status", report.passed() ? "pass" : "fail");
        root.put("exitCode", report.exitCode());
        root.put("millis", report.millis());

        JsonObject input = new JsonObject();
        JsonArray files = new JsonArray();
        for (InputFile f : report.files()) {
            JsonObject o = new JsonObject();
            o.put("path", f.path().toString().replace('\\', '/'));
            o.put("role", f.role().id());
            o.put("triples", f.triples());
            files.add(o);
        }
        input.put("files", files);
        JsonArray rules = new JsonArray();
        report.ruleFiles().forEach(r -> rules.add(r.replace('\\', '/')));
        input.put("rules", rules);
        JsonObject triples = new JsonObject();
        triples.put("ontology", report.triples().ontology());
        triples.put("shapes", report.triples().shapes());
        triples.put("data", report.triples().data());
        input.put("triples", triples);
        root.put("input", input);

        JsonArray stages = new JsonArray();
        for (StageResult s : report.stages()) {
            JsonObject o = new JsonObject();
            o.put("name", s.stage().id());
            o.put("status", s.status().id());
            o.put("millis", s.millis());
            o.put("summary", s.summary());
            o.put("errors", s.errors());
            JsonArray findings = new JsonArray();
            for (Finding f : s.findings()) {
                JsonObject fo = new JsonObject();
                fo.put("rule", f.rule());
                fo.put("severity", f.severity().id());
                fo.put("resource", f.resource());
                fo.put("message", f.message());
                for (Map.Entry<String, Object> d : f.details().entrySet()) {
                    if (d.getValue() instanceof List<?> list) {
                        JsonArray a = new JsonArray();
                        list.forEach(x -> a.add(String.valueOf(x)));
                        fo.put(d.getKey(), a);
                    } else {
                        fo.put(d.getKey(), String.valueOf(d.getValue()));
                    }
                }
                findings.add(fo);
            }
            o.put("findings", findings);
            stages.add(o);
        }
        root.put("stages", stages);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8) + System.lineSeparator();
    }

    public static String text(CheckReport report) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        CheckReport.TripleCounts t = report.triples();
        sb.append(String.format(Locale.ROOT, "geoclaims check: %d files (ontology %,d triples, shapes %,d, data %,d), %d rules%n",
                report.files().size(), t.ontology(), t.shapes(), t.data(), report.ruleFiles().size()));
        for (StageResult s : report.stages()) {
            sb.append(String.format(Locale.ROOT, "%n%-10s %-7s %,7d ms  %s%n", s.stage().id(),
                    s.status().id().toUpperCase(Locale.ROOT), s.millis(), s.summary()));
            for (Finding f : s.findings()) {
                sb.append(String.format(Locale.ROOT, "  %-7s %s  %s%n", f.severity().id().toUpperCase(Locale.ROOT), f.rule(),
                        f.resource().isEmpty() ? "" : ShortNames.of(f.resource())));
                if (!f.message().isEmpty()) sb.append("          ").append(f.message()).append(nl);
                for (Map.Entry<String, Object> d : f.details().entrySet()) {
                    if (d.getKey().equals("guards") && d.getValue().equals(f.message())) continue;
                    if (d.getValue() instanceof List<?> list) {
                        if (d.getKey().equals("resources")) {
                            sb.append("          resources: ").append(list.stream().map(String::valueOf).map(ShortNames::of)
                                    .collect(Collectors.joining(", "))).append(nl);
                        } else {
                            sb.append("          ").append(d.getKey()).append(':').append(nl);
                            for (Object x : list) sb.append("            - ").append(x).append(nl);
                        }
                    } else {
                        sb.append("          ").append(d.getKey()).append(": ").append(d.getValue()).append(nl);
                    }
                }
            }
        }
        sb.append(nl);
        List<String> failed = report.stages().stream().filter(StageResult::failed).map(s -> s.stage().id()).toList();
        long errors = report.stages().stream().mapToLong(StageResult::errors).sum();
        if (failed.isEmpty())
            sb.append(String.format(Locale.ROOT, "PASSED: every check passed in %,d ms%n", report.millis()));
        else
            sb.append(String.format(Locale.ROOT, "FAILED: %s (%d error%s) in %,d ms%n", String.join(", ", failed), errors,
                    errors == 1 ? "" : "s", report.millis()));
        return sb.toString();
    }
}
