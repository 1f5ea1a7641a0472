/**
 * Not API: the pickle codec, the length-prefixed frames and the record dictionary shared by the
 * handlers that send records and the receivers that read them. Public only so that
 * {@code dev.pylogging.handlers}, {@code dev.pylogging.net} and {@code dev.pylogging.config} can
 * use them; the module exports this package to no one, and it may change in any release.
 */
package dev.pylogging.internal;
