package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.intelgraph.maestro.ui.notify.NotifyFixtures.snapshot;
import static io.intelgraph.maestro.ui.notify.NotifyFixtures.tile;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowRuleTest {

    private final BuildTile alicesPush = tile(1, "org/api", "main", false, "alice", null);
    private final BuildTile bobsRunOfAlicesPr = tile(2, "org/api", "feature", false, "bob", "alice");
    private final BuildTile bobsPr = tile(3, "org/web", "fix", false, "bob", "bob");
    private final BuildSnapshot snapshot = snapshot(1, alicesPush, bobsRunOfAlicesPr, bobsPr);

    @Test
    void mineIsWhatTheUserRanOrTriggeredAndTheirPullRequests() {
        FollowRule mine = FollowRule.parse("mine", Optional.of("Alice"));
        assertTrue(mine.follows(alicesPush, snapshot), "logins compare without case");
        assertTrue(mine.follows(bobsRunOfAlicesPr, snapshot));
        assertFalse(mine.follows(bobsPr, snapshot));
    }

    @Test
    void myPrsIsOnlyTheBuildsOfTheUsersPullRequests() {
        FollowRule prs = FollowRule.parse("my-prs", Optional.of("alice"));
        assertFalse(prs.follows(alicesPush, snapshot), "a push to a branch is not a PR");
        assertTrue(prs.follows(bobsRunOfAlicesPr, snapshot));
        assertFalse(prs.follows(bobsPr, snapshot));
    }

    @Test
    void aFilterFollowsWhatTheFilterBarWouldShow() {
        FollowRule web = FollowRule.parse("filter:org/web", Optional.empty());
        assertFalse(web.follows(alicesPush, snapshot));
        assertTrue(web.follows(bobsPr, snapshot));
        FollowRule defaults = FollowRule.parse("filter:default-branches", Optional.empty());
        assertTrue(defaults.follows(alicesPush, snapshot));
        assertFalse(defaults.follows(bobsPr, snapshot));
    }

    @Test
    void theDefaultIsMineAndItNeedsToKnowWhoYouAre() {
        assertInstanceOf(FollowRule.Mine.class, FollowRule.parse("", Optional.of("alice")));
        assertThrows(IllegalArgumentException.class, () -> FollowRule.parse("mine", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> FollowRule.parse("my-prs", Optional.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> FollowRule.parse("everything", Optional.of("alice")));
        assertFalse(FollowRule.parse("off", Optional.empty()).follows(alicesPush, snapshot));
    }
}
