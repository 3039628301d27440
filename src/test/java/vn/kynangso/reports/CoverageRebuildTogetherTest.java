package vn.kynangso.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.reports.CoverageService.RebuildReport;
import vn.kynangso.security.SystemRunner;

/**
 * Two servers starting at the same moment on a database without coverage summaries (one from
 * before they existed) both find them missing (CoverageUpdates.run): they take turns on the rebuild
 * lock, so one rebuilds and the other, asking again under the lock, finds them built.
 */
class CoverageRebuildTogetherTest extends KaribuTest {

    @Autowired
    CoverageService coverage;

    @Autowired
    CoverageStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_servers_starting_without_summaries_rebuild_them_once_and_both_start() throws Exception {
        Map<Long, Coverage> kept = store.allHamlets();
        assertThat(kept).isNotEmpty();
        jdbc.update("DELETE FROM hamlet_coverage"); // as before the summaries existed
        assertThat(store.isEmpty()).isTrue();

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Optional<RebuildReport>> server = () -> {
            together.await();
            return SystemRunner.runAsSystem(coverage::rebuildIfMissing);
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Optional<RebuildReport>> reports;
        try {
            List<Future<Optional<RebuildReport>>> done = two.invokeAll(List.of(server, server));
            reports = List.of(done.get(0).get(), done.get(1).get()); // throws if a start failed
        } finally {
            two.shutdownNow();
        }

        assertThat(reports).filteredOn(Optional::isPresent).as("rebuilt once").hasSize(1);
        assertThat(store.allHamlets()).as("the summaries as they were").isEqualTo(kept);
    }

    @Test
    void summaries_already_there_are_not_rebuilt_at_start() {
        assertThat(store.isEmpty()).isFalse();
        assertThat(SystemRunner.runAsSystem(coverage::rebuildIfMissing)).isEmpty();
    }
}
