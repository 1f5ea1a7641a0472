package dev.pylogging.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML for dictConfig files as Python's {@code yaml.safe_load} does: plain data only, no
 * tags that make objects. SnakeYAML is optional; without it a YAML file is refused by name.
 */
final class Yaml {

    private Yaml() {
    }

    static Object parse(String source, String text) {
        try {
            Class.forName("org.yaml.snakeyaml.Yaml", false, Yaml.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigException(source + ": reading YAML needs org.yaml:snakeyaml on the class path; "
                    + "or write the configuration as JSON");
        }
        return SnakeYaml.load(source, text);
    }

    /** Kept apart so that {@link Yaml} loads without SnakeYAML. */
    private static final class SnakeYaml {
        static Object load(String source, String text) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(64);
            try {
                return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).load(text);
            } catch (MarkedYAMLException e) {
                throw new ConfigException(source + ": YAML syntax error at line "
                        + (e.getProblemMark() == null ? "?" : e.getProblemMark().getLine() + 1) + ": " + e.getProblem(), e);
            } catch (RuntimeException e) {
                throw new ConfigException(source + ": not YAML: " + e.getMessage(), e);
            }
        }
    }
}
