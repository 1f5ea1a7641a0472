package dev.pylogging.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Compares arms in one JVM: each arm a library (or a build of one) configured for the same
 * {@link Workload}, taking turns in rounds of the same number of calls, the order reversed every
 * other round. JMH runs each library in a JVM of its own, and on a shared VM the host's speed
 * drifts by more than the differences worth knowing between two builds; arms that alternate
 * every few hundred milliseconds share the drift, so the ratio of paired rounds is steady where
 * the times are not. The first quarter of the rounds warms up and is not counted.
 *
 * <pre>
 * java -cp logging-benchmarks/target/benchmarks.jar dev.pylogging.benchmarks.SameJvmComparison \
 *     [--workload SYNC] [--rounds 40] [--calls 200000] [--cpu 1] ARM...
 * </pre>
 *
 * An ARM is {@code library} or {@code library@path/to/benchmarks.jar}: the library is one of
 * {@value ComparisonArm#LIBRARIES}; with a jar (a {@code benchmarks.jar} that has this tool), the
 * arm is loaded from that build in a class loader of its own, so two builds of pylogging can run
 * side by side. Without one, an arm is
 * loaded from this tool's own jar, each in a class loader of its own too. The arm named first
 * has had an edge of about 3% on this VM: compare two builds in both orders.
 */
public final class SameJvmComparison {

    private SameJvmComparison() {
    }

    /**
     * Runs the comparison and prints one line per arm.
     *
     * @param args options and arms, as in the class comment
     */
    public static void main(String[] args) throws Exception {
        String workload = "SYNC";
        int rounds = 40;
        long calls = 200_000;
        String cpu = null;
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workload" -> workload = value(args, ++i).toUpperCase(Locale.ROOT);
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "--calls" -> calls = Long.parseLong(value(args, ++i));
                case "--cpu" -> cpu = value(args, ++i);
                default -> arms.add(args[i]);
            }
        }
        if (arms.isEmpty() || rounds < 4 || calls < 1) {
            throw new IllegalArgumentException("usage: SameJvmComparison [--workload SYNC] [--rounds N>=4] "
                    + "[--calls N>=1] [--cpu N] ARM... where ARM is library[@jar] and library one of "
                    + ComparisonArm.LIBRARIES);
        }
        if (cpu != null) {
            Pinned.pinCurrentThread(cpu);
        }
        List<AutoCloseable> made = new ArrayList<>();
        try {
            LongConsumer[] callers = new LongConsumer[arms.size()];
            for (int i = 0; i < callers.length; i++) {
                Object arm = makeArm(arms.get(i), workload);
                made.add((AutoCloseable) arm);
                callers[i] = (LongConsumer) arm;
            }
            double[][] nanosPerCall = new double[callers.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < callers.length; turn++) {
                    int arm = round % 2 == 0 ? turn : callers.length - 1 - turn;
                    long start = System.nanoTime();
                    callers[arm].accept(calls);
                    nanosPerCall[arm][round] = (System.nanoTime() - start) / (double) calls;
                    ((Runnable) callers[arm]).run();
                }
            }
            report(arms, nanosPerCall, System.out);
        } finally {
            for (AutoCloseable arm : made) {
                arm.close();
            }
        }
    }

    /**
     * Prints, per arm, the median time per call over the counted rounds, and the median and
     * quartiles of its ratio to the first arm in the same round.
     */
    static void report(List<String> arms, double[][] nanosPerCall, PrintStream out) {
        int rounds = nanosPerCall[0].length;
        for (int arm = 0; arm < arms.size(); arm++) {
            double[] ratioPerRound = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratioPerRound[round] = nanosPerCall[arm][round] / nanosPerCall[0][round];
            }
            double[] times = counted(nanosPerCall[arm]);
            double[] ratios = counted(ratioPerRound);
            double median = times[times.length / 2];
            out.printf(Locale.ROOT, "%-40s %8.1f ns/call %9.0f calls/s   time vs first arm %.3f [%.3f-%.3f]%n",
                    arms.get(arm), median, 1e9 / median, ratios[ratios.length / 2], ratios[ratios.length / 4],
                    ratios[ratios.length * 3 / 4]);
        }
    }

    /** The rounds that count, sorted: all but the first quarter, which warms up. */
    static double[] counted(double[] rounds) {
        double[] counted = Arrays.copyOfRange(rounds, rounds.length / 4, rounds.length);
        Arrays.sort(counted);
        return counted;
    }

    private static Object makeArm(String spec, String workload) throws IOException, ReflectiveOperationException {
        int at = spec.indexOf('@');
        String library = at < 0 ? spec : spec.substring(0, at);
        ClassLoader loader = at < 0 ? ownLoader() : isolated(Path.of(spec.substring(at + 1)).toUri().toURL());
        try {
            return loader.loadClass(ComparisonArm.class.getName()).getConstructor(String.class, String.class)
                    .newInstance(library, workload);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * A class loader of this tool's own jar for one arm, so that two arms of a library do not share
     * its static state; when running from a directory of classes (the tests), the tool's own loader.
     */
    private static ClassLoader ownLoader() {
        URL self = SameJvmComparison.class.getProtectionDomain().getCodeSource().getLocation();
        return self.getPath().endsWith(".jar") ? isolated(self) : SameJvmComparison.class.getClassLoader();
    }

    private static ClassLoader isolated(URL jar) {
        return new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
