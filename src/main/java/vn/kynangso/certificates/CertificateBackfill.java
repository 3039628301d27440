package vn.kynangso.certificates;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.learning.LearningService;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.HouseholdCovered;
import vn.kynangso.security.SystemRunner;

/**
 * At start, issues the certificates a database from before certificates existed is owed: one for
 * every completed course and every covered household that has none. Issuing is idempotent, so this
 * only ever fills gaps; at an ordinary start it costs four counts.
 */
@Component
@Order(30)
class CertificateBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CertificateBackfill.class);

    private final CertificateService certificates;
    private final LearningService learning;
    private final CoverageService coverage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CertificateBackfill(
            CertificateService certificates,
            LearningService learning,
            CoverageService coverage,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.certificates = certificates;
        this.learning = learning;
        this.coverage = coverage;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.runAsSystem(() -> {
            long courseCertificates = count("COURSE");
            if (learning.countCompletions() > courseCertificates) {
                List<CourseCompleted> completions = learning.completions();
                transactions.executeWithoutResult(tx -> completions.forEach(certificates::on));
                log.info("Certificates issued for {} earlier completions", count("COURSE") - courseCertificates);
            }
            long householdCertificates = count("HOUSEHOLD");
            if (coverage.countCovered() > householdCertificates) {
                List<HouseholdCovered> covered = coverage.coveredHouseholds();
                transactions.executeWithoutResult(tx -> covered.forEach(certificates::on));
                log.info("Household certificates issued for {} households", count("HOUSEHOLD") - householdCertificates);
            }
        });
    }

    private long count(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE kind = ?")
                .param(kind)
                .query(Long.class)
                .single();
    }
}
