package dev.pylogging.config;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated {@code args=} texts, from a fixed seed so that a failure repeats: the parser returns a
 * value or refuses with an {@link IllegalArgumentException}; nothing else escapes, nothing runs.
 */
class PyLiteralFuzzTest {

    private static final List<String> SEEDS = List.of(
            "('app.log', 'a', 'utf-8', True)", "(sys.stdout,)", "('localhost', handlers.DEFAULT_TCP_LOGGING_PORT)",
            "(('localhost', 514), handlers.SysLogHandler.LOG_USER)", "('\\N{DIGIT ONE}\\x41\\u00e9', 0o17, 0x1F, 1e-3)",
            "{'maxBytes': 1024, 'backupCount': [1, 2, (3,)], 'x': None}", "(r'C:\\logs\\app.log', -5, +3.5, 1_000)");
    private static final String ALPHABET = "()[]{},:'\"\\rbxuNU{}0123456789.eE+-_ #abcdefTrueFalseNone\n";

    @Test
    void mutatedArgumentTextsOnlyEverGiveAValueOrAClearRefusal() {
        Random random = new Random(20261202);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
                int at = random.nextInt(text.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            try {
                PyLiteral.parse(text.toString());
            } catch (IllegalArgumentException refused) {
                // What a bad args line must get.
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " " + text + " threw " + e, e);
            }
        }
    }
}
