package org.geoclaims.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.geoclaims.InputException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A canned query: a {@code queries/<name>.rq} file holding valid SPARQL 1.1 with a grlc-style
 * header of {@code #+} comment lines, read as YAML:
 *
 * <pre>
 * #+ summary: Who recognises a state, and who does not
 * #+ description: For a given state ...
 * #+ tags: [recognition]
 * #+ params:
 * #+   state: {type: iri, example: armenia, description: The state asked about}
 * </pre>
 *
 * <p>Each parameter is the variable {@code ?_name} in the query. Binding replaces the variable
 * by an RDF term in the parsed query (Jena's {@link QueryTransformOps}), never by editing text,
 * so no value can change the query's structure.
 */
public final class QueryTemplate {
    private static final Set<String> HEADER_KEYS = Set.of("summary", "description", "tags", "params", "method");
    private static final Set<String> PARAM_KEYS = Set.of("type", "description", "default", "example", "required");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String name;
    private final String summary;
    private final String description;
    private final List<String> tags;
    private final List<QueryParameter> params;
    private final String text;
    private final Query query;

    private QueryTemplate(String name, String summary, String description, List<String> tags,
                          List<QueryParameter> params, String text, Query query) {
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.tags = List.copyOf(tags);
        this.params = List.copyOf(params);
        this.text = text;
        this.query = query;
    }

    public String name() { return name; }
    public String summary() { return summary; }
    public String description() { return description; }
    public List<String> tags() { return tags; }
    public List<QueryParameter> params() { return params; }
    /** The file's text, header included: valid SPARQL that runs as it is. */
    public String text() { return text; }
    public boolean isAsk() { return query.isAskType(); }

    public QueryParameter param(String paramName) {
        for (QueryParameter p : params)
            if (p.name().equals(paramName)) return p;
        return null;
    }

    /**
     * The query with the request's values bound. Defaults fill in missing values; a parameter
     * without a value and without a default stays an unbound variable.
     *
     * @throws ParameterException for an unknown parameter, a missing required one or a value of the wrong type
     */
    public Query bind(Map<String, String> values) {
        for (String given : values.keySet())
            if (param(given) == null)
                throw new ParameterException("unknown parameter '" + given + "'; " + name + " takes " + signature());
        Map<Var, Node> binding = new LinkedHashMap<>();
        for (QueryParameter p : params) {
            String raw = values.get(p.name());
            if (raw == null || raw.isEmpty()) raw = p.defaultValue();
            if (raw == null) {
                if (p.required())
                    throw new ParameterException("missing parameter '" + p.name() + "': " + p.type().expected());
                continue;
            }
            try {
                binding.put(Var.alloc(p.variable()), p.type().parse(raw));
            } catch (IllegalArgumentException e) {
                throw new ParameterException("parameter '" + p.name() + "' must be " + p.type().id()
                        + " (" + p.type().expected() + "): " + e.getMessage());
            }
        }
        return binding.isEmpty() ? query.cloneQuery() : QueryTransformOps.transform(query, binding);
    }

    /** {@code state (iri), year (year, optional)}. */
    public String signature() {
        if (params.isEmpty()) return "no parameters";
        List<String> parts = new ArrayList<>();
        for (QueryParameter p : params)
            parts.add(p.name() + " (" + p.type().id() + (p.required() ? "" : ", optional") + ")");
        return String.join(", ", parts);
    }

    /** The example values of every parameter. */
    public Map<String, String> exampleValues() {
        Map<String, String> m = new LinkedHashMap<>();
        for (QueryParameter p : params)
            if (p.example() != null) m.put(p.name(), p.example());
        return m;
    }

    // ---- reading a .rq file

    public static QueryTemplate read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, -1, -1, "cannot read the query file: " + e.getMessage(), "Check the file.");
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        if (!name.matches("[a-z0-9][a-z0-9-]*"))
            throw new InputException(file, -1, -1, "query file names must be lower-kebab-case", "Rename it, e.g. claims-by-outlet.rq.");
        return parse(file, name, text);
    }

    static QueryTemplate parse(Path file, String name, String text) {
        Header header = Header.read(file, text);
        Map<?, ?> yaml = header.yaml();
        for (Object key : yaml.keySet())
            if (!HEADER_KEYS.contains(String.valueOf(key)))
                throw header.error("unknown header key '" + key + "'", "Use summary, description, tags and params.");
        String summary = string(yaml.get("summary"));
        if (summary == null || summary.isBlank())
            throw header.error("the header has no '#+ summary:'", "Add '#+ summary: <one line saying what the query answers>'.");

        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new InputException(file, e.getLine(), e.getColumn(), "not valid SPARQL 1.1: " + e.getMessage(),
                    "Fix the query; it must run as it is.");
        }
        if (!query.isSelectType() && !query.isAskType())
            throw new InputException(file, -1, -1, "canned queries are SELECT or ASK queries", "Rewrite it as a SELECT.");

        List<QueryParameter> params = readParams(header, yaml.get("params"));
        checkVariables(header, query, params);
        List<String> tags = new ArrayList<>();
        if (yaml.get("tags") instanceof List<?> list) list.forEach(t -> tags.add(String.valueOf(t)));
        else if (yaml.get("tags") != null) tags.add(String.valueOf(yaml.get("tags")));
        return new QueryTemplate(name, summary.strip(), string(yaml.get("description")), tags, params, text, query);
    }

    private static List<QueryParameter> readParams(Header header, Object node) {
        List<QueryParameter> params = new ArrayList<>();
        if (node == null) return params;
        if (!(node instanceof Map<?, ?> map))
            throw header.error("'params' must map each parameter name to its type and values", "See queries/README.md.");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String pname = String.valueOf(e.getKey());
            if (!NAME.matcher(pname).matches())
                throw header.error("parameter name '" + pname + "' must be lower case letters, digits and _", "Rename it.");
            if (!(e.getValue() instanceof Map<?, ?> spec))
                throw header.error("parameter '" + pname + "' needs 'type' and 'example'", "Write e.g. state: {type: iri, example: armenia}.");
            for (Object k : spec.keySet())
                if (!PARAM_KEYS.contains(String.valueOf(k)))
                    throw header.error("unknown key '" + k + "' for parameter '" + pname + "'", "Use " + PARAM_KEYS + ".");
            ParamType type = ParamType.byId(String.valueOf(spec.get("type")));
            if (type == null)
                throw header.error("parameter '" + pname + "' has unknown type '" + spec.get("type") + "'",
                        "Use one of: iri, string, langString, year, date, integer.");
            String dflt = string(spec.get("default"));
            String example = string(spec.get("example"));
            if (example == null)
                throw header.error("parameter '" + pname + "' has no example value", "Add an example that answers on the bundled data.");
            for (String v : new String[] { dflt, example }) {
                if (v == null) continue;
                try {
                    type.parse(v);
                } catch (IllegalArgumentException ex) {
                    throw header.error("value '" + v + "' of parameter '" + pname + "' is not " + type.expected(), "Fix the value.");
                }
            }
            Object req = spec.get("required");
            boolean required = req == null ? dflt == null : Boolean.parseBoolean(String.valueOf(req));
            params.add(new QueryParameter(pname, type, string(spec.get("description")), dflt, example, required));
        }
        return params;
    }

    /** Every {@code ?_x} in the query is a declared parameter, and every parameter appears. */
    private static void checkVariables(Header header, Query query, List<QueryParameter> params) {
        Set<String> inQuery = new TreeSet<>();
        for (Var v : OpVars.mentionedVars(Algebra.compile(query)))
            if (v.getVarName().startsWith("_")) inQuery.add(v.getVarName());
        // Variables only inside expressions (FILTER, BIND) are not "mentioned" by the algebra walk.
        Matcher m = Pattern.compile("[?$](_[A-Za-z0-9_]+)").matcher(stripComments(query.toString()));
        while (m.find()) inQuery.add(m.group(1));
        Set<String> declared = new TreeSet<>();
        params.forEach(p -> declared.add(p.variable()));
        for (String v : inQuery)
            if (!declared.contains(v))
                throw header.error("the query uses ?" + v + " but the header declares no parameter '" + v.substring(1) + "'",
                        "Declare it under '#+ params:' or rename the variable.");
        for (String v : declared)
            if (!inQuery.contains(v))
                throw header.error("parameter '" + v.substring(1) + "' is declared but ?" + v + " is not in the query",
                        "Use the variable or remove the parameter.");
    }

    private static String stripComments(String sparql) {
        return sparql.replaceAll("(?m)^\\s*#.*$", "");
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** The {@code #+} lines at the top of the file, as YAML, with the line they start on. */
    private record Header(Path file, int firstLine, Map<?, ?> yaml) {
        static Header read(Path file, String text) {
            String[] lines = text.split("\n", -1);
            StringBuilder yaml = new StringBuilder();
            int first = -1;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.startsWith("#+")) {
                    if (first < 0) first = i + 1;
                    String body = line.substring(2);
                    yaml.append(body.startsWith(" ") ? body.substring(1) : body).append('\n');
                } else if (first >= 0 && !line.startsWith("#")) {
                    break;
                } else {
                    yaml.append('\n');   // keep YAML line numbers aligned with the file's
                }
            }
            if (first < 0)
                throw new InputException(file, 1, 1, "no '#+' header", "Start the file with '#+ summary: ...' lines.");
            try {
                Object parsed = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(yaml.toString());
                if (!(parsed instanceof Map<?, ?> map))
                    throw new InputException(file, first, 1, "the '#+' header is not a YAML map", "Write '#+ key: value' lines.");
                return new Header(file, first, map);
            } catch (MarkedYamlEngineException e) {
                int line = e.getProblemMark().map(mk -> mk.getLine() + 1).orElse(first);
                throw new InputException(file, line, -1, "malformed '#+' header: " + e.getProblem(), "Fix the YAML in the header.");
            } catch (YamlEngineException e) {
                throw new InputException(file, first, -1, "malformed '#+' header: " + e.getMessage(), "Fix the YAML in the header.");
            }
        }

        InputException error(String problem, String hint) {
            return new InputException(file, firstLine, 1, problem, hint);
        }
    }
}
