package dev.pylogging.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.FileAppender;
import dev.pylogging.FileHandler;
import dev.pylogging.JsonFormatter;
import dev.pylogging.Logging;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * Each library writing JSON lines to a file: pylogging's {@link JsonFormatter} with its ECS
 * layout, Logback's {@code JsonEncoder}, and Log4j2's {@code JsonTemplateLayout} with its ECS
 * template, for the sync and buffered workloads.
 */
final class JsonSetup {

    private JsonSetup() {
    }

    static dev.pylogging.Logger pylogging(Workload workload, Path dir) {
        dev.pylogging.Logger logger = Logging.getLogger("bench.json." + workload.name().toLowerCase(java.util.Locale.ROOT));
        logger.setLevel(dev.pylogging.Level.INFO);
        logger.setPropagate(false);
        FileHandler handler = new FileHandler(dir.resolve("pylogging.json").toString());
        handler.setImmediateFlush(workload.immediateFlush);
        handler.setFormatter(new JsonFormatter("ecs"));
        logger.addHandler(handler);
        return logger;
    }

    static ch.qos.logback.classic.Logger logback(Workload workload, Path dir) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        // The same work as the others: the formatted message, not the pattern and its arguments.
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(dir.resolve("logback.json").toString());
        appender.setEncoder(encoder);
        appender.setImmediateFlush(workload.immediateFlush);
        appender.start();
        ch.qos.logback.classic.Logger logger = context.getLogger("bench.json");
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        return logger;
    }

    static org.apache.logging.log4j.Logger log4j2(Workload workload, Path dir) {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        b.add(b.newAppender("file", "File").addAttribute("fileName", dir.resolve("log4j2.json").toString())
                .addAttribute("immediateFlush", workload.immediateFlush).addAttribute("bufferedIO", true)
                .addAttribute("bufferSize", 8192)
                .add(b.newLayout("JsonTemplateLayout").addAttribute("eventTemplateUri", "classpath:EcsLayout.json")));
        String name = "bench.json";
        b.add(b.newLogger(name, Level.INFO).add(b.newAppenderRef("file")).addAttribute("additivity", false));
        b.add(b.newRootLogger(Level.ERROR));
        org.apache.logging.log4j.core.LoggerContext context = new org.apache.logging.log4j.core.LoggerContext(name);
        context.start(b.build(false));
        return context.getLogger(name);
    }
}
