/**
 * Learning: enrolments (a learner keeps the course version they started), lessons read
 * ({@link CourseProgressService}), quiz attempts drawn, answered one question at a time with every
 * answer saved as it is given, and graded on the server ({@link QuizService}, {@link QuizDraw},
 * {@link QuizGate}, {@link Grading}), course completion and skill proficiency
 * ({@link Completions}, {@link CourseCompletion}), a learner's status in a course
 * ({@link CourseStatus}), their overview ({@link MyProgressService}) and their records
 * ({@link LearningRecords}). {@link LearningService} is the entry other features call;
 * {@link CourseDates} tells officials' evaluation and a student's classes when people started and
 * completed courses; {@link LearnerActivityOf} tells a class board where a whole class is, and
 * {@link QuizHold} lets another feature (a class's teacher) hold a quiz closed, and
 * {@link HeldCertificates} lets the feature that issues certificates say whether a learner holds one;
 * {@link LearnerRequirements} lets a feature say which courses it requires of a learner (an
 * official's mandatory courses) with their deadlines and statuses. Publishes
 * {@link QuizPassed}, {@link CourseCompleted} and {@link SkillProficiencyGained}.
 */
@NullMarked
package vn.kynangso.learning;

import org.jspecify.annotations.NullMarked;
