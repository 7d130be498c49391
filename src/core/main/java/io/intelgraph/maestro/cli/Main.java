package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.auth.CredentialStore;
import io.intelgraph.maestro.auth.OsKeyring;
import io.intelgraph.maestro.auth.StoredTokens;
import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.TokenSource;
import io.intelgraph.maestro.net.DefaultTlsContext;
import io.intelgraph.maestro.net.TunnelCredentials;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Entry point: {@code maestro [gui|status|...] [options]}. Subcommands of modules this one cannot see (the HUD module's
 * {@code gui}, which needs JavaFX) come in through {@link SubcommandProvider}; with no subcommand the default one runs
 * (the window, when the HUD module is on the class path).
 */
@Command(name = "maestro", mixinStandardHelpOptions = true, version = "Maestro Build HUD 0.1.0",
        description = "Build-and-release cockpit for GitHub Actions and Kubernetes previews.")
public final class Main implements Callable<Integer> {

    /**
     * This module's subcommands, added to the command line unless it opens the window: picocli reads each
     * one's annotations by reflection when it is added — a third of a second, on the window's critical path.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(StatusCommand.class, PreviewCommand.class,
            PolicyCommand.class, InspectCommand.class, DistillCommand.class, TeachersCommand.class, HubCommand.class,
            ReleaseCommand.class, SloCommand.class, AuthCommand.class);

    /** Options that print and exit: a run with one of them opens no window, whatever its subcommand. */
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private final Map<String, String> env;
    private final TokenSource tokens;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader stdin;
    private final CredentialStore credentialStore;
    private Callable<Integer> defaultCommand;

    public Main(Map<String, String> env, TokenSource tokens, PrintWriter out, PrintWriter err) {
        this(env, tokens, out, err, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    public Main(Map<String, String> env, TokenSource tokens, PrintWriter out, PrintWriter err, BufferedReader stdin) {
        this(env, tokens, out, err, stdin, new OsKeyring());
    }

    /** @param credentialStore where {@code auth login} keeps a token and {@code auth logout} removes it */
    public Main(Map<String, String> env, TokenSource tokens, PrintWriter out, PrintWriter err, BufferedReader stdin,
            CredentialStore credentialStore) {
        this.credentialStore = credentialStore;
        this.env = env;
        this.tokens = tokens;
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        // Before any HTTP client exists: the JDK reads this once.
        TunnelCredentials.allowBasicToTheProxy();
        DefaultTlsContext.prepareInBackground();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CredentialStore keyring = new OsKeyring();
        // Environment tokens and gh first, then the token a sign-in kept in the OS credential store.
        TokenSource tokens = new TokenSource(System.getenv(), true, new StoredTokens(keyring));
        boolean window = opensTheWindow(args);
        if (window) {
            // The window's sources wait for the token; on a Linux desktop its lookup (D-Bus, a key exchange) took
            // ~200 ms of the main thread, now spent beside picocli and the toolkit's start.
            WindowTokenHost.of(Arrays.asList(args), System.getenv()).ifPresent(tokens::prefetch);
        }
        int code = commandLine(new Main(System.getenv(), tokens, out, err,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), keyring), window)
                .execute(args);
        // The HUD's launch blocks until its window closes, so every subcommand is done here.
        System.exit(code);
    }

    /** The configured picocli command line with every subcommand (also what tests drive). */
    public static CommandLine commandLine(Main main) {
        return commandLine(main, false);
    }

    /**
     * Whether {@code args} run the default subcommand by name or by naming none ({@code maestro},
     * {@code maestro gui …}): only that subcommand is then needed. Anything else, a request for help or the
     * version among them, gets every subcommand.
     */
    static boolean opensTheWindow(String[] args) {
        return (args.length == 0 || args[0].equals("gui")) && Arrays.stream(args).noneMatch(HELP_OPTIONS::contains);
    }

    /**
     * The configured picocli command line; {@code defaultOnly}, the default subcommand (the window) and
     * help alone, for a run that opens the window: that subcommand is then {@linkplain SubcommandProvider#prepare()
     * prepared} before picocli reads the commands.
     */
    static CommandLine commandLine(Main main, boolean defaultOnly) {
        SubcommandProviders found = new SubcommandProviders(Main.class.getClassLoader());
        List<SubcommandProvider> providers = defaultOnly ? found.defaultOne().stream().toList() : found.all();
        if (defaultOnly) {
            providers.forEach(SubcommandProvider::prepare);
        }
        CommandLine cli = new CommandLine(main);
        if (!defaultOnly) {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.addSubcommand(CommandLine.HelpCommand.class);
        for (SubcommandProvider provider : providers) {
            Callable<Integer> command = provider.create(main);
            cli.addSubcommand(command);
            if (provider.isDefault()) {
                main.defaultCommand = command;
            }
        }
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

    /** No subcommand: the default one (the HUD with its default options), or the usage where there is none. */
    @Override
    public Integer call() throws Exception {
        if (defaultCommand == null) {
            commandLine(this).usage(err);
            return 2;
        }
        return defaultCommand.call();
    }

    /** This run's configuration: the source flags over the environment over the config directory's file. */
    public HudConfig config(SourceOptions source) {
        return new ConfigLoader(env, ConfigLoader.defaultConfigDir(env)).load(source.flags(), source.accessFlags());
    }

    public Map<String, String> env() {
        return env;
    }

    public TokenSource tokens() {
        return tokens;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public CredentialStore credentialStore() {
        return credentialStore;
    }

    public BufferedReader stdin() {
        return stdin;
    }
}
