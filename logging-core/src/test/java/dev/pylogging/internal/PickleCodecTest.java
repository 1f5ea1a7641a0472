package dev.pylogging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Python;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pickle codec against CPython's own pickle module, every protocol from 0 to 5. */
class PickleCodecTest {

    @Test
    void readsCPythonsPicklesOfEveryProtocol() throws PickleException {
        String[] lines = Python.run("pickle_oracle.py", "", Map.of(), "dump").split("\n");
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            String[] parts = line.split(" ");
            Map<?, ?> value = (Map<?, ?>) PickleReader.loads(HexFormat.of().parseHex(parts[1]));
            String protocol = "protocol " + parts[0];
            assertThat(value.get("name")).as(protocol).isEqualTo("remote.app");
            assertThat(value.get("levelno")).as(protocol).isEqualTo(40L);
            assertThat(value.get("big")).as(protocol).isEqualTo(BigInteger.TWO.pow(70));
            assertThat(value.get("negative")).as(protocol).isEqualTo(-123456789L);
            assertThat(value.get("created")).as(protocol).isEqualTo(1700000000.25);
            assertThat(value.containsKey("none")).as(protocol).isTrue();
            assertThat(value.get("none")).as(protocol).isNull();
            assertThat(value.get("flags")).as(protocol).isEqualTo(List.of(true, false));
            assertThat((Object[]) value.get("tuple")).as(protocol).containsExactly(1L, "two", 3.0);
            assertThat(value.get("text")).as(protocol).isEqualTo("héllo 😀");
            int number = Integer.parseInt(parts[0]);
            if (number >= 3) {
                assertThat((byte[]) value.get("bytes")).as(protocol).containsExactly(0, 1, -1);
            }
            assertThat(value.get("nested")).as(protocol)
                    .isEqualTo(Map.of("list", List.of(1L, List.of(2L, List.of(3L))), "empty", Map.of()));
            if (number >= 4) {
                assertThat(value.get("set")).as(protocol).isEqualTo(List.of(7L));
            }
            assertThat(value.get(Arrays.asList(1L, 2L))).as(protocol).isEqualTo("tuple key");
        }
    }

    @Test
    void cpythonReadsWhatWeWrite() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("msg", "héllo 😀");
        value.put("args", null);
        value.put("levelno", 40);
        value.put("thread", 140234567890123L);
        value.put("big", BigInteger.TWO.pow(70).negate());
        value.put("created", 1700000000.25);
        value.put("flags", List.of(true, false));
        value.put("tuple", new Object[] {1, "two"});
        value.put("empty", Map.of());
        String hex = HexFormat.of().formatHex(PickleWriter.dumps(value));
        assertThat(Python.run("pickle_oracle.py", "", Map.of(), "load", hex).strip()).isEqualTo(
                "{'msg': 'héllo 😀', 'args': None, 'levelno': 40, 'thread': 140234567890123, "
                        + "'big': -1180591620717411303424, 'created': 1700000000.25, 'flags': [True, False], "
                        + "'tuple': (1, 'two'), 'empty': {}}");
    }

    @Test
    void refusesTheGlobalThatOldProtocolsUseForBytes() {
        byte[] withBytes = HexFormat.of().parseHex(Python.run("pickle_oracle.py", "", Map.of(), "bytes2").strip());
        assertThatThrownBy(() -> PickleReader.loads(withBytes)).hasMessageContaining("GLOBAL refused");
    }

    @Test
    void refusesUnhashableKeysAndTrailingBytes() {
        // {[1]: 2} cannot be written by CPython; built by hand: EMPTY_DICT, EMPTY_LIST, K 1, APPEND, K 2, SETITEM, STOP
        byte[] listKey = {(byte) 0x80, 2, '}', ']', 'K', 1, 'a', 'K', 2, 's', '.'};
        assertThatThrownBy(() -> PickleReader.loads(listKey)).hasMessageContaining("unhashable dict key: a list");
        byte[] trailing = {(byte) 0x80, 2, 'N', '.', 'N'};
        assertThatThrownBy(() -> PickleReader.loads(trailing)).hasMessageContaining("bytes after STOP");
    }
}
