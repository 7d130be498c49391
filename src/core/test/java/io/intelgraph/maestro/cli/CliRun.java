package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.auth.CredentialStore;
import io.intelgraph.maestro.auth.StoredTokens;
import io.intelgraph.maestro.github.TokenSource;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process as a user would from a shell: given environment, given stdin; captures both outputs. */
public record CliRun(int exit, String out, String err) {

    public static CliRun run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new Main(env, new TokenSource(env, false), new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)))).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** As {@link #run(Map, String, String...)}, with {@code store} as the OS credential store. */
    public static CliRun run(Map<String, String> env, CredentialStore store, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new Main(env, new TokenSource(env, false, new StoredTokens(store)),
                new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")), store)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    public static CliRun run(String... args) {
        return run(Map.of(), "", args);
    }
}
