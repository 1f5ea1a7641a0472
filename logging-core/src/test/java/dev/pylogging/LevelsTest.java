package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Level numbers, names, and custom levels. */
class LevelsTest extends LoggingTestCase {

    @Test
    void theSeedsLevelValues() {
        assertThat(new int[] {Level.CRITICAL, Level.FATAL, Level.ERROR, Level.WARNING, Level.WARN, Level.INFO,
            Level.DEBUG, Level.NOTSET}).containsExactly(50, 50, 40, 30, 30, 20, 10, 0);
    }

    @Test
    void namesOfBuiltInAndUnknownLevels() {
        assertThat(Logging.getLevelName(Level.WARNING)).isEqualTo("WARNING");
        assertThat(Logging.getLevelName(Level.NOTSET)).isEqualTo("NOTSET");
        assertThat(Logging.getLevelName(15)).isEqualTo("Level 15");
    }

    @Test
    void levelForNameAcceptsNamesAliasesAndNumbers() {
        assertThat(Logging.levelForName("WARN")).isEqualTo(30);
        assertThat(Logging.levelForName("FATAL")).isEqualTo(50);
        assertThat(Logging.levelForName("debug")).isEqualTo(10);
        assertThat(Logging.levelForName("15")).isEqualTo(15);
        assertThatThrownBy(() -> Logging.levelForName("LOUD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LOUD'");
        assertThatThrownBy(() -> Logging.levelForName("-5")).hasMessageContaining("'-5'");
        assertThatThrownBy(() -> Logging.levelForName(null)).hasMessageContaining("null");
    }

    @Test
    void aCustomLevelHasItsNameInRecordsAndParses() {
        Logging.addLevelName(25, "NOTICE");
        assertThat(Logging.levelForName("NOTICE")).isEqualTo(25);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("lv");
        StreamHandler handler = new StreamHandler(out);
        handler.setFormatter(new Formatter("%(levelname)s %(levelno)d %(message)s"));
        logger.addHandler(handler);
        logger.setLevel("NOTICE");
        logger.log(25, "custom");
        logger.info("below");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("NOTICE 25 custom\n");
    }

    @Test
    void renamingALevelKeepsTheOldNameParsing() {
        Logging.addLevelName(Level.WARNING, "WARNUNG");
        assertThat(Logging.getLevelName(Level.WARNING)).isEqualTo("WARNUNG");
        assertThat(Logging.levelForName("WARNING")).isEqualTo(Level.WARNING);
    }

    @Test
    void setLevelByANameThatIsNoLevelNamesIt() {
        Logger logger = Logging.getLogger("loud");
        assertThatThrownBy(() -> logger.setLevel("LOUD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOUD");
        assertThat(logger.getLevel()).isEqualTo(Level.NOTSET);
        assertThatThrownBy(() -> new StreamHandler().setLevel("LOUD")).hasMessageContaining("LOUD");
    }
}
