/**
 * The catalog: the five skills and the courses that teach them or that officials must take, each
 * with its lessons and question bank, in Vietnamese and English ({@link Text}). Course folders under
 * {@code content/} are read and checked ({@link CourseReader}, lesson Markdown and its tip and
 * warning boxes in {@link LessonMarkdown} and {@link Callout}), reported to trainers with file and
 * line, and published as numbered versions whose JSON and hash live in {@link CourseJson}.
 * {@link CatalogService} is the entry other features call; lesson pictures are served by
 * {@link ContentImagesController}, from the course folders or, for pictures a trainer added in the
 * app ({@link LessonImageUpload} prepares them, {@link CourseImages} stores them), from the database; {@code --validate-content} and {@code --content-stats} run the
 * same checks without a database.
 */
@NullMarked
package vn.kynangso.catalog;

import org.jspecify.annotations.NullMarked;
