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

    /** Where a runtime keeps its native libraries, on the boot library path System.loadLibrary searches first. */
    String nativeLibraryDir() {
        return this == WINDOWS ? "bin" : "lib";
    }

    /** How this platform's native libraries are named. */
    boolean isNativeLibrary(String fileName) {
        return switch (this) {
            case LINUX -> fileName.endsWith(".so");
            case MAC -> fileName.endsWith(".dylib");
            case WINDOWS -> fileName.endsWith(".dll");
        };
    }
}
