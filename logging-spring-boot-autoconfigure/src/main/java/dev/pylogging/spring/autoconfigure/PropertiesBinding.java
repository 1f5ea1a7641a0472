package dev.pylogging.spring.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.Environment;

/**
 * Binds {@code pylogging.*} from the Environment before the application context exists, strictly:
 * a key that names nothing ({@code max-byte}, a dotted logger name without brackets) and a value
 * of the wrong type ({@code max-bytes: ten}) are refused by name, with the closest known key,
 * as {@link InvalidPyLoggingPropertyException}s that the failure analyzer reports.
 */
final class PropertiesBinding {

    private static final Map<String, Class<?>> SECTIONS = Map.of("handlers", HandlerProperties.class,
            "loggers", PyLoggingProperties.LoggerProperties.class,
            "formatters", PyLoggingProperties.FormatterProperties.class,
            "filters", PyLoggingProperties.FilterProperties.class);
    private static final Map<String, Class<?>> GROUPS = Map.of("basic", PyLoggingProperties.Basic.class,
            "listen", PyLoggingProperties.Listen.class, "receiver", PyLoggingProperties.Receiver.class);

    private PropertiesBinding() {
    }

    /**
     * Returns the bound properties, or the defaults when there are none.
     *
     * @throws InvalidPyLoggingPropertyException naming the first key that is unknown or of the wrong type
     */
    static PyLoggingProperties bind(Environment env) {
        try {
            return Binder.get(env).bind("pylogging", Bindable.of(PyLoggingProperties.class),
                    new NoUnboundElementsBindHandler(BindHandler.DEFAULT)).orElseGet(PyLoggingProperties::new);
        } catch (BindException e) {
            throw translate(e);
        }
    }

    private static InvalidPyLoggingPropertyException translate(BindException e) {
        if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound
                && !unbound.getUnboundProperties().isEmpty()) {
            ConfigurationProperty first = unbound.getUnboundProperties().iterator().next();
            return unknownKey(first.getName().toString(), first.getValue(), e);
        }
        ConfigurationProperty property = e.getProperty();
        String name = property != null ? property.getName().toString() : e.getName().toString();
        Object value = property != null ? property.getValue() : null;
        String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return new InvalidPyLoggingPropertyException(name, value, "cannot be read as a " + e.getTarget().getType()
                + ": " + reason, "Give a value of that type; sizes take Spring's forms such as 1048576, 512KB or 10MB.",
                e);
    }

    /** Names an unknown key and the key it most likely meant. */
    private static InvalidPyLoggingPropertyException unknownKey(String name, Object value, Throwable cause) {
        String[] parts = name.substring("pylogging.".length()).split("\\.");
        Class<?> owner = PyLoggingProperties.class;
        int keyAt = 0;
        if (parts.length >= 3 && SECTIONS.containsKey(parts[0])) {
            owner = SECTIONS.get(parts[0]);
            keyAt = 2;
            if (parts[0].equals("loggers") && parts.length > 3) {
                String logger = String.join(".", List.of(parts).subList(1, parts.length - 1));
                return new InvalidPyLoggingPropertyException(name, value, "'" + parts[1] + "' is not a logger key: a "
                        + "dotted logger name must be written in brackets",
                        "Write pylogging.loggers.\"[" + logger + "]\"." + parts[parts.length - 1]
                                + " (in YAML: \"[" + logger + "]\": {" + parts[parts.length - 1] + ": ...}).", cause);
            }
        } else if (parts.length >= 2 && GROUPS.containsKey(parts[0])) {
            owner = GROUPS.get(parts[0]);
            keyAt = 1;
        }
        String key = parts[Math.min(keyAt, parts.length - 1)];
        List<String> known = keysOf(owner);
        return new InvalidPyLoggingPropertyException(name, value, "no such key",
                "Remove it, or use a key " + owner.getSimpleName() + " knows." + Suggestions.didYouMean(key, known),
                cause);
    }

    /** The kebab-case keys of a properties class. */
    static List<String> keysOf(Class<?> type) {
        List<String> keys = new ArrayList<>();
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
            if (d.getWriteMethod() != null || (d.getReadMethod() != null && !d.getName().equals("class"))) {
                keys.add(kebab(d.getName()));
            }
        }
        return keys;
    }

    private static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
