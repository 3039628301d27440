package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.kynangso.classes.ClassException;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassJoining.JoinPreview;
import vn.kynangso.security.Roles;

/**
 * A student joins a class: types the code (or arrives from the poster's QR code with it filled in),
 * sees which class it is, confirms, and is back on their home page.
 */
@Route("join")
@RolesAllowed({Roles.STUDENT, Roles.RESIDENT})
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassJoining joining;
    private final TextField code = new TextField();
    private final Paragraph error = new Paragraph();
    private final Div preview = new Div();

    JoinView(ClassJoining joining) {
        this.joining = joining;
        addClassName("kns-page");
        code.setId("join-code");
        code.setLabel(getTranslation("join.code"));
        code.setMaxLength(12);
        code.setWidthFull();
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        Button find = new Button(getTranslation("join.find"), e -> find());
        find.setId("join-find");
        find.addThemeVariants(ButtonVariant.LUMO_LARGE);
        find.addClassName("kns-wide-button");
        error.setId("join-error");
        error.setVisible(false);
        error.addClassName("kns-error");
        preview.setId("join-preview");
        add(
                new H1(getTranslation("join.title")),
                new Paragraph(getTranslation("join.intro")),
                code,
                find,
                error,
                preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(typed -> {
            code.setValue(typed);
            find();
        });
    }

    private void find() {
        preview.removeAll();
        error.setVisible(false);
        if (code.getValue().isBlank()) {
            return;
        }
        try {
            JoinPreview found = joining.preview(code.getValue());
            Paragraph what = new Paragraph(getTranslation(
                    "join.preview", found.name(), found.school(), found.grade(), found.schoolYear(), found.commune()));
            what.setId("join-class");
            Button confirm = new Button(getTranslation("join.confirm"), e -> join(found));
            confirm.setId("join-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            confirm.addClassName("kns-wide-button");
            preview.add(what, new Paragraph(getTranslation("join.question")), confirm);
        } catch (ClassException ex) {
            refused(ex);
        }
    }

    private void join(JoinPreview found) {
        try {
            boolean added = joining.join(code.getValue());
            Notification.show(getTranslation(added ? "join.done" : "join.already", found.name()));
            getUI().ifPresent(ui -> ui.navigate("home"));
        } catch (ClassException ex) {
            preview.removeAll();
            refused(ex);
        }
    }

    private void refused(ClassException ex) {
        error.setText(getTranslation(ex.reason().translationKey()));
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
