package dev.pylogging.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Pins each benchmark thread to a CPU when the system property {@code pylogging.bench.cpus}
 * lists some ({@code -Dpylogging.bench.cpus=1}, or {@code 0,1} for two threads), the n-th thread
 * taking the n-th CPU, round robin; without it, threads run where the scheduler puts them.
 *
 * <p>On a small virtual machine one CPU can serve system calls markedly slower than another
 * (the host's interrupts, a neighbour on the same core), and a single-threaded benchmark lands on
 * either for a whole JVM: every library then shows two modes from fork to fork. Pinning all
 * libraries alike to one CPU measures them under the same conditions. Linux only; it uses
 * {@code /proc/thread-self} and {@code taskset}.
 */
@State(Scope.Thread)
public class Pinned {

    /** Pins the calling benchmark thread, if CPUs are listed. */
    @Setup
    public void pin(ThreadParams params) throws IOException, InterruptedException {
        String cpus = System.getProperty("pylogging.bench.cpus", "").trim();
        if (cpus.isEmpty()) {
            return;
        }
        String[] list = cpus.split(",");
        pinCurrentThread(list[params.getThreadIndex() % list.length].trim());
    }

    /**
     * Pins the calling thread to one CPU.
     *
     * @param cpu a CPU number, as {@code taskset -c} takes it
     * @throws IllegalStateException when {@code taskset} fails
     */
    static void pinCurrentThread(String cpu) throws IOException, InterruptedException {
        String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        Process taskset = new ProcessBuilder("taskset", "-p", "-c", cpu, tid)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
            throw new IllegalStateException("taskset could not pin thread " + tid + " to CPU " + cpu);
        }
    }
}
