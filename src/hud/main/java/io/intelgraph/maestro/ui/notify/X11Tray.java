package io.intelgraph.maestro.ui.notify;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

import java.util.List;
import java.util.Optional;

/**
 * Whether an X display has a system tray, asked as the freedesktop system-tray specification defines it (a client owns
 * the selection {@code _NET_SYSTEM_TRAY_S<screen>}) and as AWT itself decides {@code SystemTray.isSupported()} on X11 —
 * but over a short connection of its own through libX11, without starting AWT's toolkit. Started beside the JavaFX
 * window only to find out, AWT installed its X error handler while GTK had one of its own pushed ("XSetErrorHandler()
 * called with a GDK error trap pushed", on stderr in a quarter of the starts), opened a second connection and kept its
 * toolkit for nothing on the desktops that have no tray: GNOME's, kiosks, virtual displays.
 */
final class X11Tray {

    /** What the display said; {@code UNKNOWN} when it could not be asked (no libX11, no such display). */
    enum Presence { PRESENT, ABSENT, UNKNOWN }

    /** The few libX11 calls the question takes; Display* as an opaque pointer, Atom and Window as unsigned longs. */
    private interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XDefaultScreen(Pointer display);

        NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

        NativeLong XGetSelectionOwner(Pointer display, NativeLong selection);

        int XCloseDisplay(Pointer display);
    }

    private X11Tray() {
    }

    /** Asks {@code display} (an X display name such as ":0"); never throws. */
    static Presence on(String display) {
        Optional<Xlib> xlib = library();
        if (xlib.isEmpty() || display == null || display.isBlank()) {
            return Presence.UNKNOWN;
        }
        Pointer connection = xlib.get().XOpenDisplay(display);
        if (connection == null) {
            return Presence.UNKNOWN;
        }
        try {
            int screen = xlib.get().XDefaultScreen(connection);
            NativeLong selection = xlib.get().XInternAtom(connection, "_NET_SYSTEM_TRAY_S" + screen, false);
            return xlib.get().XGetSelectionOwner(connection, selection).longValue() != 0 ? Presence.PRESENT
                    : Presence.ABSENT;
        } finally {
            xlib.get().XCloseDisplay(connection);
        }
    }

    /**
     * libX11 by its soname first: a desktop without X's development files has no unversioned libX11.so, which is what
     * the short name "X11" asks the loader for (JNA then searches the library directories itself).
     */
    private static Optional<Xlib> library() {
        for (String name : List.of("libX11.so.6", "X11")) {
            try {
                return Optional.of(Native.load(name, Xlib.class));
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                // the next name, else unknown
            }
        }
        return Optional.empty();
    }
}
