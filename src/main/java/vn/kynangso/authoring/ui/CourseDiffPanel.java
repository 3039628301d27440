package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.html.Div;
import vn.kynangso.catalog.CourseDiff;

/** TEMPORARY placeholder, replaced by the reviewer's comparison panel. */
class CourseDiffPanel extends Div {
    CourseDiffPanel(CourseDiff diff) {}
}
