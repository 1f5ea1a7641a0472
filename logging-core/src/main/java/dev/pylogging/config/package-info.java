/**
 * Python's {@code logging.config}: {@code fileConfig}, {@code dictConfig} and {@code listen},
 * reading configurations as data, never as code, and applying them only once all of a
 * configuration is checked.
 */
package dev.pylogging.config;
