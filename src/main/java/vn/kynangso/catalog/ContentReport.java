package vn.kynangso.catalog;

import java.util.List;

/**
 * What a pass over {@code content/} did: courses newly published (or republished as a new
 * version), unchanged, withdrawn (folder gone), and refused with their problems.
 */
public record ContentReport(
        List<String> published, List<String> unchanged, List<String> withdrawn, List<ContentProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
