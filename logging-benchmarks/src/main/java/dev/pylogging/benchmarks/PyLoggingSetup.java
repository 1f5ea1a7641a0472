package dev.pylogging.benchmarks;

import dev.pylogging.FileHandler;
import dev.pylogging.Formatter;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.handlers.RotatingFileHandler;
import java.nio.file.Path;

/** pylogging configured for a {@link Workload}. */
final class PyLoggingSetup {

    static final String FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s";
    static final String CALLER_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(filename)s:%(lineno)d - %(message)s";

    private PyLoggingSetup() {
    }

    static Logger disabled() {
        Logger logger = Logging.getLogger("bench.disabled");
        logger.setLevel(Level.INFO);
        return logger;
    }

    static Logger file(Workload workload, Path dir) {
        Logger logger = Logging.getLogger("bench." + workload.name().toLowerCase(java.util.Locale.ROOT));
        logger.setLevel(Level.INFO);
        logger.setPropagate(false);
        String file = dir.resolve("pylogging.log").toString();
        FileHandler handler = workload.rotating
                ? new RotatingFileHandler(file, "a", Workload.MAX_BYTES, Workload.BACKUPS, null, false)
                : new FileHandler(file);
        handler.setImmediateFlush(workload.immediateFlush);
        handler.setFormatter(new Formatter(workload.callerInfo ? CALLER_FORMAT : FORMAT));
        logger.addHandler(handler);
        return logger;
    }

    static void stop() {
        Logging.reset();
    }
}
