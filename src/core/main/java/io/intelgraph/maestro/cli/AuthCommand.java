package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.auth.AppInstallation;
import io.intelgraph.maestro.auth.CredentialStore;
import io.intelgraph.maestro.auth.DeviceCode;
import io.intelgraph.maestro.auth.DeviceFlowException;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.auth.WebHost;
import io.intelgraph.maestro.config.HudConfig;
import io.intelgraph.maestro.github.Token;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code auth login|logout|status}: the window's "Sign in" from the terminal. The token is never
 * printed; it is kept in the OS credential store, or nowhere.
 */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = {"Sign in to GitHub with the device flow, sign out, or show which credentials are used.",
                "Precedence: GITHUB_TOKEN, GH_TOKEN, gh auth token, then the token kept by 'auth login'."},
        subcommands = {AuthCommand.Login.class, AuthCommand.Logout.class, AuthCommand.Status.class})
final class AuthCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        main.err().println("Usage: maestro auth login|logout|status [--github-api-url URL]");
        main.err().flush();
        return 2;
    }

    private static URI apiUrl(HudConfig config) {
        return config.apiUrl().orElse(HudConfig.GITHUB_COM);
    }

    private static SignIn signIn(Main main, HudConfig config) {
        return SignIns.forApi(apiUrl(config), false, config.access(), main.credentialStore(), Optional.empty());
    }

    @Command(name = "login", mixinStandardHelpOptions = true,
            description = "Sign in with a code entered on the GitHub web site; the token goes to the OS credential store.")
    static final class Login implements Callable<Integer> {

        @ParentCommand
        AuthCommand auth;

        @Mixin
        SourceOptions source;

        @Override
        public Integer call() {
            Main main = auth.main;
            PrintWriter out = main.out();
            HudConfig config = main.config(source);
            SignIn signIn = signIn(main, config);
            try {
                DeviceCode code = signIn.start();
                out.println("First copy your one-time code: " + TerminalText.escape(code.userCode()));
                out.println("Then open " + TerminalText.escape(code.verificationUri().toString())
                        + " in a browser and enter it (it expires at "
                        + DateTimeFormatter.ofPattern("HH:mm").format(code.expiresAt().atZone(ZoneId.systemDefault()))
                        + ").");
                out.println("Waiting for the authorization…");
                out.flush();
                SignIn.Outcome outcome = signIn.finish(code, () -> false);
                if (outcome.keptIn().isEmpty()) {
                    main.err().println("error: signed in to " + signIn.host() + ", but the token was not kept: "
                            + outcome.notKept().orElse(""));
                    main.err().flush();
                    return 1;
                }
                out.println("Signed in to " + signIn.host() + "; the token is kept in the "
                        + outcome.keptIn().get() + ".");
                main.tokens().findBeforeSignIn(signIn.host()).ifPresent(first -> out.println("Note: the token from "
                        + first.origin() + " still comes first; the signed-in one is used where it is not set."));
                out.flush();
                return 0;
            } catch (DeviceFlowException e) {
                main.err().println("error: " + TerminalText.escape(e.getMessage()));
                main.err().flush();
                return 1;
            }
        }
    }

    @Command(name = "logout", mixinStandardHelpOptions = true,
            description = "Remove the signed-in token from the OS credential store.")
    static final class Logout implements Callable<Integer> {

        @ParentCommand
        AuthCommand auth;

        @Mixin
        SourceOptions source;

        @Override
        public Integer call() {
            Main main = auth.main;
            SignIn signIn = signIn(main, main.config(source));
            try {
                boolean removed = signIn.signOut();
                main.out().println(removed ? "Signed out of " + signIn.host() + ": the token was removed from the "
                        + signIn.storeName() + "." : "Not signed in to " + signIn.host() + ".");
                main.out().flush();
                return 0;
            } catch (CredentialStore.Unavailable e) {
                main.err().println("error: " + TerminalText.escape(e.getMessage()));
                main.err().flush();
                return 1;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Which credentials the HUD would use for this GitHub, and how it reaches it.",
                    "Exit code: 0 some credentials are there; 1 none."})
    static final class Status implements Callable<Integer> {

        @ParentCommand
        AuthCommand auth;

        @Mixin
        SourceOptions source;

        @Override
        public Integer call() {
            Main main = auth.main;
            PrintWriter out = main.out();
            HudConfig config = main.config(source);
            URI api = apiUrl(config);
            String host = config.tokenHost();
            out.println("GitHub:      " + api + " (sign-in on " + WebHost.of(api) + ")");
            boolean any = false;
            if (config.access().app().isPresent()) {
                AppInstallation app = config.access().app().get();
                out.println("GitHub App:  " + app.appId() + ", key " + TerminalText.escape(app.keyFile().toString())
                        + (app.installationId().isPresent() ? ", installation " + app.installationId().getAsLong()
                        : app.owner().map(o -> ", installation on " + o).orElse(", no installation named"))
                        + " — used instead of a person's token");
                any = true;
            }
            Optional<Token> first = main.tokens().findBeforeSignIn(host);
            out.println("Token:       " + first.map(t -> "from " + t.origin()).orElse("none from GITHUB_TOKEN, GH_TOKEN or gh"));
            any |= first.isPresent();
            CredentialStore store = main.credentialStore();
            try {
                boolean kept = store.read(host).isPresent();
                out.println("Signed in:   " + (kept ? "yes, kept in the " + store.name()
                        + (first.isPresent() ? " (" + first.get().origin() + " comes first)" : "")
                        : "no (maestro auth login)"));
                any |= kept;
            } catch (CredentialStore.Unavailable e) {
                out.println("Signed in:   no — " + e.getMessage());
            }
            out.println("Network:     " + config.access().network());
            out.flush();
            return any ? 0 : 1;
        }
    }
}
