package vn.kynangso.officials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.officials.OfficialsService;
import vn.kynangso.officials.OfficialsService.Assignment;
import vn.kynangso.officials.OfficialsService.OfficialYear;
import vn.kynangso.officials.OfficialsService.Unit;
import vn.kynangso.officials.TrainingDocuments;
import vn.kynangso.places.Place;
import vn.kynangso.security.Roles;

/**
 * The commune's year-end evaluation of officials' training: the year's mandatory courses (with
 * deadlines), units, who has completed what and who is late, and the evaluation sheet as Excel or
 * CSV. Figures come from completions as they happen; nothing is reported by hand.
 */
@Route("evaluation")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 28, title = "menu.evaluation", icon = "vaadin:clipboard-check")
class EvaluationView extends Main implements HasDynamicTitle {

    private final OfficialsService officials;
    private final TrainingDocuments documents;
    private final Select<Place> commune = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();
    private @Nullable String unit;

    EvaluationView(OfficialsService officials, TrainingDocuments documents, Clock clock) {
        this.officials = officials;
        this.documents = documents;
        addClassName("kns-page");
        List<Place> communes = officials.myCommunes().stream()
                .sorted(Comparator.comparing(Place::getName, Collator.getInstance(getLocale())))
                .toList();
        commune.setId("evaluation-commune");
        commune.setLabel(getTranslation("print.commune"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        int thisYear = LocalDate.now(clock).getYear();
        year.setId("evaluation-year");
        year.setLabel(getTranslation("evaluation.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 1)
                .boxed()
                .toList()
                .reversed());
        year.setValue(thisYear);
        commune.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        content.setId("evaluation-content");
        Div filters = new Div(commune, year);
        filters.addClassName("kns-links");
        add(new H1(getTranslation("evaluation.title")), filters, content);
        if (!communes.isEmpty()) {
            commune.setValue(communes.getFirst());
        }
    }

    private void refresh() {
        content.removeAll();
        if (commune.getValue() == null || year.getValue() == null) {
            return;
        }
        long communeId = commune.getValue().getId();
        int y = year.getValue();
        List<Unit> units = officials.units(communeId);
        List<OfficialYear> everyone = officials.compliance(y, communeId);
        java.util.Locale locale = getLocale();
        content.add(assignments(communeId, y), units(communeId, units, everyone));
        Select<String> unitFilter = new Select<>();
        unitFilter.setId("evaluation-unit-filter");
        unitFilter.setLabel(getTranslation("evaluation.col.unit"));
        unitFilter.setItems(units.stream().map(Unit::name).toList());
        unitFilter.setEmptySelectionAllowed(true);
        unitFilter.setEmptySelectionCaption(getTranslation("evaluation.units.all"));
        unitFilter.setItemLabelGenerator(u -> u == null ? getTranslation("evaluation.units.all") : u);
        unitFilter.setValue(this.unit);
        unitFilter.addValueChangeListener(e -> {
            this.unit = e.getValue();
            refresh();
        });
        List<OfficialYear> rows = everyone.stream()
                .filter(o -> this.unit == null || this.unit.equals(o.unit()))
                .toList();
        long done = rows.stream()
                .filter(r -> r.status() == OfficialsService.Status.COMPLETED)
                .count();
        long late = rows.stream()
                .filter(r -> r.status() == OfficialsService.Status.LATE)
                .count();
        Paragraph summary = new Paragraph(getTranslation("evaluation.summary", rows.size(), done, late));
        summary.setId("evaluation-summary");
        Grid<OfficialYear> grid = new Grid<>();
        grid.setId("evaluation-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(OfficialYear::name)
                .setHeader(getTranslation("evaluation.col.name"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.unit() == null ? "" : o.unit()).setHeader(getTranslation("evaluation.col.unit"));
        grid.addColumn(o -> getTranslation(
                        "evaluation.completed-cell",
                        o.completed(),
                        o.requirements().size(),
                        o.hours()))
                .setHeader(getTranslation("evaluation.col.completed"));
        grid.addColumn(o -> getTranslation("training.status." + o.status().name()))
                .setHeader(getTranslation("evaluation.col.status"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        String file = "danh-gia-boi-duong-" + y + "-"
                + (commune.getValue().getCode() == null
                        ? communeId
                        : commune.getValue().getCode());
        Anchor xlsx = new Anchor(
                Downloads.of(
                        file + ".xlsx",
                        Downloads.XLSX,
                        () -> documents
                                .evaluationSheet(y, communeId, getLocale())
                                .xlsx()),
                getTranslation("evaluation.export.xlsx"));
        xlsx.setId("evaluation-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(
                Downloads.of(
                        file + ".csv",
                        Downloads.CSV,
                        () -> documents
                                .evaluationSheet(y, communeId, getLocale())
                                .csv()),
                getTranslation("evaluation.export.csv"));
        csv.setId("evaluation-csv");
        csv.getElement().setAttribute("download", true);
        Div exports = new Div(xlsx, csv);
        exports.addClassName("kns-links");
        content.add(new H2(getTranslation("evaluation.officials")), unitFilter, summary, grid, exports);
    }

    private Div assignments(long communeId, int y) {
        Div box = new Div(new H2(getTranslation("evaluation.required", y)));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        List<Assignment> assigned = officials.assignments(y, communeId);
        for (Assignment a : assigned) {
            Button remove = new Button(getTranslation("evaluation.unassign"), e -> {
                officials.unassign(y, communeId, a.courseCode());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div row = new Div(
                    new Paragraph(getTranslation(
                            "evaluation.assignment", a.title(getLocale()), a.creditHours(), date.format(a.deadline()))),
                    remove);
            row.addClassName("kns-links");
            box.add(row);
        }
        Select<PublishedCourse> course = new Select<>();
        course.setId("evaluation-course");
        course.setLabel(getTranslation("evaluation.course"));
        course.setItems(officials.officialCourses().stream()
                .filter(c -> assigned.stream().noneMatch(a -> a.courseCode().equals(c.code())))
                .toList());
        course.setItemLabelGenerator(c -> c == null ? "" : c.content().title().in(getLocale()));
        DatePicker deadline = new DatePicker(getTranslation("evaluation.deadline"));
        deadline.setId("evaluation-deadline");
        deadline.setHelperText(getTranslation("evaluation.deadline.help"));
        Button assign = new Button(getTranslation("evaluation.assign"), e -> {
            if (course.getValue() != null) {
                officials.assign(y, communeId, course.getValue().code(), deadline.getValue());
                refresh();
            }
        });
        assign.setId("evaluation-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(course, deadline, assign);
        form.addClassName("kns-links");
        box.add(form);
        return box;
    }

    private Div units(long communeId, List<Unit> units, List<OfficialYear> everyone) {
        Div box = new Div(new H2(getTranslation("evaluation.units")));
        box.add(new Paragraph(
                units.isEmpty()
                        ? getTranslation("evaluation.units.none")
                        : String.join(" · ", units.stream().map(Unit::name).toList())));
        TextField name = new TextField(getTranslation("evaluation.unit.name"));
        name.setId("evaluation-unit-name");
        Button add = new Button(getTranslation("evaluation.unit.add"), e -> {
            if (!name.getValue().isBlank()) {
                officials.createUnit(communeId, name.getValue());
                refresh();
            }
        });
        add.setId("evaluation-unit-add");
        Div form = new Div(name, add);
        form.addClassName("kns-links");
        box.add(form);
        if (!units.isEmpty()) {
            Select<OfficialYear> who = new Select<>();
            who.setId("evaluation-member");
            who.setLabel(getTranslation("evaluation.member"));
            who.setItems(everyone);
            who.setItemLabelGenerator(o -> o == null ? "" : o.name());
            Select<Unit> unit = new Select<>();
            unit.setId("evaluation-member-unit");
            unit.setLabel(getTranslation("evaluation.col.unit"));
            unit.setItems(units);
            unit.setItemLabelGenerator(u -> u == null ? "" : u.name());
            Button set = new Button(getTranslation("evaluation.member.set"), e -> {
                if (who.getValue() != null && unit.getValue() != null) {
                    officials.setUnit(who.getValue().personId(), unit.getValue().id());
                    refresh();
                }
            });
            set.setId("evaluation-member-set");
            Div membership = new Div(who, unit, set);
            membership.addClassName("kns-links");
            box.add(membership);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.title") + " · " + getTranslation("app.name");
    }
}
