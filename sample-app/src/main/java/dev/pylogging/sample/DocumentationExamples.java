package dev.pylogging.sample;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs the documentation's examples once the application has started. */
@Component
public class DocumentationExamples implements ApplicationRunner {

    private final Logger log;
    private final ObjectProvider<Auxiliary> auxiliaries;

    /**
     * Creates the runner; its logger is named after this class.
     *
     * @param log {@code dev.pylogging.sample.DocumentationExamples}
     * @param auxiliaries makes instances of the documentation's auxiliary module
     */
    public DocumentationExamples(Logger log, ObjectProvider<Auxiliary> auxiliaries) {
        this.log = log;
        this.auxiliaries = auxiliaries;
        log.debug("DocumentationExamples created: records from bean constructors are configured too");
    }

    @Override
    public void run(ApplicationArguments args) {
        multipleDestinations();
        spamApplication();
        rotatingFile();
        contextualInformation();
        Logging.getLogger("sample").critical("the sample ran; a CRITICAL record is also mailed when mail is on");
    }

    /** "Logging to multiple destinations": DEBUG and up to logs/myapp.log, INFO and up to the console. */
    private void multipleDestinations() {
        Logging.info("Jackdaws love my big sphinx of quartz.");
        Logger logger1 = Logging.getLogger("myapp.area1");
        Logger logger2 = Logging.getLogger("myapp.area2");
        logger1.debug("Quick zephyrs blow, vexing daft Jim.");
        logger1.info("How quickly daft jumping zebras vex.");
        logger2.warning("Jail zesty vixen who grabbed pay from quack.");
        logger2.error("The five boxing wizards jump quickly.");
    }

    /** "Using logging in multiple modules": spam_application and its auxiliary module, to logs/spam.log. */
    private void spamApplication() {
        Logger logger = Logging.getLogger("spam_application");
        logger.info("creating an instance of auxiliary_module.Auxiliary");
        Auxiliary auxiliary = auxiliaries.getObject();
        logger.info("created an instance of auxiliary_module.Auxiliary");
        logger.info("calling auxiliary_module.Auxiliary.do_something");
        auxiliary.doSomething();
        logger.info("finished auxiliary_module.Auxiliary.do_something");
        logger.info("calling auxiliary_module.some_function()");
        auxiliary.someFunction();
        logger.info("done with auxiliary_module.some_function()");
    }

    /** "Rotating log files": 20 records through a 20-byte RotatingFileHandler with 5 backups. */
    private void rotatingFile() {
        Logger myLogger = Logging.getLogger("MyLogger");
        for (int i = 0; i < 20; i++) {
            myLogger.debug("i = %d", i);
        }
    }

    /** "Adding contextual information": the clientip and user extras in the format. */
    private void contextualInformation() {
        Logger logger = Logging.getLogger("tcpserver");
        logger.atWarning().extra("clientip", "192.168.0.1").extra("user", "fbloggs")
                .log("Protocol problem: %s", "connection reset");
    }

    /** Logs on the way out: the record reaches the file before the handlers are closed. */
    @PreDestroy
    public void stopping() {
        log.info("DocumentationExamples stopping: records from @PreDestroy methods are written too");
    }
}
