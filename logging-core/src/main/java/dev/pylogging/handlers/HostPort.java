package dev.pylogging.handlers;

/**
 * A {@code host}, {@code host:port} or {@code [ipv6]:port} string as handlers take it, split;
 * a bare IPv6 address (several colons, no brackets) is a host without a port.
 *
 * @param host the host name or address, without brackets
 * @param port the port, or the default when none was given
 */
record HostPort(String host, int port) {

    /**
     * Splits {@code address}.
     *
     * @param address the text
     * @param defaultPort the port when none is given
     * @param what what the address is for, for the error message, such as {@code syslog address}
     * @throws IllegalArgumentException naming {@code what} and the address when the port is not 1 to 65535
     *     or a bracket is not closed
     */
    static HostPort parse(String address, int defaultPort, String what) {
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            String rest = close < 0 ? null : address.substring(close + 1);
            if (rest == null || !(rest.isEmpty() || rest.startsWith(":"))) {
                throw new IllegalArgumentException("bad " + what + " '" + address + "': expected [ipv6]:port");
            }
            return new HostPort(address.substring(1, close),
                    rest.isEmpty() ? defaultPort : port(address, rest.substring(1), what));
        }
        int colon = address.lastIndexOf(':');
        if (colon < 0 || address.indexOf(':') != colon) {
            return new HostPort(address, defaultPort);
        }
        return new HostPort(address.substring(0, colon), port(address, address.substring(colon + 1), what));
    }

    private static int port(String address, String text, String what) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the address
        }
        throw new IllegalArgumentException("bad " + what + " '" + address + "': port must be 1 to 65535, not '"
                + text + "'");
    }
}
