package org.geoclaims.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.geoclaims.generate.SyntheticData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geoclaims generate}: synthetic data of the shape of the real data, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic data of the real data's shape, for benchmarks.",
                "TriG: source documents (one named graph each) with text, NIF sentences and statements",
                "whose evidence quotes the text at its offsets.",
                "The same --triples and --seed give the same bytes. Load it with: geoclaims load --tdb DIR FILE"})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--triples", paramLabel = "N", required = true,
            description = "How many triples: writing stops at the end of the document that reaches N.")
    long triples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The TriG file to write.")
    Path out;

    @Override
    public Integer call() {
        if (triples < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--triples must be positive");
        long t0 = System.nanoTime();
        SyntheticData.Result r = SyntheticData.write(triples, seed, out);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("geoclaims: wrote %,d triples (%,d documents, %,d statements) to %s in %.1f s%n",
                r.triples(), r.documents(), r.statements(), out, s);
        return 0;
    }
}
