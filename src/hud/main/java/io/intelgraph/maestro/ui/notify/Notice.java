package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.store.BuildTile;
import io.intelgraph.maestro.transitions.Transition;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One desktop notification: a single break or fix ("Broke: acme/api main"), or several coalesced
 * into one ("3 builds broke, 1 fixed"). A click on a single one opens its run; on several, the window.
 */
public record Notice(String title, String text, List<Transition> transitions) {

    /** How many branches a coalesced notice names before "and N more". */
    private static final int NAMED = 3;

    public Notice {
        transitions = List.copyOf(transitions);
    }

    public static Notice of(List<Transition> transitions) {
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("a notice tells of one transition at least");
        }
        if (transitions.size() == 1) {
            Transition only = transitions.getFirst();
            BuildTile tile = only.tile();
            String verb = only.kind() == Transition.Kind.BREAK ? "Broke" : "Fixed";
            String by = tile.author().isEmpty() ? "" : " — " + tile.author();
            return new Notice(verb + ": " + where(tile), tile.headline().workflowName() + " #" + tile.headline().runNumber()
                    + (only.kind() == Transition.Kind.BREAK ? " failed" : " passed") + by, transitions);
        }
        String names = transitions.stream().limit(NAMED).map(t -> where(t.tile())).collect(Collectors.joining(", "));
        int more = transitions.size() - NAMED;
        return new Notice(count(transitions), names + (more > 0 ? " and " + more + " more" : ""), transitions);
    }

    /** "3 builds broke", "1 build fixed", "2 builds broke, 1 fixed". */
    static String count(List<Transition> transitions) {
        long broke = transitions.stream().filter(t -> t.kind() == Transition.Kind.BREAK).count();
        long fixed = transitions.size() - broke;
        if (broke > 0 && fixed > 0) {
            return builds(broke) + " broke, " + fixed + " fixed";
        }
        return broke > 0 ? builds(broke) + " broke" : builds(fixed) + " fixed";
    }

    private static String builds(long n) {
        return n + (n == 1 ? " build" : " builds");
    }

    private static String where(BuildTile tile) {
        return tile.repoName() + " " + tile.pullRequest().map(pr -> "#" + pr.number()).orElse(tile.branch());
    }

    /** The run a click opens: present for a notice of one transition only. */
    public Optional<BuildTile> run() {
        return transitions.size() == 1 ? Optional.of(transitions.getFirst().tile()) : Optional.empty();
    }
}
