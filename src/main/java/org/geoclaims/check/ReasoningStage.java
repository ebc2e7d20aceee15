package org.geoclaims.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorInterruptedException;
import org.semanticweb.owl.explanation.api.ExplanationProgressMonitor;
import org.semanticweb.owl.explanation.impl.blackbox.DivideAndConquerContractionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.InitialEntailmentCheckStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.StructuralTypePriorityExpansionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.checker.BlackBoxExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.InconsistentOntologyExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDifferentIndividualsAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLEquivalentObjectPropertiesAxiom;
import org.semanticweb.owlapi.model.OWLInverseObjectPropertiesAxiom;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLSameIndividualAxiom;
import org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom;
import org.semanticweb.owlapi.model.OWLSubPropertyChainOfAxiom;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLNegativeObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * HermiT over ontology + data: is it consistent, which classes are unsatisfiable, and why.
 *
 * <p>An explanation is a justification: a minimal set of axioms that entails the problem (removing
 * any one of them removes it), found by owlexplanation's black-box search with HermiT as the
 * oracle. The search is bounded by {@link CheckOptions#explainTimeout()} over all explanations and by
 * {@link CheckOptions#explanations()} per problem; HermiT itself by
 * {@link CheckOptions#reasonerTimeout()}. HermiT runs with {@code ignoreUnsupportedDatatypes}: values
 * of {@code xsd:date}, {@code xsd:gYear} and {@code xsd:gYearMonth} (outside the OWL 2 datatype map)
 * are opaque to it.
 */
final class ReasoningStage {
    private ReasoningStage() {}

    static final String RULE_INCONSISTENT = "inconsistent-ontology";
    static final String RULE_UNSATISFIABLE = "unsatisfiable-class";
    static final String RULE_TIMEOUT = "reasoner-timeout";
    static final String RULE_ERROR = "reasoner-error";

    record Outcome(String summary, List<Finding> findings) {}

    /** HermiT with the configuration geoclaims needs, also for the reasoners the explanation search creates. */
    static final class HermitFactory extends ReasonerFactory {
        @Override
        protected OWLReasoner createHermiTOWLReasoner(Configuration configuration, OWLOntology ontology) {
            configuration.ignoreUnsupportedDatatypes = true;
            configuration.throwInconsistentOntologyException = false;
            return super.createHermiTOWLReasoner(configuration, ontology);
        }
    }

    static Outcome run(OWLOntology ontology, CheckOptions options, AxiomRenderer renderer) {
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "geoclaims-hermit");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<Reasoner> reasoner = new AtomicReference<>();
        try {
            Future<Verdict> verdict = exec.submit(() -> {
                Configuration c = new Configuration();
                c.ignoreUnsupportedDatatypes = true;
                c.throwInconsistentOntologyException = false;
                Reasoner h = new Reasoner(c, ontology);
                reasoner.set(h);
                if (!h.isConsistent()) return new Verdict(false, List.of());
                h.precomputeInferences(InferenceType.CLASS_HIERARCHY);
                List<OWLClass> unsat = h.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                        .sorted(Comparator.comparing(OWLClass::getIRI)).toList();
                return new Verdict(true, unsat);
            });
            Verdict v;
            try {
                v = verdict.get(options.reasonerTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Reasoner h = reasoner.get();
                if (h != null) h.interrupt();
                verdict.cancel(true);
                return new Outcome("HermiT did not finish", List.of(Finding.of(RULE_TIMEOUT, Severity.ERROR, "",
                        "HermiT did not decide consistency and classification within "
                                + options.reasonerTimeout().toMillis() + " ms (--reasoner-timeout)")));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return new Outcome("HermiT failed", List.of(Finding.of(RULE_ERROR, Severity.ERROR, "",
                        "HermiT could not reason over ontology + data: " + cause)));
            }
            Explainer explainer = new Explainer(ontology, options, renderer, exec);
            long axioms = ontology.getLogicalAxiomCount();
            long individuals = ontology.individualsInSignature().count();
            String size = axioms + " logical axioms, " + individuals + " individuals";
            if (!v.consistent()) {
                return new Outcome("HermiT: ontology + data are INCONSISTENT (" + size + ")", explainer.inconsistency());
            }
            List<Finding> findings = new ArrayList<>();
            int explained = 0;
            for (OWLClass c : v.unsatisfiable()) {
                boolean explain = explained++ < CheckOptions.MAX_EXPLAINED_CLASSES;
                findings.add(explainer.unsatisfiable(c, explain));
            }
            return new Outcome("HermiT: consistent, " + v.unsatisfiable().size() + " unsatisfiable class(es) (" + size + ")",
                    findings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Reasoner h = reasoner.get();
            if (h != null) h.dispose();
            exec.shutdownNow();
        }
    }

    private record Verdict(boolean consistent, List<OWLClass> unsatisfiable) {}

    /** Justifications within one shared time budget. */
    private static final class Explainer {
        private final OWLOntology ontology;
        private final CheckOptions options;
        private final AxiomRenderer renderer;
        private final ExecutorService exec;
        private final long deadline;
        private final HermitFactory factory = new HermitFactory();

        Explainer(OWLOntology ontology, CheckOptions options, AxiomRenderer renderer, ExecutorService exec) {
            this.ontology = ontology;
            this.options = options;
            this.renderer = renderer;
            this.exec = exec;
            this.deadline = System.nanoTime() + options.explainTimeout().toNanos();
        }

        private final ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
            @Override public void foundExplanation(ExplanationGenerator<OWLAxiom> g, Explanation<OWLAxiom> e,
                                                   Set<Explanation<OWLAxiom>> all) {}
            @Override public boolean isCancelled() { return System.nanoTime() > deadline; }
        };

        List<Finding> inconsistency() {
            Set<OWLAxiom> logical = new LinkedHashSet<>();
            // Only logical axioms can take part in a clash (not labels, definitions, declarations).
            ontology.logicalAxioms(Imports.INCLUDED).forEach(logical::add);
            List<Set<OWLAxiom>> found = new ArrayList<>();
            try {
                found.addAll(run(() -> contradictedNegations(logical)));
                if (found.isEmpty()) found.addAll(run(() -> justifyInconsistency(logical, options.explanations())));
            } catch (TimeoutException e) {
                // budget spent: reported below
            }
            if (found.isEmpty())
                return List.of(Finding.of(RULE_INCONSISTENT, Severity.ERROR, "",
                        "ontology + data are inconsistent; no explanation was found within "
                                + options.explainTimeout().toMillis() + " ms (--explain-timeout)"));
            List<Finding> findings = new ArrayList<>();
            for (Set<OWLAxiom> axioms : found) {
                findings.add(Finding.of(RULE_INCONSISTENT, Severity.ERROR, primaryResource(axioms), describeClash(axioms))
                        .with("resources", involved(axioms))
                        .with("axioms", rendered(axioms)));
            }
            return findings;
        }

        /**
         * The fast path for geoclaims' negative statements. When ontology + data without their
         * negative property assertions are consistent, every clash involves a negative assertion.
         * Each one is first tried against what can derive its property (see
         * {@link #propertyDerivation}), a handful of axioms; if none clashes there, each is tried
         * against the neighbourhood of its two individuals with the part of the schema it needs (a
         * syntactic-locality module), a few hundred axioms. Each contradicted one is explained on its
         * own in that small set, which takes the black-box search a fraction of a second instead of
         * seconds over the whole. Empty when this does not apply (then the whole is searched).
         */
        private List<Set<OWLAxiom>> contradictedNegations(Set<OWLAxiom> logical) throws Exception {
            List<OWLNegativeObjectPropertyAssertionAxiom> negations = logical.stream()
                    .filter(a -> a instanceof OWLNegativeObjectPropertyAssertionAxiom)
                    .map(a -> (OWLNegativeObjectPropertyAssertionAxiom) a).sorted().toList();
            if (negations.isEmpty()) return List.of();
            Set<OWLAxiom> rest = new LinkedHashSet<>(logical);
            rest.removeAll(negations);
            if (inconsistent(rest)) return List.of();
            List<Set<OWLAxiom>> found = new ArrayList<>();
            for (OWLNegativeObjectPropertyAssertionAxiom n : negations) {
                if (monitor.isCancelled()) return found;
                Set<OWLAxiom> scope = propertyDerivation(rest, n, 2);
                if (inconsistent(scope)) found.addAll(justifyInconsistency(scope, options.explanations()));
            }
            if (!found.isEmpty()) return found;
            for (OWLNegativeObjectPropertyAssertionAxiom n : negations) {
                for (int hops = 1; hops <= 2; hops++) {
                    if (monitor.isCancelled()) return found;
                    Set<OWLAxiom> hood = neighbourhood(rest, Set.of(n.getSubject(), n.getObject()), hops);
                    hood.add(n);
                    Set<OWLAxiom> scope = module(hood);
                    if (inconsistent(scope)) {
                        found.addAll(justifyInconsistency(scope, options.explanations()));
                        break;
                    }
                }
            }
            return found;
        }

        /**
         * The negative assertion {@code n}, the property axioms through which its property can be
         * derived (sub-properties, equivalent and inverse properties, property chains, symmetry,
         * transitivity, recursively), and the assertions of those properties, of identity and of
         * difference about individuals within {@code hops} steps of its two individuals.
         */
        private static Set<OWLAxiom> propertyDerivation(Set<OWLAxiom> axioms, OWLNegativeObjectPropertyAssertionAxiom n, int hops) {
            Set<OWLObjectProperty> relevant = new LinkedHashSet<>();
            relevant.add(n.getProperty().getNamedProperty());
            List<OWLAxiom> rbox = axioms.stream().filter(a -> a.isOfType(AxiomType.RBoxAxiomTypes)).toList();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (OWLAxiom a : rbox) {
                    boolean touches = false;
                    if (a instanceof OWLSubObjectPropertyOfAxiom sub) touches = relevant.contains(sub.getSuperProperty().getNamedProperty());
                    else if (a instanceof OWLSubPropertyChainOfAxiom chain) touches = relevant.contains(chain.getSuperProperty().getNamedProperty());
                    else if (a instanceof OWLEquivalentObjectPropertiesAxiom || a instanceof OWLInverseObjectPropertiesAxiom)
                        touches = a.objectPropertiesInSignature().anyMatch(relevant::contains);
                    if (touches) grew |= a.objectPropertiesInSignature().map(relevant::add).reduce(false, Boolean::logicalOr);
                }
            }
            Set<OWLAxiom> out = new LinkedHashSet<>();
            out.add(n);
            for (OWLAxiom a : rbox)
                if (a.objectPropertiesInSignature().allMatch(relevant::contains)) out.add(a);
            Set<OWLIndividual> frontier = new java.util.HashSet<>(List.of(n.getSubject(), n.getObject()));
            for (int i = 0; i < hops; i++) {
                Set<OWLIndividual> next = new java.util.HashSet<>(frontier);
                for (OWLAxiom a : axioms) {
                    boolean kind = (a instanceof OWLObjectPropertyAssertionAxiom pa && relevant.contains(pa.getProperty().getNamedProperty()))
                            || a instanceof OWLSameIndividualAxiom || a instanceof OWLDifferentIndividualsAxiom;
                    if (!kind) continue;
                    List<OWLIndividual> inds = individualsOf(a);
                    if (inds.stream().anyMatch(frontier::contains)) {
                        out.add(a);
                        next.addAll(inds);
                    }
                }
                frontier = next;
            }
            return out;
        }

        /**
         * The assertions of a set of axioms with the schema axioms they need: a STAR
         * syntactic-locality module for the signature of the assertions. (Every assertion is in it,
         * and a model of the module extends to one of the whole, so an inconsistent set has an
         * inconsistent module.)
         */
        private static Set<OWLAxiom> module(Set<OWLAxiom> axioms) {
            Set<OWLEntity> signature = new LinkedHashSet<>();
            axioms.stream().filter(a -> a.isOfType(AxiomType.ABoxAxiomTypes)).forEach(a -> a.signature().forEach(signature::add));
            Set<OWLAxiom> m = new LinkedHashSet<>(new SyntacticLocalityModuleExtractor(OWLManager.createOWLOntologyManager(),
                    axioms.stream(), ModuleType.STAR).extract(signature));
            axioms.stream().filter(a -> a.isOfType(AxiomType.ABoxAxiomTypes)).forEach(m::add);
            return m;
        }

        /** The schema (every axiom that is not an assertion) and the assertions about individuals within {@code hops} steps of the seeds. */
        private static Set<OWLAxiom> neighbourhood(Set<OWLAxiom> axioms, Set<OWLIndividual> seeds, int hops) {
            Set<OWLAxiom> out = new LinkedHashSet<>();
            List<OWLAxiom> assertions = new ArrayList<>();
            for (OWLAxiom a : axioms) {
                if (a.isOfType(AxiomType.ABoxAxiomTypes)) assertions.add(a);
                else out.add(a);
            }
            Set<OWLIndividual> frontier = new java.util.HashSet<>(seeds);
            for (int i = 0; i < hops; i++) {
                Set<OWLIndividual> next = new java.util.HashSet<>(frontier);
                for (OWLAxiom a : assertions) {
                    List<OWLIndividual> inds = individualsOf(a);
                    if (inds.stream().anyMatch(frontier::contains)) {
                        out.add(a);
                        next.addAll(inds);
                    }
                }
                frontier = next;
            }
            return out;
        }

        private static List<OWLIndividual> individualsOf(OWLAxiom a) {
            List<OWLIndividual> inds = new ArrayList<>();
            a.individualsInSignature().forEach(inds::add);
            a.anonymousIndividuals().forEach(inds::add);
            return inds;
        }

        private boolean inconsistent(Set<OWLAxiom> axioms) throws Exception {
            OWLOntology o = OWLManager.createOWLOntologyManager().createOntology(axioms.stream());
            OWLReasoner h = factory.createReasoner(o);
            try {
                return !h.isConsistent();
            } finally {
                h.dispose();
            }
        }

        /** Justifications of the inconsistency of {@code axioms} (owlexplanation's black-box search with HermiT). */
        private List<Set<OWLAxiom>> justifyInconsistency(Set<OWLAxiom> axioms, int limit) throws Exception {
            OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
            long perCheck = Math.max(1000, options.explainTimeout().toMillis());
            try {
                return new InconsistentOntologyExplanationGeneratorFactory(factory, df, OWLManager::createOWLOntologyManager, perCheck)
                        .createExplanationGenerator(axioms, monitor)
                        .getExplanations(df.getOWLSubClassOfAxiom(df.getOWLThing(), df.getOWLNothing()), limit)
                        .stream().filter(e -> !e.isEmpty())
                        .sorted(Comparator.comparingInt(Explanation<OWLAxiom>::getSize))
                        .map(Explanation::getAxioms).toList();
            } catch (ExplanationGeneratorInterruptedException e) {
                return List.of();
            }
        }

        Finding unsatisfiable(OWLClass c, boolean explain) {
            String iri = c.getIRI().toString();
            Finding f = Finding.of(RULE_UNSATISFIABLE, Severity.ERROR, iri,
                    ShortNames.of(iri) + " can have no instances (it is equivalent to owl:Nothing)");
            if (!explain) return f;
            OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
            // Unsatisfiability of a class is a matter of the TBox and RBox: search there, not in the data.
            Set<OWLAxiom> schema = new LinkedHashSet<>();
            ontology.tboxAxioms(Imports.INCLUDED).forEach(schema::add);
            ontology.rboxAxioms(Imports.INCLUDED).forEach(schema::add);
            ontology.axioms(AxiomType.DECLARATION).forEach(schema::add);
            long perCheck = Math.max(1000, options.explainTimeout().toMillis());
            // Configured by hand: ExplanationManager's default factory leaves the expansion strategy's
            // initial-check setting null in owlexplanation 5.0.0 (NullPointerException).
            var config = new org.semanticweb.owl.explanation.impl.blackbox.Configuration<OWLAxiom>(
                    new SatisfiabilityEntailmentCheckerFactory(factory, perCheck, OWLManager::createOWLOntologyManager),
                    new StructuralTypePriorityExpansionStrategy<OWLAxiom>(InitialEntailmentCheckStrategy.PERFORM,
                            OWLManager::createOWLOntologyManager),
                    new DivideAndConquerContractionStrategy<OWLAxiom>(), monitor, OWLManager::createOWLOntologyManager);
            List<Explanation<OWLAxiom>> found;
            try {
                found = run(() -> new BlackBoxExplanationGeneratorFactory<>(config)
                        .createExplanationGenerator(schema, monitor)
                        .getExplanations(df.getOWLSubClassOfAxiom(c, df.getOWLNothing()), options.explanations())
                        .stream().filter(e -> !e.isEmpty()).toList());
            } catch (TimeoutException e) {
                found = List.of();
            }
            if (found.isEmpty()) return f.with("explanation", "none found within the time budget (--explain-timeout)");
            Set<OWLAxiom> axioms = new LinkedHashSet<>();
            for (Explanation<OWLAxiom> e : found) axioms.addAll(e.getAxioms());
            return f.with("resources", involved(axioms)).with("axioms", rendered(axioms));
        }

        private interface Search<T> {
            T run() throws Exception;
        }

        /** Runs a search within what is left of the budget (plus a little grace: the search polls the monitor between HermiT calls). */
        private <T> T run(Search<T> s) throws TimeoutException {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new TimeoutException();
            Future<T> f = exec.submit(s::run);
            try {
                return f.get(left + TimeUnit.SECONDS.toNanos(2), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ExplanationGeneratorInterruptedException) throw new TimeoutException();
                throw new IllegalStateException("the explanation search failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException();
            }
        }

        private List<String> rendered(Set<OWLAxiom> axioms) {
            return axioms.stream().map(renderer::render).sorted().toList();
        }
    }

    /** The individuals an explanation mentions (or its classes and properties when it mentions none). */
    static List<String> involved(Set<OWLAxiom> axioms) {
        Set<String> individuals = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        for (OWLAxiom a : axioms) {
            a.individualsInSignature().forEach(i -> individuals.add(i.getIRI().toString()));
            a.signature().forEach(e -> entities.add(e.getIRI().toString()));
        }
        return new ArrayList<>(individuals.isEmpty() ? entities : individuals);
    }

    /**
     * The resource a curator looks at first: the subject of a negative property assertion the data
     * contradicts, else the individual the explanation mentions most often (ties: by IRI).
     */
    static String primaryResource(Set<OWLAxiom> axioms) {
        List<OWLAxiom> sorted = axioms.stream().sorted().toList();
        for (OWLAxiom a : sorted)
            if (a instanceof OWLNegativeObjectPropertyAssertionAxiom n && n.getSubject().isNamed())
                return n.getSubject().asOWLNamedIndividual().getIRI().toString();
        java.util.Map<String, Integer> mentions = new java.util.TreeMap<>();
        for (OWLAxiom a : sorted)
            a.individualsInSignature().forEach(i -> mentions.merge(i.getIRI().toString(), 1, Integer::sum));
        if (!mentions.isEmpty())
            return mentions.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(java.util.Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        List<String> inv = involved(axioms);
        return inv.isEmpty() ? "" : inv.get(0);
    }

    /** One sentence on what clashes. */
    static String describeClash(Set<OWLAxiom> axioms) {
        for (OWLAxiom a : axioms) {
            if (a instanceof OWLNegativeObjectPropertyAssertionAxiom n)
                return "ontology + data entail " + name(n.getSubject()) + " " + name(n.getProperty()) + " " + name(n.getObject())
                        + ", which a negative property assertion denies (" + axioms.size() + " axioms)";
        }
        Set<String> individuals = axioms.stream().flatMap(OWLAxiom::individualsInSignature)
                .map(OWLNamedIndividual::getIRI).map(i -> ShortNames.of(i.toString()))
                .collect(Collectors.toCollection(TreeSet::new));
        return "ontology + data are inconsistent" + (individuals.isEmpty() ? "" : " about " + String.join(", ", individuals))
                + " (" + axioms.size() + " axioms)";
    }

    private static String name(Object o) {
        if (o instanceof OWLEntity e) return ShortNames.of(e.getIRI().toString());
        if (o instanceof org.semanticweb.owlapi.model.OWLIndividual i && i.isNamed())
            return ShortNames.of(i.asOWLNamedIndividual().getIRI().toString());
        return o.toString();
    }
}
