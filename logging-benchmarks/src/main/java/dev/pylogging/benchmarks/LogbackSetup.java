package dev.pylogging.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/** Logback configured for a {@link Workload}, in a context of its own. */
final class LogbackSetup {

    static final String PATTERN = "%d{\"yyyy-MM-dd HH:mm:ss,SSS\"} - %logger - %level - %msg%n";
    static final String CALLER_PATTERN = "%d{\"yyyy-MM-dd HH:mm:ss,SSS\"} - %logger - %level - %file:%line - %msg%n";

    private LogbackSetup() {
    }

    static Logger disabled() {
        LoggerContext context = context();
        Logger logger = context.getLogger("bench.disabled");
        logger.setLevel(Level.INFO);
        return logger;
    }

    static Logger file(Workload workload, Path dir) {
        LoggerContext context = context();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(workload.callerInfo ? CALLER_PATTERN : PATTERN);
        encoder.start();
        String file = dir.resolve("logback.log").toString();
        FileAppender<ILoggingEvent> appender;
        if (workload.rotating) {
            RollingFileAppender<ILoggingEvent> rolling = new RollingFileAppender<>();
            FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
            policy.setContext(context);
            policy.setParent(rolling);
            policy.setFileNamePattern(file + ".%i");
            policy.setMinIndex(1);
            policy.setMaxIndex(Workload.BACKUPS);
            SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
            trigger.setContext(context);
            trigger.setMaxFileSize(new FileSize(Workload.MAX_BYTES));
            rolling.setRollingPolicy(policy);
            rolling.setTriggeringPolicy(trigger);
            rolling.setContext(context);
            rolling.setFile(file);
            policy.start();
            trigger.start();
            appender = rolling;
        } else {
            appender = new FileAppender<>();
            appender.setContext(context);
            appender.setFile(file);
        }
        appender.setEncoder(encoder);
        appender.setImmediateFlush(workload.immediateFlush);
        appender.start();
        Logger logger = context.getLogger("bench." + workload.name().toLowerCase(java.util.Locale.ROOT));
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        return logger;
    }

    /** A started context with the MDC adapter that Logback's SLF4J provider would set: without it every event fails. */
    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        return context;
    }

    static void stop(Logger logger) {
        logger.getLoggerContext().stop();
    }
}
