package org.geoclaims.api;

/** A request to a canned query with a missing, unknown or ill-typed parameter: HTTP 400. */
public class ParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }
}
