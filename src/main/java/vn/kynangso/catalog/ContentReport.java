package vn.kynangso.catalog;

import java.util.List;

/**
 * What a pass over {@code content/} did: courses newly published (or republished as a new
 * version), unchanged, withdrawn (folder gone), and refused with their problems; warnings are
 * worth a trainer's look but did not stop any course.
 */
public record ContentReport(
        List<String> published,
        List<String> unchanged,
        List<String> withdrawn,
        List<ContentProblem> problems,
        List<ContentProblem> warnings) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
