package org.geoclaims.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The stages of {@code geoclaims check}, in the order they run. */
public enum Stage {
    /** Parsing every file (a file that cannot be read stops everything with exit code 2). */
    LOAD("load"),
    /** OWLAPI's OWL 2 DL profile checker over the ontology (and the terms the data uses). */
    PROFILE("profile"),
    /** HermiT over ontology + data: consistency, unsatisfiable classes, explanations. */
    REASONING("reasoning"),
    /** jena-shacl over ontology + data with the shapes. */
    SHACL("shacl"),
    /** The SPARQL violation queries {@code ontology/checks/*-violation.rq}. */
    RULES("rules");

    private final String id;

    Stage(String id) { this.id = id; }

    public String id() { return id; }

    public static Stage byId(String id) {
        for (Stage s : values()) if (s.id.equals(id.strip().toLowerCase(Locale.ROOT))) return s;
        return null;
    }

    /** The stages a user may skip, for messages. */
    public static String skippable() {
        return Arrays.stream(values()).filter(s -> s != LOAD).map(Stage::id).collect(Collectors.joining(", "));
    }
}
