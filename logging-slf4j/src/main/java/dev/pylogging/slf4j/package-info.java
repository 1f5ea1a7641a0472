/**
 * The SLF4J 2 provider: {@code LoggerFactory.getLogger(X.class)} returns a logger backed by the
 * pylogging {@link dev.pylogging.Logger} of the same name. TRACE is level 5, named {@code TRACE};
 * DEBUG, INFO, WARN and ERROR are 10, 20, 30 ({@code WARNING}) and 40. Messages are formatted
 * SLF4J's way ({@code {}}), the MDC and key-value pairs become record attributes, and caller
 * information names the application's line.
 */
package dev.pylogging.slf4j;
