package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The logger tree: names, parents, effective levels, propagation, disable and placeholders. */
class HierarchyTest extends LoggingTestCase {

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSameNameGivesTheSameLoggerAndTheRootHasThreeNames() {
        assertThat(Logging.getLogger("a.b")).isSameAs(Logging.getLogger("a.b"));
        Logger root = Logging.getLogger();
        assertThat(root.getName()).isEqualTo("root");
        assertThat(Logging.getLogger(null)).isSameAs(root);
        assertThat(Logging.getLogger("")).isSameAs(root);
        assertThat(Logging.getLogger("root")).isSameAs(root);
        assertThat(root.getParent()).isNull();
    }

    @Test
    void childrenCreatedBeforeTheirParentAreReparentedWhenItAppears() {
        Logger abcd = Logging.getLogger("p1.b.c.d");
        Logger ab = Logging.getLogger("p1.b");
        assertThat(abcd.getParent()).isSameAs(ab);
        assertThat(ab.getParent()).isSameAs(Logging.getLogger());
        Logger a = Logging.getLogger("p1");
        assertThat(ab.getParent()).isSameAs(a);
        Logger abc = Logging.getLogger("p1.b.c");
        assertThat(abcd.getParent()).isSameAs(abc);
        assertThat(abc.getParent()).isSameAs(ab);
        assertThat(Logging.getLogger("p1.bb").getParent()).as("a sibling, not a child").isSameAs(a);
    }

    @Test
    void aLateParentKeepsTheDeeperParentsOfItsPlaceholderChildren() {
        Logger deep = Logging.getLogger("p2.x.y.z");
        Logger mid = Logging.getLogger("p2.x.y");
        Logger top = Logging.getLogger("p2");
        assertThat(deep.getParent()).isSameAs(mid);
        assertThat(mid.getParent()).isSameAs(top);
        Logger between = Logging.getLogger("p2.x");
        assertThat(mid.getParent()).isSameAs(between);
        assertThat(between.getParent()).isSameAs(top);
    }

    @Test
    void effectiveLevelIsTheFirstLevelSetOnTheWayUp() {
        Logger root = Logging.getLogger();
        Logger a = Logging.getLogger("e1");
        Logger abc = Logging.getLogger("e1.b.c");
        assertThat(abc.getEffectiveLevel()).isEqualTo(Level.WARNING);
        a.setLevel(Level.DEBUG);
        assertThat(abc.getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(abc.isEnabledFor(Level.DEBUG)).isTrue();
        abc.setLevel(Level.ERROR);
        assertThat(abc.isEnabledFor(Level.WARNING)).isFalse();
        abc.setLevel(Level.NOTSET);
        root.setLevel(Level.NOTSET);
        a.setLevel(Level.NOTSET);
        assertThat(abc.getEffectiveLevel()).isEqualTo(Level.NOTSET);
        assertThat(abc.isEnabledFor(1)).isTrue();
        assertThat(abc.isEnabledFor(0)).as("level 0 is never logged, as in CPython").isFalse();
    }

    @Test
    void aParentLevelChangeReachesTheCachedThresholdOfExistingChildren() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger child = Logging.getLogger("t1.child");
        child.addHandler(new StreamHandler(out));
        child.debug("before");
        Logging.getLogger("t1").setLevel(Level.DEBUG);
        child.debug("after");
        assertThat(text(out)).isEqualTo("after\n");
    }

    @Test
    void recordsPropagateToAncestorHandlersUntilPropagateIsFalse() {
        ByteArrayOutputStream rootOut = new ByteArrayOutputStream();
        ByteArrayOutputStream aOut = new ByteArrayOutputStream();
        ByteArrayOutputStream abOut = new ByteArrayOutputStream();
        Logging.getLogger().addHandler(new StreamHandler(rootOut));
        Logger a = Logging.getLogger("pr");
        a.addHandler(new StreamHandler(aOut));
        Logger ab = Logging.getLogger("pr.b");
        ab.addHandler(new StreamHandler(abOut));
        ab.warning("one");
        a.setPropagate(false);
        ab.warning("two");
        assertThat(text(abOut)).isEqualTo("one\ntwo\n");
        assertThat(text(aOut)).isEqualTo("one\ntwo\n");
        assertThat(text(rootOut)).isEqualTo("one\n");
    }

    @Test
    void handlerLevelsFilterIndependentlyOfLoggerLevels() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("hl");
        logger.setLevel(Level.DEBUG);
        logger.addHandler(new StreamHandler(all));
        StreamHandler errorHandler = new StreamHandler(errors);
        errorHandler.setLevel(Level.ERROR);
        logger.addHandler(errorHandler);
        logger.debug("d");
        logger.error("e");
        logger.log(45, "custom %d", 45);
        assertThat(text(all)).isEqualTo("d\ne\ncustom 45\n");
        assertThat(text(errors)).isEqualTo("e\ncustom 45\n");
    }

    @Test
    void filterByNamePassesTheLoggerAndItsDescendantsOnly() {
        Filter filter = new Filter("A.B");
        for (String name : List.of("A.B", "A.B.C", "A.B.C.D", "A.B.D")) {
            assertThat(filter.filter(Logging.makeLogRecord(java.util.Map.of("name", name)))).as(name).isTrue();
        }
        for (String name : List.of("A.BB", "B.A.B", "A", "A.", "AA.B")) {
            assertThat(filter.filter(Logging.makeLogRecord(java.util.Map.of("name", name)))).as(name).isFalse();
        }
        assertThat(new Filter().filter(Logging.makeLogRecord(java.util.Map.of("name", "anything")))).isTrue();
        assertThat(new Filter("").filter(Logging.makeLogRecord(java.util.Map.of("name", "x")))).isTrue();
    }

    @Test
    void loggerAndHandlerFiltersAcceptLambdas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("flt");
        StreamHandler handler = new StreamHandler(out);
        handler.addFilter(record -> !record.getMessage().contains("secret"));
        logger.addHandler(handler);
        RecordFilter onlyA = new Filter("flt.a");
        logger.addFilter(record -> record.getLevelno() >= Level.WARNING);
        logger.warning("shown");
        logger.warning("the secret");
        logger.info("too low");
        Logging.getLogger("flt.a").addFilter(onlyA);
        Logging.getLogger("flt.a").warning("child passes its own filter");
        handler.removeFilter(handler.getFilters().get(0));
        logger.warning("the secret, now shown");
        assertThat(text(out)).isEqualTo("shown\nchild passes its own filter\nthe secret, now shown\n");
    }

    @Test
    void aFilterMayRewriteTheRecord() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("rewrite");
        logger.addHandler(new StreamHandler(out));
        logger.addFilter(record -> {
            record.setMsg("[masked] " + record.getMsg());
            return true;
        });
        logger.warning("card %s", "4111");
        assertThat(text(out)).isEqualTo("[masked] card 4111\n");
    }

    @Test
    void disableSilencesEveryLoggerAtAndBelowTheLevel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("dis");
        logger.setLevel(Level.DEBUG);
        logger.addHandler(new StreamHandler(out));
        Logging.disable(Level.WARNING);
        logger.warning("silenced");
        logger.error("shown");
        assertThat(logger.isEnabledFor(Level.WARNING)).isFalse();
        Logging.disable(Level.NOTSET);
        logger.debug("back");
        Logging.disable();
        logger.critical("silenced too");
        assertThat(text(out)).isEqualTo("shown\nback\n");
    }

    @Test
    void aDisabledLoggerIgnoresEverything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("off");
        logger.addHandler(new StreamHandler(out));
        logger.setDisabled(true);
        logger.critical("ignored");
        assertThat(logger.isEnabledFor(Level.CRITICAL)).isFalse();
        logger.setDisabled(false);
        logger.critical("shown");
        assertThat(text(out)).isEqualTo("shown\n");
    }

    @Test
    void getChildNamesADescendant() {
        assertThat(Logging.getLogger("gc").getChild("x.y")).isSameAs(Logging.getLogger("gc.x.y"));
        assertThat(Logging.getLogger().getChild("top")).isSameAs(Logging.getLogger("top"));
    }

    @Test
    void aRecordWithNoHandlerAnywhereGoesToTheLastResort() {
        try (CapturedStderr err = new CapturedStderr()) {
            Logging.getLogger("nowhere").warning("Houston, we have a %s", "problem");
            Logging.getLogger("nowhere").info("below the last resort's level");
            assertThat(err.text()).isEqualTo("Houston, we have a problem\n");
        }
    }

    @Test
    void withNoLastResortTheFirstRecordThatFindsNoHandlerIsReportedOnceAsCPythonDoes() {
        Logging.setLastResort(null);
        try (CapturedStderr err = new CapturedStderr()) {
            Logging.getLogger("nowhere").error("dropped");
            Logging.getLogger("elsewhere").error("dropped too");
            assertThat(err.text()).isEqualTo("No handlers could be found for logger \"nowhere\"\n");
        }
    }

    @Test
    void withNoLastResortAndErrorsNotRaisedNothingIsReported() {
        Logging.setLastResort(null);
        Logging.setRaiseExceptions(false);
        try (CapturedStderr err = new CapturedStderr()) {
            Logging.getLogger("nowhere").error("dropped");
            assertThat(err.text()).isEmpty();
        }
    }

    @Test
    void setLoggerClassMakesNewLoggersOfThatClass() {
        Logging.setLoggerClass(AuditLogger.class);
        assertThat(Logging.getLoggerClass()).isEqualTo(AuditLogger.class);
        assertThat(Logging.getLogger("audit.x")).isInstanceOf(AuditLogger.class);
        assertThat(Logging.getLogger()).isNotInstanceOf(AuditLogger.class);
        Logging.reset();
        assertThat(Logging.getLoggerClass()).isEqualTo(Logger.class);
    }

    /** A custom logger class, as {@code setLoggerClass} takes. */
    public static class AuditLogger extends Logger {
        public AuditLogger(String name) {
            super(name);
        }
    }

    @Test
    void getLoggerReturnsOneInstancePerNameUnderEightThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Set<Logger> seen = ConcurrentHashMap.newKeySet();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 2000; i++) {
                        // Every thread asks for the same names, deepest first in some threads.
                        int n = thread % 2 == 0 ? i : 1999 - i;
                        seen.add(Logging.getLogger("conc.n" + (n % 50) + ".c" + (n % 7)));
                        seen.add(Logging.getLogger("conc.n" + (n % 50)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(seen).hasSize(50 * 7 + 50);
            for (int n = 0; n < 50; n++) {
                Logger parent = Logging.getLogger("conc.n" + n);
                assertThat(parent.getParent()).isSameAs(Logging.getLogger());
                for (int c = 0; c < 7; c++) {
                    assertThat(Logging.getLogger("conc.n" + n + ".c" + c).getParent()).isSameAs(parent);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resetRestoresTheInitialStateButKeepsLoggerIdentity() {
        Logger logger = Logging.getLogger("rs.x");
        logger.setLevel(Level.DEBUG);
        logger.setPropagate(false);
        logger.addHandler(new StreamHandler(new ByteArrayOutputStream()));
        logger.addFilter(r -> false);
        Logging.getLogger().setLevel(Level.DEBUG);
        Logging.addLevelName(25, "NOTICE");
        Logging.disable(Level.ERROR);
        Logging.setRaiseExceptions(false);
        Logging.reset();
        assertThat(Logging.getLogger("rs.x")).isSameAs(logger);
        assertThat(logger.getLevel()).isEqualTo(Level.NOTSET);
        assertThat(logger.isPropagate()).isTrue();
        assertThat(logger.getHandlers()).isEmpty();
        assertThat(logger.getFilters()).isEmpty();
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.WARNING);
        assertThat(Logging.getLevelName(25)).isEqualTo("Level 25");
        assertThat(logger.isEnabledFor(Level.WARNING)).isTrue();
        assertThat(Logging.isRaiseExceptions()).isTrue();
    }
}
