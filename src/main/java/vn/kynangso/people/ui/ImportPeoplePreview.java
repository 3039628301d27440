package vn.kynangso.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kynangso.people.HouseholdImport.ImportedHousehold;
import vn.kynangso.people.HouseholdImport.Member;
import vn.kynangso.people.HouseholdImport.Preview;

/**
 * Each hamlet's households and people in a household list about to be imported, with the first
 * people as they would be registered (name, birth year), so that a column read wrongly shows before
 * anything is imported.
 */
class ImportPeoplePreview extends Div {

    /** People listed per hamlet; the rest are counted. */
    private static final int PEOPLE_SHOWN = 5;

    ImportPeoplePreview(Preview read) {
        Map<String, List<ImportedHousehold>> perHamlet = new LinkedHashMap<>();
        for (ImportedHousehold household : read.households()) {
            perHamlet
                    .computeIfAbsent(household.hamletName(), k -> new ArrayList<>())
                    .add(household);
        }
        setId("import-people");
        perHamlet.forEach((name, households) -> {
            List<Member> members =
                    households.stream().flatMap(h -> h.members().stream()).toList();
            UnorderedList list = new UnorderedList();
            members.stream()
                    .limit(PEOPLE_SHOWN)
                    .forEach(m -> list.add(new ListItem(
                            m.birthYear() == null
                                    ? m.fullName()
                                    : getTranslation("import.preview.person", m.fullName(), m.birthYear()))));
            if (members.size() > PEOPLE_SHOWN) {
                list.add(new ListItem(getTranslation("import.preview.more", members.size() - PEOPLE_SHOWN)));
            }
            add(new Paragraph(getTranslation("import.per-hamlet", name, households.size(), members.size())), list);
        });
    }
}
