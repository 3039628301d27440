/**
 * Officials' year-end evaluation. {@link vn.kynangso.officials.MandatoryCourses} holds each year's
 * mandatory courses per commune with their deadlines (the catalog's until the commune sets its own,
 * DD011); {@link vn.kynangso.officials.OfficialUnits}
 * the units officials belong to; {@link vn.kynangso.officials.TrainingStanding} where each official
 * stands (the status of each course comes from {@code learning.CourseStatus}), live while the year
 * runs and closed once it has ended ({@link vn.kynangso.officials.YearEndClosing});
 * {@link vn.kynangso.officials.TrainingProgress} the same year month by month, per unit, for its chart;
 * {@link vn.kynangso.officials.TrainingDocuments} the transcript PDF and the evaluation sheet.
 * {@code OfficialRequirements} gives learning the same answer for an official's course list and home
 * card.
 *
 * <p>It keeps only its own tables: who is an official comes from security, their names and where
 * they live from people, their course dates from learning and their certificate codes from
 * certificates, each through that module's API (see {@code TableOwnershipTest}).
 */
@NullMarked
package vn.kynangso.officials;

import org.jspecify.annotations.NullMarked;
