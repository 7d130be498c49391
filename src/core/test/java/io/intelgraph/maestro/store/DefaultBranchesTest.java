package io.intelgraph.maestro.store;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.repo.Repo;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.testing.Snapshots;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A repository's default branch as the snapshot lists it, main for one it does not. */
class DefaultBranchesTest {

    @Test
    void aListedRepositoryHasItsOwnAndAnyOtherMain() {
        DefaultBranches defaults = DefaultBranches.of(List.of(new Repo(RepoId.parse("o/app"), "trunk", "", false, Optional.empty())));
        assertEquals("trunk", defaults.of(RepoId.parse("o/app")));
        assertEquals("main", defaults.of(RepoId.parse("o/lib")));
        assertTrue(defaults.isDefault(Snapshots.tile("o/app", "trunk", BuildState.PASSED)));
        assertFalse(defaults.isDefault(Snapshots.tile("o/app", "main", BuildState.PASSED)));
        assertTrue(defaults.isDefault(Snapshots.tile("o/lib", "main", BuildState.PASSED)));
    }
}
