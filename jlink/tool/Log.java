/** The build's progress lines, as Maven prints its own. */
final class Log {

    private Log() {
    }

    static void step(String message) {
        System.out.println("[dist] " + message);
    }
}
