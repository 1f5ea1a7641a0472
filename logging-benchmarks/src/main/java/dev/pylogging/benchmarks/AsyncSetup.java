package dev.pylogging.benchmarks;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import dev.pylogging.Handler;
import dev.pylogging.handlers.QueueHandler;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * The three libraries' asynchronous logging over the same file work: pylogging's
 * {@link QueueHandler} and {@code QueueListener}, Logback's {@code AsyncAppender} and Log4j2's
 * async loggers (on the LMAX Disruptor). Each queue holds {@link #CAPACITY} events and makes a
 * caller wait when it is full, so that none loses a record.
 */
final class AsyncSetup {

    /** Log4j2's default ring buffer size, used for all three. */
    static final int CAPACITY = 256 * 1024;

    private AsyncSetup() {
    }

    /** The workload's pylogging file handler behind a blocking queue. */
    static dev.pylogging.Logger pylogging(Workload workload, Path dir) {
        dev.pylogging.Logger logger = PyLoggingSetup.file(workload, dir);
        Handler file = logger.getHandlers().get(0);
        logger.removeHandler(file);
        logger.addHandler(QueueHandler.withListener(CAPACITY, QueueHandler.WhenFull.BLOCK, false, List.of(file)));
        return logger;
    }

    /** The workload's Logback appender behind an {@code AsyncAppender} that blocks and discards nothing. */
    static ch.qos.logback.classic.Logger logback(Workload workload, Path dir) {
        ch.qos.logback.classic.Logger logger = LogbackSetup.file(workload, dir);
        Appender<ILoggingEvent> file = logger.iteratorForAppenders().next();
        logger.detachAppender(file);
        AsyncAppender async = new AsyncAppender();
        async.setContext(logger.getLoggerContext());
        async.setQueueSize(CAPACITY);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(false);
        async.addAppender(file);
        async.start();
        logger.addAppender(async);
        return logger;
    }

    /** The workload's Log4j2 file appender behind an async logger. */
    static org.apache.logging.log4j.Logger log4j2(Workload workload, Path dir) {
        System.setProperty("log4j2.asyncLoggerConfigRingBufferSize", Integer.toString(CAPACITY));
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        String file = dir.resolve("log4j2.log").toString();
        b.add(b.newAppender("file", "File").addAttribute("fileName", file)
                .addAttribute("immediateFlush", workload.immediateFlush).addAttribute("bufferedIO", true)
                .addAttribute("bufferSize", 8192)
                .add(b.newLayout("PatternLayout").addAttribute("pattern", Log4j2Setup.PATTERN)));
        String name = "bench.async." + workload.name().toLowerCase(java.util.Locale.ROOT);
        b.add(b.newAsyncLogger(name, Level.INFO).add(b.newAppenderRef("file")).addAttribute("additivity", false)
                .addAttribute("includeLocation", false));
        b.add(b.newRootLogger(Level.ERROR));
        LoggerContext context = new LoggerContext(name);
        context.start(b.build(false));
        return context.getLogger(name);
    }

    /** Stops the pylogging side, draining its queue into the file. */
    static void stopPylogging() {
        PyLoggingSetup.stop();
    }

    /** Stops Logback, draining its queue into the file. */
    static void stopLogback(ch.qos.logback.classic.Logger logger) {
        LogbackSetup.stop(logger);
    }

    /** Stops Log4j2, draining its ring buffer into the file. */
    static void stopLog4j2(org.apache.logging.log4j.Logger logger) {
        Log4j2Setup.stop(logger);
    }
}
