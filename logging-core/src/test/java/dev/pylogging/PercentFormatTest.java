package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where {@code %} follows Java rather than CPython, by the spec's choice, and the cache. */
class PercentFormatTest {

    @Test
    void percentSRendersJavaValuesWithStringValueOf() {
        assertThat(PercentFormat.format("%s %s %s", null, true, Map.of("a", 1))).isEqualTo("null true {a=1}");
        assertThat(PercentFormat.format("%.3s|", (Object) null)).isEqualTo("nul|");
        assertThat(PercentFormat.format("%s", 1e-5)).isEqualTo("1.0E-5");
    }

    @Test
    void percentSShowsTheElementsOfArrays() {
        assertThat(PercentFormat.format("%s", (Object) new Object[] {1, "a"})).isEqualTo("[1, a]");
        assertThat(PercentFormat.format("%s", (Object) new int[] {1, 2})).isEqualTo("[1, 2]");
    }

    @Test
    void percentRRendersPythonRepr() {
        assertThat(PercentFormat.format("%r %r %r %r", null, true, "it's", Map.of("a", 1)))
                .isEqualTo("None True \"it's\" {'a': 1}");
    }

    @Test
    void compilesEachFormatOnce() {
        assertThat(PercentFormat.compile("cached %s")).isSameAs(PercentFormat.compile("cached %s"));
    }

    @Test
    void aMalformedFormatCompilesAndFailsWhenApplied() {
        PercentFormat format = PercentFormat.compile("ok %s then %y");
        assertThat(format.error()).isEqualTo("unsupported format character 'y' (0x79) at index 12");
        assertThatThrownBy(() -> format.appendTo(new StringBuilder(), new Object[] {1}))
                .isInstanceOf(PercentFormatException.class)
                .hasMessage("unsupported format character 'y' (0x79) at index 12");
        assertThat(PercentFormat.compile("fine %s").error()).isNull();
    }

    @Test
    void anAbsurdWidthIsAnErrorNotAnOutOfMemory() {
        assertThatThrownBy(() -> PercentFormat.format("%9999999999d", 1)).hasMessage("width too big");
    }
}
