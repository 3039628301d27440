/**
 * The monthly report a commune or province sends up the chain ({@link
 * vn.kynangso.monthly.MonthlyReports}): coverage by place at the month's start and end, what the
 * campaigns did, and where the officials stood, as a screen, an XLSX and a PDF laid out once
 * ({@link vn.kynangso.monthly.MonthlyReportDocuments}). It only reads, through the reports, people,
 * visits and officials modules' APIs; nothing depends on it.
 */
@NullMarked
package vn.kynangso.monthly;

import org.jspecify.annotations.NullMarked;
