package dev.pylogging.handlers;

import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;

/**
 * The Windows event log through JNA's {@code Advapi32}: an event source registered as CPython's
 * {@code win32evtlogutil.AddSourceToRegistry} does (best effort, it needs administrator rights)
 * and {@code ReportEvent} with the message as the one insertion string.
 */
final class WindowsEventLog implements NTEventLogHandler.EventLog {

    private WinNT.HANDLE handle;

    private WindowsEventLog(WinNT.HANDLE handle) {
        this.handle = handle;
    }

    static WindowsEventLog open(String appname, String dllname, String logtype) {
        if (dllname != null) {
            register(appname, dllname, logtype);
        }
        WinNT.HANDLE handle = Advapi32.INSTANCE.RegisterEventSource(null, appname);
        if (handle == null) {
            throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
        }
        return new WindowsEventLog(handle);
    }

    private static void register(String appname, String dllname, String logtype) {
        String key = "SYSTEM\\CurrentControlSet\\Services\\EventLog\\" + logtype + "\\" + appname;
        try {
            Advapi32Util.registryCreateKey(WinReg.HKEY_LOCAL_MACHINE, key);
            Advapi32Util.registrySetStringValue(WinReg.HKEY_LOCAL_MACHINE, key, "EventMessageFile", dllname);
            Advapi32Util.registrySetIntValue(WinReg.HKEY_LOCAL_MACHINE, key, "TypesSupported", 7);
        } catch (Win32Exception e) {
            // As CPython: without administrator rights the source stays unregistered; events still go out.
            System.err.println("NTEventLogHandler " + appname + ": cannot register the event source ("
                    + e.getMessage() + "); the Event Viewer will not find the message DLL");
        }
    }

    @Override
    public void report(int type, int category, int messageId, String message) {
        if (!Advapi32.INSTANCE.ReportEvent(handle, type, category, messageId, null, 1, 0, new String[] {message},
                null)) {
            throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
        }
    }

    @Override
    public void close() {
        if (handle != null) {
            Advapi32.INSTANCE.DeregisterEventSource(handle);
            handle = null;
        }
    }
}
