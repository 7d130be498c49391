package io.intelgraph.maestro.testing;

import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.model.repo.PullRequest;
import io.intelgraph.maestro.model.repo.RepoId;

import java.time.Instant;
import java.util.List;

/** Small hand-made runs for store and UI tests, where the exact values matter more than realism. */
public final class Runs {

    public static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private Runs() {
    }

    public static WorkflowRun run(long id, String repo, String branch, String workflow, RunStatus status,
            Conclusion conclusion, int minute) {
        return run(id, repo, branch, workflow, status, conclusion, minute, 1, "alice");
    }

    public static WorkflowRun run(long id, String repo, String branch, String workflow, RunStatus status,
            Conclusion conclusion, int minute, int attempt, String actor) {
        Instant created = T0.plusSeconds(minute * 60L);
        return new WorkflowRun(id, RepoId.parse(repo), workflow, "commit " + id, branch, "sha" + id, "push", status,
                conclusion, id, attempt, created, created.plusSeconds(5), created.plusSeconds(300), actor, actor,
                "https://github.com/" + repo + "/actions/runs/" + id, List.of());
    }

    public static PullRequest pr(String repo, int number, String branch, String title, String author) {
        return new PullRequest(RepoId.parse(repo), number, title, "open", false, false, branch, "sha", "main", author,
                "https://github.com/" + repo + "/pull/" + number, T0, List.of());
    }
}
