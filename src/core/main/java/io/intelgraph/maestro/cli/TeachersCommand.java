package io.intelgraph.maestro.cli;

import io.intelgraph.maestro.config.ConfigLoader;
import io.intelgraph.maestro.distill.TeacherMarketplace;
import io.intelgraph.maestro.distill.TeacherProfile;
import io.intelgraph.maestro.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code teachers list|register|update|retire}: the teacher marketplace from the command line. */
@Command(name = "teachers", mixinStandardHelpOptions = true,
        description = {"The teachers of the build-intelligence engine (teachers.json in the config directory).",
                "Exit code: 0 done, 3 refused (the reasons are printed; nothing changed)."},
        subcommands = {TeachersCommand.ListTeachers.class, TeachersCommand.Register.class, TeachersCommand.Update.class,
                TeachersCommand.Retire.class})
final class TeachersCommand {

    @ParentCommand
    Main main;

    /** The command's object graph: the marketplace over teachers.json in the config directory. */
    TeacherMarketplace market() throws Exception {
        Path dir = ConfigLoader.defaultConfigDir(main.env());
        Files.createDirectories(dir);
        return new TeacherMarketplace(dir);
    }

    interface Action {
        String run(TeacherMarketplace market) throws Exception;
    }

    int act(Action action) throws Exception {
        try {
            main.out().println(TerminalText.escapeKeepingLines(action.run(market())));
            main.out().flush();
            return 0;
        } catch (TeacherMarketplace.RefusedException e) {
            main.err().println("refused: " + TerminalText.escape(e.getMessage()));
            main.err().flush();
            return 3;
        }
    }

    static TeacherProfile readProfile(Path file) throws Exception {
        return TeacherMarketplace.readProfile(file);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The teachers in force.")
    static final class ListTeachers implements Callable<Integer> {
        @ParentCommand
        TeachersCommand parent;

        @Override
        public Integer call() throws Exception {
            return parent.act(market -> {
                StringBuilder out = new StringBuilder();
                for (TeacherProfile p : market.profiles()) {
                    out.append(String.format(Locale.ROOT, "%-16s %-8s weight %.2f  signals %s  on breach %s%n", p.name(),
                            p.version(), p.ensembleWeight(), p.describeWeights(), p.describeMix()));
                }
                return out.toString().stripTrailing();
            });
        }
    }

    /** Register and update differ only in the marketplace call and the word for it. */
    int fromFile(Path file, boolean update) throws Exception {
        return act(market -> {
            TeacherProfile p = readProfile(file);
            if (update) {
                market.update(p);
                return "Updated " + p.name() + " to " + p.version();
            }
            market.register(p);
            return "Registered " + p.name() + " " + p.version();
        });
    }

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Add a teacher from a profile JSON file.")
    static final class Register implements Callable<Integer> {
        @ParentCommand
        TeachersCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            return parent.fromFile(file, false);
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Replace a teacher with a new version of it.")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        TeachersCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            return parent.fromFile(file, true);
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, description = "Remove a teacher from the ensemble.")
    static final class Retire implements Callable<Integer> {
        @ParentCommand
        TeachersCommand parent;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return parent.act(market -> {
                market.retire(name);
                return "Retired " + name + "; in force: " + String.join(", ",
                        market.profiles().stream().map(TeacherProfile::name).toList());
            });
        }
    }
}
