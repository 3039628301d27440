package vn.kynangso.certificates;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.certificates.Certificate.Kind;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.learning.LearningService;
import vn.kynangso.reports.CoverageService;
import vn.kynangso.reports.HouseholdCovered;
import vn.kynangso.security.SystemRunner;

/**
 * At start, issues the certificates the database owes that no event will bring: those of a
 * database from before certificates existed (or before issuing was recorded in the event
 * publication registry). Issuing is idempotent, so this only ever fills gaps, whatever the
 * registry's own resubmissions do at the same time; at an ordinary start it costs four counts.
 */
@Component
@Order(30)
class CertificateBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CertificateBackfill.class);

    private final CertificateIssuer issuer;
    private final CertificateRepository certificates;
    private final LearningService learning;
    private final CoverageService coverage;
    private final TransactionTemplate transactions;

    CertificateBackfill(
            CertificateIssuer issuer,
            CertificateRepository certificates,
            LearningService learning,
            CoverageService coverage,
            TransactionTemplate transactions) {
        this.issuer = issuer;
        this.certificates = certificates;
        this.learning = learning;
        this.coverage = coverage;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.runAsSystem(() -> {
            long courseCertificates = certificates.count(Kind.COURSE);
            if (learning.countCompletions() > courseCertificates) {
                List<CourseCompleted> completions = learning.completions();
                transactions.executeWithoutResult(tx -> completions.forEach(issuer::issue));
                log.info(
                        "Certificates issued for {} earlier completions",
                        certificates.count(Kind.COURSE) - courseCertificates);
            }
            long householdCertificates = certificates.count(Kind.HOUSEHOLD);
            if (coverage.countCovered() > householdCertificates) {
                List<HouseholdCovered> covered = coverage.coveredHouseholds();
                transactions.executeWithoutResult(tx -> covered.forEach(issuer::issue));
                log.info(
                        "Household certificates issued for {} households",
                        certificates.count(Kind.HOUSEHOLD) - householdCertificates);
            }
        });
    }
}
