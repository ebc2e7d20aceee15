package org.geoclaims.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing a check found: which rule, which resource, why. {@code details} carries what the stage
 * knows beyond that, in a fixed order (e.g. SHACL's {@code path} and {@code value}, the axioms of an
 * explanation); values are strings or lists of strings.
 *
 * @param rule     the rule that failed: an OWLAPI profile violation, {@code inconsistent-ontology},
 *                 a SHACL constraint component such as {@code sh:DatatypeConstraintComponent}, or the
 *                 name of a violation query
 * @param resource the offending resource: a full IRI, {@code _:label} for a blank node, or a
 *                 literal's lexical form
 */
public record Finding(String rule, Severity severity, String resource, String message, Map<String, Object> details) {

    public Finding {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static Finding of(String rule, Severity severity, String resource, String message) {
        return new Finding(rule, severity, resource, message, Map.of());
    }

    /** A copy with one more detail (kept in insertion order). Null and empty values are left out. */
    public Finding with(String key, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty()) || (value instanceof List<?> l && l.isEmpty()))
            return this;
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(key, value instanceof List<?> l ? List.copyOf(l) : value);
        return new Finding(rule, severity, resource, message, d);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** A detail as a string, or null. */
    public String detail(String key) {
        Object v = details.get(key);
        return v == null ? null : v.toString();
    }

    /** A detail that is a list, or an empty list. */
    @SuppressWarnings("unchecked")
    public List<String> detailList(String key) {
        Object v = details.get(key);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }
}
