/**
 * The wire side: CPython's pickled record dicts (a data-only reader and a writer) and the TCP and
 * UDP record receivers, bounded against hostile peers.
 */
package dev.pylogging.net;
