package dev.pylogging.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the logger injected into a field or constructor parameter of type
 * {@link dev.pylogging.Logger}; without it, the logger is named after the declaring class.
 *
 * <pre>{@code @Autowired @LoggerName("myapp.area1") Logger area1;}</pre>
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LoggerName {

    /** The logger's dotted name, such as {@code myapp.area1}. */
    String value();
}
