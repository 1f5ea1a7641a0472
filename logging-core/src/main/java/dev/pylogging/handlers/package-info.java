/**
 * Python's {@code logging.handlers}: rotating, timed and watched files, sockets, datagrams,
 * syslog, the Windows event log, SMTP, HTTP, memory buffering and queues, one class each.
 */
package dev.pylogging.handlers;
