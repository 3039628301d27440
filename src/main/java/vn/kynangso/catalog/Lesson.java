package vn.kynangso.catalog;

/** One short lesson page: its title and Markdown body, in both languages. */
public record Lesson(String slug, Text title, Text markdown) {}
