package dev.pylogging;

import dev.pylogging.handlers.MemoryHandler;
import java.nio.file.Path;

/**
 * A child JVM for {@code ShutdownHookTest}: logs records into a memory handler over one file and
 * into a buffered file handler, then ends as its first argument says: {@code return} from main,
 * {@code exit} with {@code System.exit(0)}, or {@code wait} for the parent's SIGTERM.
 */
public final class ExitScenario {

    private ExitScenario() {
    }

    public static void main(String[] args) throws InterruptedException {
        String end = args[0];
        Path folder = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        FileHandler memoryTarget = new FileHandler(folder.resolve("memory.log").toString(), "w");
        MemoryHandler memory = new MemoryHandler(count + 1, Level.CRITICAL, memoryTarget);
        FileHandler buffered = new FileHandler(folder.resolve("buffered.log").toString(), "w");
        buffered.setImmediateFlush(false);
        Logger logger = Logging.getLogger("exit");
        logger.addHandler(memory);
        logger.addHandler(buffered);
        for (int i = 0; i < count; i++) {
            logger.warning("record %d of a run that ends by %s", i, end);
        }
        switch (end) {
            case "exit" -> System.exit(0);
            case "wait" -> {
                System.out.println("ready");
                System.out.flush();
                Thread.sleep(60_000);
            }
            default -> {
                // Return from main.
            }
        }
    }
}
