package vn.kynangso.reports.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.kynangso.base.ui.CardList;
import vn.kynangso.people.HouseholdService.Priority;
import vn.kynangso.people.Poverty;
import vn.kynangso.reports.WorkItem;
import vn.kynangso.reports.WorkListService;
import vn.kynangso.security.Roles;

/** The households still to help in my hamlets, vulnerable first, with what each member lacks. */
@Route("worklist")
@RolesAllowed(Roles.TEAM_MEMBER)
@Menu(order = 23, title = "menu.worklist", icon = "vaadin:clipboard-user")
class WorkListView extends Main implements HasDynamicTitle {

    WorkListView(WorkListService workList) {
        addClassName("kns-page");
        List<WorkItem> items = workList.myWorkList();
        Paragraph count = new Paragraph(getTranslation("worklist.count", items.size()));
        count.setId("worklist-count");
        // a tap opens the household: its members, login cards, "help learn" and the visit record
        CardList<WorkItem> grid = new CardList<>(
                "worklist",
                i -> new CardList.Card(i.address(), i.hamlet(), flags(i), members(i)),
                i -> "households/" + i.householdId(),
                50);
        grid.setItems(items);
        add(new H1(getTranslation("worklist.title")), count, grid);
    }

    private String flags(WorkItem item) {
        List<String> flags = new ArrayList<>();
        Priority priority = item.priority();
        if (priority.disability()) {
            flags.add(getTranslation("worklist.flag.disability"));
        }
        if (priority.poverty() != Poverty.NONE) {
            flags.add(getTranslation("household.poverty." + priority.poverty().name()));
        }
        if (priority.elderly()) {
            flags.add(getTranslation("worklist.flag.elderly"));
        }
        return String.join(" · ", flags);
    }

    private String members(WorkItem item) {
        return item.members().stream()
                .map(m -> m.skills().isEmpty()
                        ? getTranslation("worklist.member.none", m.name())
                        : getTranslation(
                                "worklist.member",
                                m.name(),
                                m.skills().size(),
                                m.lacking().stream()
                                        .map(s -> getTranslation("worklist.skill." + s.name()))
                                        .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklist.title") + " · " + getTranslation("app.name");
    }
}
