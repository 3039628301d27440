package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.EditConflict;
import vn.kynangso.authoring.Settings;
import vn.kynangso.catalog.Assessment;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.Skill;

/**
 * The course's settings, saved together on each change: skill or officials' category, audience,
 * credit hours and deadline (officials' courses), and the quiz rules.
 */
class SettingsForm extends Div {

    private final DraftContext context;
    private final Select<CourseCategory> category = new Select<>();
    private final Select<Skill> skill = new Select<>();
    private final CheckboxGroup<Audience> audience = new CheckboxGroup<>();
    private final IntegerField creditHours = number("credit-hours", 1, 200);
    private final Select<Integer> deadlineDay = new Select<>();
    private final Select<Integer> deadlineMonth = new Select<>();
    private final IntegerField passMark = number("pass-mark", 1, 100);
    private final IntegerField perAttempt = number("questions-per-attempt", 1, 100);
    private final IntegerField waitMinutes = number("wait-minutes", 0, 10_080);
    private final Checkbox reviewLessons = new Checkbox();
    private final IntegerField declaredVersion = number("declared-version", 1, 100_000);
    private final Paragraph message = new Paragraph();
    private final Div problems = new Div();
    private Settings base;
    private boolean loading;

    SettingsForm(DraftContext context) {
        this.context = context;
        setId("draft-settings");
        category.setId("settings-category");
        category.setLabel(getTranslation("authoring.settings.category"));
        category.setItems(CourseCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("authoring.settings.category." + c.name()));
        skill.setId("settings-skill");
        skill.setLabel(getTranslation("authoring.settings.skill"));
        skill.setItems(Skill.values());
        skill.setItemLabelGenerator(s -> getTranslation("skill." + s.name() + ".name"));
        audience.setId("settings-audience");
        audience.setLabel(getTranslation("authoring.settings.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("authoring.settings.audience." + a.name()));
        deadlineDay.setId("settings-deadline-day");
        deadlineDay.setLabel(getTranslation("authoring.settings.deadline-day"));
        deadlineDay.setItems(IntStream.rangeClosed(1, 31).boxed().toList());
        deadlineMonth.setId("settings-deadline-month");
        deadlineMonth.setLabel(getTranslation("authoring.settings.deadline-month"));
        deadlineMonth.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        reviewLessons.setId("settings-review-lessons");
        reviewLessons.setLabel(getTranslation("authoring.settings.review-lessons"));
        declaredVersion.setHelperText(getTranslation("authoring.settings.declared-version.help"));
        FormLayout form = new FormLayout(
                category,
                skill,
                audience,
                creditHours,
                deadlineDay,
                deadlineMonth,
                passMark,
                perAttempt,
                waitMinutes,
                reviewLessons,
                declaredVersion);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        message.addClassName("kns-error");
        message.setVisible(false);
        problems.addClassName("kns-field-problems");
        add(form, message, problems);
        load(Settings.of(context.draft().source()));
        List.of(category, skill, deadlineDay, deadlineMonth).forEach(f -> f.addValueChangeListener(e -> changed()));
        audience.addValueChangeListener(e -> changed());
        List.of(creditHours, passMark, perAttempt, waitMinutes, declaredVersion)
                .forEach(f -> f.addValueChangeListener(e -> changed()));
        reviewLessons.addValueChangeListener(e -> changed());
    }

    void problems(List<String> messages) {
        problems.removeAll();
        messages.forEach(m -> problems.add(AuthoringFormats.problem(m)));
    }

    void refresh(Settings stored) {
        if (Objects.equals(current(), base) && !stored.equals(base)) {
            load(stored);
        }
    }

    private void load(Settings settings) {
        loading = true;
        base = settings;
        category.setValue(settings.category());
        skill.setValue(settings.skill());
        audience.setValue(java.util.Set.copyOf(settings.audience()));
        creditHours.setValue(settings.creditHours());
        deadlineDay.setValue(
                settings.deadline() == null ? null : settings.deadline().getDayOfMonth());
        deadlineMonth.setValue(
                settings.deadline() == null ? null : settings.deadline().getMonthValue());
        passMark.setValue(settings.assessment().passMark());
        perAttempt.setValue(settings.assessment().questionsPerAttempt());
        waitMinutes.setValue(settings.assessment().retakeWaitMinutes());
        reviewLessons.setValue(settings.assessment().reviewLessons());
        declaredVersion.setValue(settings.declaredVersion());
        showFor(settings.category());
        loading = false;
    }

    private void showFor(CourseCategory chosen) {
        boolean official = chosen == CourseCategory.OFFICIAL;
        skill.setVisible(!official);
        creditHours.setVisible(official);
        deadlineDay.setVisible(official);
        deadlineMonth.setVisible(official);
    }

    private @Nullable Settings current() {
        if (category.getValue() == null) {
            return null;
        }
        MonthDay deadline = null;
        if (deadlineDay.getValue() != null && deadlineMonth.getValue() != null) {
            int month = deadlineMonth.getValue();
            int day = Math.min(deadlineDay.getValue(), java.time.Month.of(month).maxLength());
            deadline = MonthDay.of(month, day);
        }
        return new Settings(
                orZero(declaredVersion),
                category.getValue(),
                skill.getValue(),
                List.copyOf(audience.getValue()),
                creditHours.getValue(),
                deadline,
                new Assessment(orZero(passMark), orZero(perAttempt), orZero(waitMinutes), reviewLessons.getValue()));
    }

    private void changed() {
        if (loading) {
            return;
        }
        showFor(category.getValue());
        Settings value = current();
        if (value == null) {
            return;
        }
        try {
            context.saved(context.authoring.saveSettings(context.id(), base, value));
            base = Settings.of(context.draft().source());
            message.setVisible(false);
        } catch (EditConflict e) {
            message.setText(context.whoWhen.apply(e.byAccountId(), e.at()) + " "
                    + getTranslation("authoring.settings.reloaded"));
            message.setVisible(true);
            load((Settings) e.theirValue());
        } catch (AuthoringException e) {
            message.setText(getTranslation(e.translationKey(), e.args()));
            message.setVisible(true);
        }
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private IntegerField number(String name, int min, int max) {
        IntegerField field = new IntegerField(getTranslation("authoring.settings." + name));
        field.setId("settings-" + name);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(false);
        return field;
    }
}
