package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A call below the logger's level allocates nothing. Counts bytes with the JVM's per-thread
 * allocation counter rather than timing anything; speed is measured by the JMH benchmarks.
 */
class DisabledCallTest extends LoggingTestCase {

    @Test
    void aDisabledCallAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Logger logger = Logging.getLogger("quiet.below.info");
        logger.setLevel(Level.INFO);
        String arg = "argument";
        Object other = "other";
        long tid = Thread.currentThread().getId();
        // The first round warms up: the JVM may allocate on the thread's behalf while it loads
        // and resolves the classes and call sites involved, tens of kilobytes once.
        for (int round = 0; round < 4; round++) {
            long before = threads.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 200_000; i++) {
                logger.debug("value %s", arg);
                logger.debug("values %s %s", arg, other);
                logger.debug("no args");
                logger.atDebug().extra("k", arg).log("fluent %s", arg);
            }
            long allocated = threads.getThreadAllocatedBytes(tid) - before;
            // 800,000 calls: even one byte per call would be 800 KB; allow for the counter itself.
            if (round > 0) {
                assertThat(allocated).as("bytes allocated by 800,000 disabled calls").isLessThan(16_384);
            }
        }
    }
}
