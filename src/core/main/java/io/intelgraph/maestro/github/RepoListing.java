package io.intelgraph.maestro.github;

import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists the repositories to watch: every (unarchived) repository of the target owners, the token
 * user's when asked, and the named ones. One owner that cannot be listed keeps the repositories
 * listed before; a source-wide failure is thrown.
 */
final class RepoListing {

    private static final Logger LOG = LoggerFactory.getLogger(RepoListing.class);

    /**
     * One listing.
     *
     * @param watched   every repository to watch, in order
     * @param listed    the repositories GitHub listed (the plane's repository list)
     * @param pushedAt  when each listed repository was last pushed to, where GitHub said
     * @param errors    owners that could not be listed, in words
     * @param unchanged every page was answered 304 and no owner failed: nothing to tell the plane
     */
    record Result(List<RepoId> watched, List<Repo> listed, Map<RepoId, Instant> pushedAt, List<String> errors,
            boolean unchanged) {
    }

    private final GitHubClient client;
    private final PollTargets targets;
    private final Runnable progress;
    private final Set<String> cappedOwners = ConcurrentHashMap.newKeySet();

    /** @param progress called as each request starts, for the poller's watchdog */
    RepoListing(GitHubClient client, PollTargets targets, Runnable progress) {
        this.client = client;
        this.targets = targets;
        this.progress = progress;
    }

    /** @param previous the repositories watched until now, kept for an owner that cannot be listed */
    Result list(List<RepoId> previous, CycleFailures failures) throws GitHubException {
        Set<RepoId> all = new LinkedHashSet<>();
        List<Repo> listed = new ArrayList<>();
        Map<RepoId, Instant> pushedAt = new HashMap<>();
        List<String> errors = new ArrayList<>();
        boolean unchanged = true;
        for (String owner : targets.owners()) {
            progress.run();
            try {
                GitHubClient.Listing<GitHubClient.ListedRepo> listing = client.listReposPushed(owner, targets.ownerRepoLimit());
                failures.answered();
                sayOnceIfCapped(owner, listing);
                unchanged &= listing.notModified();
                add(listing.items(), all, listed, pushedAt);
            } catch (GitHubException e) {
                if (e.timedOut()) {
                    failures.timedOut(e);
                } else if (!RepoReader.isPerRepository(e)) {
                    throw e;
                } else {
                    failures.answered();
                }
                unchanged = false;
                // Keep watching the repositories listed before: one failed listing is no reason to drop them.
                previous.stream().filter(r -> r.owner().equalsIgnoreCase(owner)).forEach(all::add);
                LOG.warn("cannot list repositories of {}: {}", owner, e.getMessage());
                errors.add("Cannot list repositories of " + owner + ": " + e.getMessage());
            }
        }
        if (targets.tokenUsersRepos()) {
            progress.run();
            GitHubClient.Listing<GitHubClient.ListedRepo> mine = client.listTokenUsersReposPushed(PollTargets.USER_REPO_LIMIT);
            unchanged &= mine.notModified();
            add(mine.items(), all, listed, pushedAt);
        }
        all.addAll(targets.repos());
        if (all.isEmpty()) {
            throw new GitHubException(GitHubException.Kind.NOT_FOUND,
                    errors.isEmpty() ? "No repositories found to watch" : String.join("; ", errors));
        }
        return new Result(List.copyOf(all), listed, pushedAt, errors, unchanged && !listed.isEmpty());
    }

    private static void add(List<GitHubClient.ListedRepo> items, Set<RepoId> all, List<Repo> listed,
            Map<RepoId, Instant> pushedAt) {
        for (GitHubClient.ListedRepo item : items) {
            Repo repo = item.repo();
            if (!repo.archived()) {
                listed.add(repo);
                all.add(repo.id());
                item.pushedAt().ifPresent(at -> pushedAt.put(repo.id(), at));
            }
        }
    }

    /** An owner with more repositories than are watched is said once in the log, not on every listing. */
    private void sayOnceIfCapped(String owner, GitHubClient.Listing<?> listing) {
        if (listing.more() && cappedOwners.add(owner.toLowerCase(Locale.ROOT))) {
            LOG.warn("{} has more than {} repositories: watching the {} most recently pushed of them", owner,
                    targets.ownerRepoLimit(), listing.items().size());
        }
    }
}
