package dev.pylogging.benchmarks;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures what memory costs right after a {@code write(2)}: each call writes the benchmark line,
 * then follows a chain of dependent loads, each to the next 64 bytes (the same few pages) or to
 * the next page. The difference per load between the two is the price of a page the record's
 * code touches after its system call; on a kernel with page-table isolation and no PCID, every
 * system call empties the TLB, and a logger pays that price for each page it touches anew.
 *
 * <pre>
 * java -cp logging-benchmarks/target/benchmarks.jar dev.pylogging.benchmarks.AfterWriteProbe [loads] [cpu]
 * </pre>
 */
public final class AfterWriteProbe {

    private static final int ROUNDS = 30;
    private static final int CALLS = 100_000;

    private AfterWriteProbe() {
    }

    /**
     * Prints the time per call with no loads, with the chain on shared pages and with one page per load.
     *
     * @param args the number of loads in the chain (16 unless given) and a CPU to pin to (none unless given)
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        if (args.length > 1) {
            Pinned.pinCurrentThread(args[1]);
        }
        int[] strides = {0, 64, 4096};
        int[][] chains = new int[strides.length][];
        for (int s = 1; s < strides.length; s++) {
            chains[s] = chain(loads, strides[s] / Integer.BYTES);
        }
        double[][] nanos = new double[strides.length][ROUNDS];
        Path dir = Workload.tempDir("probe");
        try (FileOutputStream out = new FileOutputStream(dir.resolve("probe.log").toFile(), true)) {
            int sink = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int s = 0; s < strides.length; s++) {
                    long start = System.nanoTime();
                    for (int call = 0; call < CALLS; call++) {
                        out.write(CeilingBenchmark.LINE, 0, CeilingBenchmark.LINE.length);
                        int at = 0;
                        for (int load = 0; chains[s] != null && load < loads; load++) {
                            at = chains[s][at];
                        }
                        sink += at;
                    }
                    nanos[s][round] = (System.nanoTime() - start) / (double) CALLS;
                    out.getChannel().truncate(0);
                }
            }
            double none = median(nanos[0]);
            for (int s = 0; s < strides.length; s++) {
                double median = median(nanos[s]);
                System.out.printf(Locale.ROOT, "%-22s %7.1f ns/call  %+6.1f ns per load%n",
                        s == 0 ? "write only" : loads + " loads, " + strides[s] + " B apart", median,
                        s == 0 ? 0 : (median - none) / loads);
            }
            if (sink == 42) { // uses the loads' result, so that the JIT cannot drop them
                System.out.println();
            }
        } finally {
            Workload.delete(dir);
        }
    }

    /** An array in which element {@code k * step} holds {@code (k + 1) * step}: a chain of dependent loads. */
    private static int[] chain(int loads, int step) {
        int[] chain = new int[step * (loads + 1)];
        for (int k = 0; k < loads; k++) {
            chain[k * step] = (k + 1) * step;
        }
        return chain;
    }

    /** The median of the last three quarters of the rounds. */
    private static double median(double[] rounds) {
        double[] counted = SameJvmComparison.counted(rounds);
        return counted[counted.length / 2];
    }
}
