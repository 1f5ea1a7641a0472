package dev.pylogging.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers {@code GET /hello} when the sample runs as a server, logging through SLF4J as any
 * library does: the record goes through pylogging's handlers, and its level can be changed at
 * run time through {@code /actuator/loggers/sample.web}.
 */
@RestController
public class HelloController {

    private static final Logger LOG = LoggerFactory.getLogger("sample.web");

    /** Logs one record and answers. */
    @GetMapping("/hello")
    public String hello() {
        LOG.info("hello from {}", "a request");
        return "hello";
    }
}
