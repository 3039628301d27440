/**
 * Officials' year-end evaluation. {@link vn.kynangso.officials.MandatoryCourses} holds each year's
 * mandatory courses per commune with their deadlines; {@link vn.kynangso.officials.OfficialUnits}
 * the units officials belong to; {@link vn.kynangso.officials.TrainingStanding} where each official
 * stands (the status of each course comes from {@code learning.CourseStatus}), live while the year
 * runs and closed once it has ended ({@link vn.kynangso.officials.YearEndClosing});
 * {@link vn.kynangso.officials.TrainingDocuments} the transcript PDF and the evaluation sheet.
 */
@NullMarked
package vn.kynangso.officials;

import org.jspecify.annotations.NullMarked;
