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
        assertThatThrownBy(() -> PercentFormat.format("%9999999999d", 1))
                .hasMessage("width too big: 9999999999 is over the limit of 65536");
        assertThatThrownBy(() -> PercentFormat.format("%999999999d", 1))
                .hasMessage("width too big: 999999999 is over the limit of 65536");
        assertThatThrownBy(() -> PercentFormat.format("%.70000f", 1.0))
                .hasMessage("precision too big: 70000 is over the limit of 65536");
    }

    @Test
    void aStarWidthPastTheBoundIsAnErrorWhateverItsSign() {
        assertThatThrownBy(() -> PercentFormat.format("%*d", 2147483647, 1))
                .hasMessage("width too big: 2147483647 is over the limit of 65536");
        assertThatThrownBy(() -> PercentFormat.format("%*d", -2147483648, 1))
                .hasMessage("width too big: 2147483647 is over the limit of 65536");
        assertThatThrownBy(() -> PercentFormat.format("%*d", 4294967301L, 1))
                .hasMessage("width too big: 2147483647 is over the limit of 65536");
        assertThatThrownBy(() -> PercentFormat.format("%.*f", 100000, 1.0))
                .hasMessage("precision too big: 100000 is over the limit of 65536");
    }

    @Test
    void widthsAtTheBoundStillPad() {
        assertThat(PercentFormat.format("%65536d", 7)).hasSize(65536).endsWith(" 7");
        assertThat(PercentFormat.format("%*s", -65536, "x")).hasSize(65536).startsWith("x ");
    }

    @Test
    void manyBoundedWidthsThatAddUpPastTheTotalAreAnError() {
        String many = "%60000s".repeat(20);
        assertThatThrownBy(() -> PercentFormat.format(many, (Object[]) new String[20]))
                .hasMessage("widths and precisions add up to more than 1048576");
        Object[] stars = new Object[40];
        for (int i = 0; i < 40; i += 2) {
            stars[i] = 60000;
            stars[i + 1] = "x";
        }
        assertThatThrownBy(() -> PercentFormat.format("%*s".repeat(20), stars))
                .hasMessage("widths and precisions add up to more than 1048576");
    }
}
