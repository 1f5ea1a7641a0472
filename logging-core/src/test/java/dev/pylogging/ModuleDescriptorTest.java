package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module descriptor: the API packages exported, the internals not, optional libraries static. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Logging.class.getResourceAsStream("/META-INF/versions/17/module-info.class")) {
            assertThat(in).as("module-info.class of the multi-release jar").isNotNull();
            return ModuleDescriptor.read(in, ModuleDescriptorTest::packagesOfThisModule);
        }
    }

    /** Every package with a class in the compiled main tree. */
    private static Set<String> packagesOfThisModule() {
        try {
            Path root = Paths.get(Logging.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.startsWith(root.resolve("META-INF")))
                        .map(f -> root.relativize(f.getParent()).toString().replace('/', '.'))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exportsEveryApiPackageAndNotTheInternals() throws Exception {
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("dev.pylogging");
        Set<String> exported = module.exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).containsExactly("dev.pylogging", "dev.pylogging.config", "dev.pylogging.handlers",
                "dev.pylogging.jul", "dev.pylogging.net");
        Set<String> hidden = new TreeSet<>(packagesOfThisModule());
        hidden.removeAll(exported);
        assertThat(hidden).containsExactly("dev.pylogging.internal");
    }

    @Test
    void needsNoLibraryAtRunTime() throws Exception {
        Set<String> required = descriptor().requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(required).containsExactly("java.base", "java.logging");
    }
}
