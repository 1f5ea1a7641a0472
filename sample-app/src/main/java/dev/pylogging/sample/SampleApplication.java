package dev.pylogging.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Python logging documentation's examples as a Spring Boot application: everything about where records go is
 * in {@code application.yml}. It runs the examples once and exits.
 */
@SpringBootApplication
public class SampleApplication {

    /**
     * Runs the examples.
     *
     * @param args Spring Boot arguments, such as {@code --sample.mail.enabled=true}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
