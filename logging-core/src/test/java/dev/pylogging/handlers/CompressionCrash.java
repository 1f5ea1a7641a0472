package dev.pylogging.handlers;

import dev.pylogging.Formatter;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import java.nio.file.Path;

/**
 * A child JVM for {@code BackgroundCompressionTest}: logs numbered records through a gzip
 * rotating handler whose files roll every few megabytes, and halts the JVM (no shutdown hook, no
 * close) right after a roll, while that backup is being compressed.
 */
public final class CompressionCrash {

    private CompressionCrash() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Logging.setShutdownHookEnabled(false);
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 4 << 20, 10);
        handler.setGzip(true);
        handler.setFormatter(new Formatter("%(message)s"));
        Logger logger = Logging.getLogger("crash");
        logger.addHandler(handler);
        // Random digits compress slowly: the compression is still running when the JVM halts.
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < count; i++) {
            logger.warning("record %d %016x%016x", i, random.nextLong(), random.nextLong());
        }
        // Roll the last file over, starting its compression, and stop at once.
        handler.acquire();
        handler.doRollover();
        Runtime.getRuntime().halt(0);
    }
}
