import java.util.Locale;

/** Where the build runs: which launcher the image gets and how its archive is named. */
enum Platform {
    LINUX, MAC, WINDOWS;

    static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
    }

    /** Linux gets the script (it checks for GTK before Java starts); macOS and Windows keep jpackage's native one. */
    boolean scriptLauncher() {
        return this == LINUX;
    }

    String classifier() {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x64" : System.getProperty("os.arch");
        return name().toLowerCase(Locale.ROOT) + "-" + arch;
    }
}
