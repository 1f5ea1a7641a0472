/**
 * The receiving side of the wire: the TCP and UDP servers that read CPython's pickled record
 * dicts (with a data-only reader) and hand them to local loggers, bounded against hostile peers.
 */
package dev.pylogging.net;
