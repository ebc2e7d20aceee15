package org.geoclaims.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Zipf-distributed ranks 0..n-1: rank {@code k} is drawn with weight {@code 1 / (k+1)^s}, so a
 * few ranks are very common and most are rare (as a few states are in most news about
 * diplomacy). Sampling is a binary search in the cumulative weights; the draw sequence is fixed
 * by the {@link SplittableRandom} it is given.
 */
final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n < 1) throw new IllegalArgumentException("a Zipf pool needs at least one rank");
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) cumulative[k] /= sum;
        cumulative[n - 1] = 1.0;
    }

    int size() { return cumulative.length; }

    int sample(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int i = Arrays.binarySearch(cumulative, u);
        int k = i >= 0 ? i : -i - 1;
        return Math.min(k, cumulative.length - 1);
    }
}
