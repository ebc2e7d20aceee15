package org.geoclaims.server;

import java.io.InputStream;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update, answering an update cut by the update timeout ({@code --update-timeout})
 * with 503 and a message, as queries cut by the query timeout are, instead of a bare 500. The
 * transaction has been aborted by then: nothing of the update is stored.
 */
public final class TimedUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        try {
            super.execute(action, input);
        } catch (ActionErrorException e) {
            if (e.getCause() instanceof QueryCancelledException)
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                        "the update took longer than the server's update timeout and was rolled back");
            throw e;
        }
    }
}
