package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ForkOrderTest {
    private static final JmhInvocation WRITES = new JmhInvocation(Set.of("w"), false, null);
    private static final JmhInvocation SMALL = new JmhInvocation(Set.of("p"), true, 1_024);
    private static final JmhInvocation LARGE = new JmhInvocation(Set.of("p"), true, 1_048_576);
    private static final Map<JmhInvocation, Integer> FORKS = Map.of(WRITES, 2, SMALL, 4, LARGE, 4);

    private static String names(List<ForkOrder.Start> starts) {
        return starts.stream().map(s -> (s.invocation() == WRITES ? "w" : s.invocation() == SMALL ? "s" : "l") + s.forks())
                .collect(Collectors.joining(" "));
    }

    @Test
    void rowStartsEachInvocationOnceWithAllItsForks() {
        assertEquals("w2 s4 l4", names(ForkOrder.ROW.starts(List.of(WRITES, SMALL, LARGE), FORKS::get)));
    }

    @Test
    void roundsStartOneForkAtATimeAndSpreadARowWithFewerForksEvenly() {
        // 4 rounds; the writes' 2 forks fall in rounds 0 and 2, not in the first two.
        assertEquals("w1 s1 l1 s1 l1 w1 s1 l1 s1 l1",
                names(ForkOrder.ROUNDS.starts(List.of(WRITES, SMALL, LARGE), FORKS::get)));
    }

    @Test
    void everyForkRunsOnceAndInItsOwnRound() {
        for (int rounds = 1; rounds <= 12; rounds++) {
            for (int forks = 1; forks <= rounds; forks++) {
                int seen = 0;
                for (int round = 0; round < rounds; round++) {
                    seen += ForkOrder.runsIn(round, forks, rounds) ? 1 : 0;
                }
                assertEquals(forks, seen, forks + " forks in " + rounds + " rounds");
            }
        }
        assertTrue(ForkOrder.runsIn(0, 1, 3));
        assertFalse(ForkOrder.runsIn(2, 1, 3));
    }

    @Test
    void withOneForkEachTheOrdersAgree() {
        assertEquals(names(ForkOrder.ROW.starts(List.of(WRITES, SMALL), i -> 1)),
                names(ForkOrder.ROUNDS.starts(List.of(WRITES, SMALL), i -> 1)));
    }
}
