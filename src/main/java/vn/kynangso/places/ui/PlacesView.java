package vn.kynangso.places.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceException;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.Roles;

/**
 * An admin's part of the place tree, one level a screen (phone first): the place, the places under
 * it to open, adding one, renaming or changing a code, and importing a list.
 */
@Route("places/:place?")
@RolesAllowed({Roles.COMMUNE_ADMIN, Roles.PROVINCE_ADMIN})
@Menu(order = 26, title = "menu.places", icon = "vaadin:map-marker")
class PlacesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlaceService places;

    PlacesView(PlaceService places) {
        this.places = places;
        addClassName("kns-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong("place");
        List<Place> roots = places.myAreaRoots();
        if (id.isEmpty() && roots.size() != 1) {
            add(new H1(getTranslation("places.title")), children(roots));
            return;
        }
        long placeId = id.orElseGet(() -> roots.getFirst().getId());
        Optional<Place> place = places.browse(placeId);
        if (place.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(place.get());
    }

    private void show(Place place) {
        H1 title = new H1(place.getName());
        title.setId("place-name");
        Paragraph facts = new Paragraph(getTranslation(place.getKind().translationKey())
                + (place.getCode() == null ? "" : " · " + getTranslation("places.code", place.getCode())));
        facts.addClassName("kns-muted");
        add(title, facts);
        places.browsePath(place.getId()).stream().skip(1).findFirst().ifPresent(parent -> {
            Anchor up = new Anchor("places/" + parent.getId(), "← " + parent.getName());
            up.setId("place-up");
            add(up);
        });
        Div actions = new Div();
        actions.addClassName("kns-links");
        if (places.mayChange(place.getId())) {
            Button edit = new Button(getTranslation("places.edit"), VaadinIcon.EDIT.create(), e -> editDialog(place));
            edit.setId("place-edit");
            actions.add(edit);
        }
        List<PlaceKind> kinds = PlaceService.kindsUnder(place);
        if (!kinds.isEmpty()) {
            Button addChild =
                    new Button(getTranslation("places.add"), VaadinIcon.PLUS.create(), e -> addDialog(place, kinds));
            addChild.setId("place-add");
            addChild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Anchor importLink = new Anchor("places/import", getTranslation("places.import"));
            importLink.setId("places-import-link");
            actions.add(addChild, importLink);
        }
        add(actions);
        List<Place> below = places.browseChildren(place.getId());
        if (!below.isEmpty()) {
            add(children(below));
        } else if (!kinds.isEmpty()) {
            add(new Paragraph(getTranslation("places.empty")));
        }
    }

    private Grid<Place> children(List<Place> list) {
        Grid<Place> grid = new Grid<>();
        grid.setId("place-children");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Place::getName).setHeader(getTranslation("places.name")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.getKind().translationKey()))
                .setHeader(getTranslation("places.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.getCode() == null ? "" : p.getCode())
                .setHeader(getTranslation("places.code.header"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("places/" + e.getItem().getId())));
        return grid;
    }

    private void addDialog(Place parent, List<PlaceKind> kinds) {
        Select<PlaceKind> kind = new Select<>();
        kind.setId("new-place-kind");
        kind.setLabel(getTranslation("places.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.translationKey()));
        kind.setValue(kinds.getFirst());
        kind.setWidthFull();
        TextField name = new TextField(getTranslation("places.name"));
        name.setId("new-place-name");
        name.setHelperText(getTranslation("places.name.help"));
        name.setWidthFull();
        TextField code = new TextField(getTranslation("places.code.header"));
        code.setId("new-place-code");
        code.setHelperText(getTranslation("places.code.help"));
        code.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("places.add.title", parent.getName()));
        dialog.add(new Div(kind, name, code));
        Button save = new Button(getTranslation("places.save"), e -> {
            try {
                Place created =
                        places.create(parent.getId(), kind.getValue(), name.getValue(), emptyToNull(code.getValue()));
                dialog.close();
                Notification.show(getTranslation("places.added", created.getName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("places/" + parent.getId()));
            } catch (PlaceException problem) {
                showProblem(problem, name, code);
            }
        });
        save.setId("new-place-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("places.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void editDialog(Place place) {
        TextField name = new TextField(getTranslation("places.name"), place.getName(), "");
        name.setId("edit-place-name");
        name.setWidthFull();
        TextField code =
                new TextField(getTranslation("places.code.header"), place.getCode() == null ? "" : place.getCode(), "");
        code.setId("edit-place-code");
        code.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("places.edit.title"));
        dialog.add(new Div(name, code));
        Button save = new Button(getTranslation("places.save"), e -> {
            try {
                places.update(place.getId(), name.getValue(), emptyToNull(code.getValue()));
                dialog.close();
                Notification.show(getTranslation("places.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("places/" + place.getId()));
            } catch (PlaceException problem) {
                showProblem(problem, name, code);
            }
        });
        save.setId("edit-place-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("places.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showProblem(PlaceException problem, TextField name, TextField code) {
        TextField field = problem.reason() == PlaceException.Reason.CODE_TAKEN ? code : name;
        field.setErrorMessage(getTranslation(problem.reason().translationKey()));
        field.setInvalid(true);
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.title") + " · " + getTranslation("app.name");
    }
}
