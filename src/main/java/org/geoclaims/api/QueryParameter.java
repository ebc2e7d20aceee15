package org.geoclaims.api;

/**
 * One parameter of a canned query: the query variable {@code ?_name}, its type, and the values a
 * user sees in the documentation.
 *
 * @param name         the parameter name, the query variable without {@code ?_}
 * @param type         what values it takes
 * @param description  what it means
 * @param defaultValue used when the request does not give one; null when there is none
 * @param example      a value that gives an interesting answer on the bundled data
 * @param required     a request without the parameter (and with no default) is refused
 */
public record QueryParameter(String name, ParamType type, String description, String defaultValue,
                             String example, boolean required) {

    /** The SPARQL variable name, {@code _name}. */
    public String variable() { return "_" + name; }
}
