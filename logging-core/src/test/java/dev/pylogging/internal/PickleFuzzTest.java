package dev.pylogging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.pylogging.Python;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated pickles, from a fixed seed so that a failure repeats: the reader either returns a value
 * or throws {@link PickleException}; nothing else escapes, and no input takes long.
 */
class PickleFuzzTest {

    private static final int MUTATIONS = 5_000;

    @Test
    void mutatedRecordPicklesOnlyEverGiveAValueOrAPickleException() {
        List<byte[]> seeds = new ArrayList<>();
        for (String line : Python.run("hostile_pickles.py", "", Map.of()).split("\n")) {
            seeds.add(HexFormat.of().parseHex(line.split(" ")[1]));
        }
        Random random = new Random(20261202);
        int refused = 0;
        long slowest = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] pickle = seeds.get(random.nextInt(seeds.size())).clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                pickle[random.nextInt(pickle.length)] = (byte) random.nextInt(256);
            }
            long start = System.nanoTime();
            try {
                PickleReader.loads(pickle);
            } catch (PickleException expected) {
                refused++;
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " (" + HexFormat.of().formatHex(pickle) + ") threw " + e, e);
            }
            slowest = Math.max(slowest, System.nanoTime() - start);
        }
        assertThat(refused).isPositive();
        assertThat(slowest).as("the slowest mutation, in ns").isLessThan(1_000_000_000L);
    }
}
