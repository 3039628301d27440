/**
 * Certificates: one per learner per course version when a course is completed and one per household
 * once it is covered, issued after the learner's transaction commits ({@link
 * vn.kynangso.certificates.CertificateIssuer}, docs/decisions/DD005); drawn as one-page PDFs in
 * Vietnamese or English ({@link vn.kynangso.certificates.CertificateRenderer}); checked by anyone on
 * the public verification page by code or QR ({@link vn.kynangso.certificates.CertificateVerification});
 * revoked by the admins of their area ({@link vn.kynangso.certificates.CertificateRevocation}); printed
 * a commune at a time ({@link vn.kynangso.certificates.CertificateBatch}). {@link
 * vn.kynangso.certificates.CertificateService} is what other features call: a person's certificates
 * and their PDFs.
 */
@NullMarked
package vn.kynangso.certificates;

import org.jspecify.annotations.NullMarked;
