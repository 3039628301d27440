package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.AppNode;
import vn.kynangso.certificates.CertificateBatch.Where;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

/**
 * Several app nodes: a print runs on the node that started it, its ZIP stays on that node's disk,
 * and the database says on which node, so that any node tells the admin where their latest print
 * is, and that it stopped when its node went away.
 */
class PrintJobNodesTest extends KaribuTest {

    @Autowired
    CertificateBatch batch;

    @Autowired
    AppNode node;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    private OtherNodes others;
    private long commune;
    private long admin;

    @BeforeEach
    void an_admin_with_no_print_yet() {
        commune = TestArea.ensure(places, accounts).commune();
        others = new OtherNodes(jdbc);
        login(TestArea.ADMIN);
        admin = currentUser.require().getAccountId();
        others.noJobsOf(admin);
    }

    private Instant now() {
        return clock.instant();
    }

    private CertificateBatch.Job finished(CertificateBatch.Job job) throws InterruptedException {
        for (int i = 0; i < 200 && !job.finished(); i++) {
            Thread.sleep(50);
        }
        assertThat(job.finished()).isTrue();
        return job;
    }

    @Test
    void a_print_on_a_node_whose_heartbeat_is_stale_stopped_with_it() {
        String gone = others.node(
                OtherNodes.newName(),
                now().minus(Duration.ofHours(2)),
                now().minus(AppNode.GONE_AFTER).minusSeconds(1));
        Instant started = now().minus(Duration.ofMinutes(3));
        String job = others.job(admin, commune, gone, started, "RUNNING");

        assertThat(node.of(gone)).isEqualTo(AppNode.Liveness.GONE);
        CertificateBatch.Latest latest = batch.latest().orElseThrow();
        assertThat(latest.jobId()).isEqualTo(job);
        assertThat(latest.where()).isEqualTo(Where.STOPPED);
        assertThat(latest.startedAt()).isEqualTo(started);
        assertThat(latest.communeId()).isEqualTo(commune);
    }

    @Test
    void a_zip_made_on_a_node_that_went_away_is_lost() {
        String gone = others.node(OtherNodes.newName(), now().minus(Duration.ofHours(2)), now().minusSeconds(60));
        others.job(admin, commune, gone, now().minus(Duration.ofMinutes(5)), "DONE");

        assertThat(batch.latest().orElseThrow().where()).isEqualTo(Where.LOST);
    }

    @Test
    void a_print_on_a_node_started_again_since_stopped_even_if_its_row_is_fresh() {
        String name = OtherNodes.newName();
        String before = others.node(name, now().minus(Duration.ofHours(2)), now());
        others.node(name, now().minus(Duration.ofMinutes(1)), now());
        others.job(admin, commune, before, now().minus(Duration.ofMinutes(5)), "RUNNING");

        assertThat(node.of(before)).isEqualTo(AppNode.Liveness.GONE);
        assertThat(batch.latest().orElseThrow().where()).isEqualTo(Where.STOPPED);
    }

    @Test
    void a_print_on_another_node_still_running_is_made_or_waits_there() {
        String alive = others.node(OtherNodes.newName(), now().minus(Duration.ofHours(2)), now().minusSeconds(4));
        others.job(admin, commune, alive, now().minus(Duration.ofMinutes(1)), "RUNNING");
        assertThat(node.of(alive)).isEqualTo(AppNode.Liveness.ALIVE);
        assertThat(batch.latest().orElseThrow().where()).isEqualTo(Where.MAKING_ELSEWHERE);

        others.noJobsOf(admin);
        String done = others.job(admin, commune, alive, now().minus(Duration.ofMinutes(1)), "DONE");
        assertThat(batch.latest().orElseThrow().where()).isEqualTo(Where.WAITING_ELSEWHERE);
        assertThat(batch.job(done)).as("nothing of it is here").isEmpty();
        assertThat(batch.download(done)).isEmpty();
    }

    @Test
    void a_print_here_is_recorded_on_this_node_until_its_zip_is_downloaded() throws Exception {
        Instant before = now();
        CertificateBatch.Job job = finished(batch.start(commune, Locale.ROOT));
        CertificateBatch.Latest latest = batch.latest().orElseThrow();
        assertThat(latest.jobId()).isEqualTo(job.id());
        assertThat(latest.where()).isEqualTo(Where.HERE);
        assertThat(latest.communeId()).isEqualTo(commune);
        assertThat(latest.startedAt()).isBetween(before, now());
        assertThat(jdbc.queryForObject("SELECT node_id FROM print_job WHERE id = ?", String.class, job.id()))
                .isEqualTo(node.id());
        assertThat(others.stateOf(job.id())).isEqualTo("DONE");

        try (InputStream content = batch.download(job.id()).orElseThrow().content()) {
            content.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(others.stateOf(job.id())).isEqualTo("(none)");
        assertThat(batch.latest()).isEmpty();
    }

    @Test
    void a_new_print_here_replaces_one_that_stopped_elsewhere() throws Exception {
        String gone =
                others.node(OtherNodes.newName(), now().minus(Duration.ofHours(2)), now().minus(Duration.ofMinutes(1)));
        String stopped = others.job(admin, commune, gone, now().minus(Duration.ofMinutes(5)), "RUNNING");

        CertificateBatch.Job job = finished(batch.start(commune, Locale.ROOT));

        assertThat(others.stateOf(stopped)).isEqualTo("(none)");
        assertThat(batch.latest().orElseThrow().jobId()).isEqualTo(job.id());
    }

    @Test
    void the_rows_go_as_the_jobs_do_after_an_hour_whichever_node_they_were_on() throws Exception {
        CertificateBatch.Job here = finished(batch.start(commune, Locale.ROOT));
        String gone =
                others.node(OtherNodes.newName(), now().minus(Duration.ofHours(2)), now().minus(Duration.ofMinutes(1)));
        String stopped = others.job(admin, commune, gone, now(), "RUNNING");
        String alive = others.node(OtherNodes.newName(), now().minus(Duration.ofHours(2)), now());
        String making = others.job(admin, commune, alive, now(), "RUNNING");

        clock.advance(CertificateBatch.KEEP.minusSeconds(1));
        batch.deleteExpired();
        assertThat(others.stateOf(here.id())).isEqualTo("DONE");
        assertThat(others.stateOf(stopped)).isEqualTo("RUNNING");

        clock.advance(Duration.ofSeconds(1));
        jdbc.update("UPDATE app_node SET seen_at = ? WHERE id = ?", java.sql.Timestamp.from(now()), alive);
        batch.deleteExpired();
        assertThat(others.stateOf(here.id())).isEqualTo("(none)");
        assertThat(others.stateOf(stopped))
                .as("its node is gone: nothing will end it")
                .isEqualTo("(none)");
        assertThat(others.stateOf(making)).as("still running on a live node").isEqualTo("RUNNING");
    }

    @Test
    void a_node_started_again_marks_the_prints_of_its_earlier_start_stopped() {
        String earlier = others.node(node.name(), now().minus(Duration.ofHours(1)), now().minusSeconds(2));
        String running = others.job(admin, commune, earlier, now().minus(Duration.ofMinutes(2)), "RUNNING");
        String done = others.job(admin, commune, earlier, now().minus(Duration.ofMinutes(3)), "DONE");

        batch.earlierStartsStopped(); // what this node does once started

        assertThat(others.stateOf(running)).isEqualTo("STOPPED");
        assertThat(others.stateOf(done)).isEqualTo("DONE");
        assertThat(batch.latest().orElseThrow().where()).isEqualTo(Where.STOPPED);
    }

    @Test
    void another_admin_never_sees_someone_elses_print() {
        String gone =
                others.node(OtherNodes.newName(), now().minus(Duration.ofHours(2)), now().minus(Duration.ofMinutes(1)));
        String job = others.job(admin, commune, gone, now(), "RUNNING");

        for (String other : new String[] {"quantrixa", "quantritinh"}) {
            login(other);
            assertThat(batch.latest())
                    .as(other)
                    .map(CertificateBatch.Latest::jobId)
                    .isNotEqualTo(java.util.Optional.of(job));
            assertThat(batch.job(job)).isEmpty();
            assertThat(batch.download(job)).isEmpty();
        }
    }
}
