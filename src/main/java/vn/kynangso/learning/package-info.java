/**
 * Learning: enrolments (a learner keeps the course version they started), lessons read, quiz
 * attempts with every answer saved as it is given, grading on the server, course completion and
 * skill proficiency. Publishes {@link QuizPassed}, {@link CourseCompleted} and
 * {@link SkillProficiencyGained}.
 */
@NullMarked
package vn.kynangso.learning;

import org.jspecify.annotations.NullMarked;
