package vn.thidua.bench.gen;

import java.util.Random;

/** Zipf-distributed ranks 0..n-1 (rank 0 the busiest), by inverse CDF over precomputed weights. */
public final class Zipf {
    private final double[] cdf;

    public Zipf(int n, double exponent) {
        cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
    }

    public int next(Random r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
