package org.geoclaims.convert;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geoclaims.vocab.GC;

/** The kinds of section of an article, each an individual of the ontology (value of {@code gc:sectionKind}). */
public enum SectionKind {
    INTRODUCTION("IntroductionSection"),
    SUMMARY_TABLE("SummaryTableSection"),
    BODY("BodySection"),
    FAQ("FaqSection"),
    SITE_FOOTER("SiteFooterSection");

    private final String localName;

    SectionKind(String localName) { this.localName = localName; }

    /** The ontology individual, e.g. {@code gc:BodySection}. */
    public Node term() { return NodeFactory.createURI(GC.term(localName)); }
}
