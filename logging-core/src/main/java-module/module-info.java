/**
 * pylogging: Python's {@code logging} package for Java. Exports the API packages only;
 * {@code dev.pylogging.internal} stays inside. Mail, JNA and YAML are optional: each is needed
 * only by the handler or configuration form that uses it.
 */
// JNA names its modules in its manifest only; they are optional and read by NTEventLogHandler and
// the Unix datagram socket alone.
@SuppressWarnings("requires-automatic")
module dev.pylogging {
    requires transitive java.logging;
    requires static jakarta.mail;
    requires static com.sun.jna;
    requires static com.sun.jna.platform;
    requires static org.yaml.snakeyaml;

    exports dev.pylogging;
    exports dev.pylogging.config;
    exports dev.pylogging.handlers;
    exports dev.pylogging.jul;
    exports dev.pylogging.net;

    // JNA implements the native-library interfaces with proxies, reflectively.
    opens dev.pylogging.handlers to com.sun.jna;
}
