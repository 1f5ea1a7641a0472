package dev.pylogging.benchmarks;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/** Log4j2 configured for a {@link Workload}, in a context of its own. */
final class Log4j2Setup {

    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss,SSS} - %c - %level - %m%n";
    static final String CALLER_PATTERN = "%d{yyyy-MM-dd HH:mm:ss,SSS} - %c - %level - %file:%line - %m%n";

    private Log4j2Setup() {
    }

    static Logger disabled() {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        b.add(b.newLogger("bench.disabled", Level.INFO));
        b.add(b.newRootLogger(Level.ERROR));
        return start(b, "bench.disabled");
    }

    static Logger file(Workload workload, Path dir) {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        String file = dir.resolve("log4j2.log").toString();
        AppenderComponentBuilder appender = workload.rotating
                ? b.newAppender("file", "RollingFile").addAttribute("fileName", file)
                        .addAttribute("filePattern", file + ".%i")
                        .addComponent(b.newComponent("Policies").addComponent(
                                b.newComponent("SizeBasedTriggeringPolicy").addAttribute("size", Workload.MAX_BYTES)))
                        .addComponent(b.newComponent("DefaultRolloverStrategy").addAttribute("max", Workload.BACKUPS))
                : b.newAppender("file", "File").addAttribute("fileName", file);
        appender.addAttribute("immediateFlush", workload.immediateFlush).addAttribute("bufferedIO", true)
                .addAttribute("bufferSize", 8192)
                .add(b.newLayout("PatternLayout").addAttribute("pattern",
                        workload.callerInfo ? CALLER_PATTERN : PATTERN));
        b.add(appender);
        String name = "bench." + workload.name().toLowerCase(java.util.Locale.ROOT);
        b.add(b.newLogger(name, Level.INFO).add(b.newAppenderRef("file")).addAttribute("additivity", false)
                .addAttribute("includeLocation", workload.callerInfo));
        b.add(b.newRootLogger(Level.ERROR));
        return start(b, name);
    }

    private static Logger start(ConfigurationBuilder<BuiltConfiguration> builder, String name) {
        LoggerContext context = new LoggerContext(name);
        context.start(builder.build(false));
        return context.getLogger(name);
    }

    static void stop(Logger logger) {
        ((org.apache.logging.log4j.core.Logger) logger).getContext().stop();
    }
}
