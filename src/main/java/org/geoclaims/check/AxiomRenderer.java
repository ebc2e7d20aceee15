package org.geoclaims.check;

import java.util.Map;

import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.util.DefaultPrefixManager;

/** Axioms and class expressions in Manchester syntax with the project's prefixes, for reports. */
final class AxiomRenderer {
    private final ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();

    AxiomRenderer() {
        DefaultPrefixManager pm = new DefaultPrefixManager();
        for (Map.Entry<String, String> e : ShortNames.PREFIXES.entrySet())
            pm.setPrefix(e.getKey() + ":", e.getValue());
        renderer.setShortFormProvider(pm);
    }

    String render(OWLObject o) {
        return renderer.render(o).replaceAll("\\s+", " ").strip();
    }
}
