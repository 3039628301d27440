/**
 * Certificates: one per learner per course version when a course is completed and one per household
 * once it is covered, issued after the learner's transaction commits and retried until issued
 * ({@link vn.kynangso.certificates.CertificateIssuer}, docs/decisions/DD005; gaps from before filled at
 * start by {@link vn.kynangso.certificates.CertificateBackfill}); drawn as one-page PDFs in Vietnamese
 * or English ({@link vn.kynangso.certificates.CertificateRenderer} says what each line reads, {@link
 * vn.kynangso.certificates.CertificatePdf} draws it on one of a few shared {@link
 * vn.kynangso.certificates.CertificateDrawers}); checked by anyone on the public verification page by
 * code or QR ({@link vn.kynangso.certificates.CertificateVerification}, codes read by {@link
 * vn.kynangso.certificates.CertificateCodes}, checks limited per address by {@link
 * vn.kynangso.certificates.VerificationThrottle}); revoked by the admins of their area ({@link
 * vn.kynangso.certificates.CertificateRevocation}); printed a commune at a time into a ZIP ({@link
 * vn.kynangso.certificates.CertificateBatch}, {@link vn.kynangso.certificates.PrintFolder}); and no
 * longer naming a holder whose data is erased ({@link vn.kynangso.certificates.CertificateErasure}).
 * Who may see which certificate is decided in {@link vn.kynangso.certificates.CertificateAccess}; the
 * table is read and written only by {@link vn.kynangso.certificates.CertificateRepository}. {@link
 * vn.kynangso.certificates.CertificateService} is what other features call: a person's certificates,
 * their PDFs, and a code as people read it; {@link vn.kynangso.certificates.CourseCertificateCodes} the
 * codes of many people's course certificates at once (officials' evaluation sheet); {@link
 * vn.kynangso.certificates.LearnerCertificates} tells a learner's overview whether they hold any.
 */
@NullMarked
package vn.kynangso.certificates;

import org.jspecify.annotations.NullMarked;
