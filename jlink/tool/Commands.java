import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs the JDK's tools in this JVM (jdeps, jlink, jpackage) and other programs as child processes. */
final class Commands {

    private Commands() {
    }

    static void tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("this JDK has no " + name + " (a full JDK is needed, not a JRE)"));
        int code = tool.run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(name + " failed (exit " + code + "): " + String.join(" ", args));
        }
    }

    static String toolOutput(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = tool.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(name + " failed (exit " + code + "): " + err);
        }
        return out.toString();
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + code + ")");
        }
    }

    /** A child process's standard output and error, together; fails on a non-zero exit. */
    static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + code + "): " + output);
        }
        return output;
    }
}
