/** The bridge that carries {@code java.util.logging} records (Tomcat, JDK classes) into pylogging. */
package dev.pylogging.jul;
