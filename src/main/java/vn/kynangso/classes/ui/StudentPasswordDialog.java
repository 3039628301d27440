package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.classes.ClassEnrolment;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.people.HouseholdService.LoginCard;
import vn.kynangso.security.AccountException;

/**
 * A student of the teacher's class forgot the password: asked first ("the old password and cards
 * stop working"), then the new password, large, and the new card as a PDF to print.
 */
class StudentPasswordDialog extends Dialog {

    private final ClassEnrolment enrolment;
    private final long classId;

    StudentPasswordDialog(ClassEnrolment enrolment, long classId, ClassStudent student) {
        this.enrolment = enrolment;
        this.classId = classId;
        setId("student-reset-dialog");
        setHeaderTitle(getTranslation("card.reset.title", student.name()));
        Paragraph what = new Paragraph(getTranslation("card.reset.what"));
        what.setId("student-reset-what");
        Button cancel = new Button(getTranslation("card.reset.cancel"), e -> close());
        cancel.setId("student-reset-cancel");
        Button confirm = new Button(getTranslation("card.reset.confirm"), e -> reset(student));
        confirm.setId("student-reset-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(what);
        getFooter().add(cancel, confirm);
    }

    private void reset(ClassStudent student) {
        LoginCard card;
        try {
            card = enrolment.resetPassword(classId, student.personId());
        } catch (AccountException e) {
            removeAll();
            Paragraph refused = new Paragraph(getTranslation(e.reason().translationKey()));
            refused.setId("student-reset-refused");
            add(refused);
            closeOnly();
            return;
        }
        removeAll();
        setHeaderTitle(getTranslation("card.title"));
        Span label = new Span(getTranslation("card.reset.password"));
        label.addClassName("kns-fact-label");
        Span password = new Span(card.password());
        password.setId("student-reset-password");
        password.addClassName("kns-card-value");
        password.getStyle().set("font-size", "var(--lumo-font-size-xxxl)");
        Div line = new Div(label, password);
        line.addClassName("kns-card-line");
        Span login = new Span(getTranslation("card.login") + ": " + card.login());
        Paragraph done = new Paragraph(getTranslation("card.reset.done"));
        done.addClassName("kns-success");
        Locale locale = getLocale();
        Anchor pdf = new Anchor(
                Downloads.of("the-dang-nhap.pdf", Downloads.PDF, () -> enrolment.sheet(classId, List.of(card), locale)),
                getTranslation("card.pdf"));
        pdf.setId("student-reset-pdf");
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("kns-download");
        add(line, new Div(login), done, new Div(pdf));
        closeOnly();
    }

    private void closeOnly() {
        getFooter().removeAll();
        Button close = new Button(getTranslation("card.close"), e -> close());
        close.setId("student-reset-close");
        getFooter().add(close);
    }
}
