package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

/** Entry point: {@code maestro [gui|status] [options]}; with no subcommand it opens the HUD. */
@Command(name = "maestro", mixinStandardHelpOptions = true, version = "Maestro Build HUD 0.1.0",
        description = "Build-and-release cockpit for GitHub Actions and Kubernetes previews.",
        subcommands = {GuiCommand.class, StatusCommand.class, PreviewCommand.class, PolicyCommand.class, InspectCommand.class,
                DistillCommand.class, TeachersCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    private final Map<String, String> env;
    private final TokenSource tokens;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader stdin;

    public Main(Map<String, String> env, TokenSource tokens, PrintWriter out, PrintWriter err) {
        this(env, tokens, out, err, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    public Main(Map<String, String> env, TokenSource tokens, PrintWriter out, PrintWriter err, BufferedReader stdin) {
        this.env = env;
        this.tokens = tokens;
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(new Main(System.getenv(), TokenSource.fromEnvironment(), out, err)).execute(args);
        // The HUD's launch blocks until its window closes, so every subcommand is done here.
        System.exit(code);
    }

    /** The configured picocli command line (also what tests drive). */
    public static CommandLine commandLine(Main main) {
        CommandLine cli = new CommandLine(main);
        cli.setOut(main.out);
        cli.setErr(main.err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own handler, but the message (which quotes the argument as typed) escaped.
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(command.getColorScheme().errorText(TerminalText.escape(e.getMessage())));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr())) {
                command.usage(command.getErr(), command.getColorScheme());
            }
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + TerminalText.escape(e.getMessage()));
            return 2;
        });
        return cli;
    }

    /** No subcommand: open the HUD with the default options. */
    @Override
    public Integer call() throws Exception {
        GuiCommand gui = new GuiCommand();
        gui.main = this;
        return gui.call();
    }

    Map<String, String> env() {
        return env;
    }

    TokenSource tokens() {
        return tokens;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    BufferedReader stdin() {
        return stdin;
    }
}
