/**
 * The Spring Boot integration: {@link dev.pylogging.spring.autoconfigure.PyLoggingSystem} (the
 * application's logging system), the {@code pylogging.*} properties, the auto-configuration that
 * injects {@code Logger}s and exposes configured components as beans, and the failure analyzer.
 */
package dev.pylogging.spring.autoconfigure;
