package io.intelgraph.maestro.model.repo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepoIdTest {

    private static int sign(int n) {
        return Integer.signum(n);
    }

    @Test
    void ordersAsTheFullNamesCompareIgnoringCase() {
        // An owner that is a prefix of another: '-' and '.' sort before '/', letters after it.
        List<RepoId> tricky = List.of(RepoId.parse("a/y"), RepoId.parse("a-b/x"), RepoId.parse("a.b/x"),
                RepoId.parse("ab/c"), RepoId.parse("A/Y"), RepoId.parse("a/y-2"), RepoId.parse("a/Y"), RepoId.parse("a_/b"));
        List<RepoId> ids = new ArrayList<>(tricky);
        SplittableRandom random = new SplittableRandom(16);
        String alphabet = "abAB-._9";
        for (int i = 0; i < 400; i++) {
            ids.add(new RepoId(word(random, alphabet), word(random, alphabet)));
        }
        for (RepoId a : ids) {
            for (RepoId b : ids) {
                assertEquals(sign(a.fullName().compareToIgnoreCase(b.fullName())), sign(a.compareTo(b)), a + " vs " + b);
            }
        }
    }

    private static String word(SplittableRandom random, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(1, 5); n > 0; n--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
