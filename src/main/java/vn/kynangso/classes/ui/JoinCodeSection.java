package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import vn.kynangso.base.QrCodes;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.classes.ClassPoster;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.SchoolClass;

/** The class's code, its QR code and A4 poster, and (for its teacher) renewing it or turning it off. */
final class JoinCodeSection extends Section {

    JoinCodeSection(ClassService classes, ClassPoster poster, SchoolClass c, boolean mayChange, Runnable changed) {
        setId("class-code-section");
        addClassName("kns-card");
        add(new H2(getTranslation("classes.code.title")));
        String code = c.joinCode();
        if (c.codeOpen() && code != null) {
            Paragraph shown = new Paragraph(code);
            shown.setId("class-code");
            shown.addClassName("kns-join-code");
            Image qr = new Image(QrCodes.dataUrl(poster.joinUrl(code)), getTranslation("classes.code.title"));
            qr.setId("class-qr");
            qr.setWidth("12rem");
            qr.setHeight("12rem");
            Anchor download = new Anchor(
                    Downloads.of("ma-lop-" + code + ".pdf", Downloads.PDF, () -> poster.poster(c.id(), getLocale())),
                    getTranslation("classes.code.poster"));
            download.setId("class-poster");
            download.getElement().setAttribute("download", true);
            download.addClassName("kns-download");
            add(new Paragraph(getTranslation("classes.code.text")), shown, qr, new Div(download));
        } else {
            Paragraph off = new Paragraph(getTranslation("classes.code.off"));
            off.setId("class-code-off-note");
            add(off);
        }
        if (!mayChange) {
            return;
        }
        Button renew = new Button(getTranslation("classes.code.renew"), e -> {
            String fresh = classes.renewCode(c.id());
            Notification.show(getTranslation("classes.code.renewed", fresh));
            changed.run();
        });
        renew.setId("class-code-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div actions = new Div(renew);
        if (c.codeOpen()) {
            Button off = new Button(getTranslation("classes.code.turn-off"), e -> {
                classes.turnOffCode(c.id());
                Notification.show(getTranslation("classes.code.turned-off"));
                changed.run();
            });
            off.setId("class-code-turn-off");
            off.addThemeVariants(ButtonVariant.LUMO_LARGE);
            actions.add(off);
        }
        actions.addClassName("kns-links");
        add(actions);
    }
}
