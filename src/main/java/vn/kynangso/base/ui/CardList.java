package vn.kynangso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list of people or places as cards that grow with the page (no box of its own to scroll inside,
 * so nothing is cut off on a phone): a bold first line and smaller lines under it. When a card
 * leads somewhere it is a link, drawn with an arrow so it looks tappable and reachable by keyboard.
 * Long lists show a page of cards and a "show more" button instead of thousands of rows at once.
 *
 * @param <T> what each card shows
 */
public class CardList<T> extends Div {

    /** The text of one card: its title, and the lines under it (a line may hold line breaks). */
    public record Card(String title, List<String> lines) {

        public Card(String title, String... lines) {
            this(title, List.of(lines));
        }
    }

    private final Function<T, Card> card;
    private final @Nullable Function<T, String> link;
    private final int pageSize;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private List<T> items = List.of();
    private int shown;

    /**
     * @param id the list's id; cards get {@code id-0}, {@code id-1}…
     * @param card what a card says
     * @param link where tapping a card leads (a route path), or null for cards that lead nowhere
     * @param pageSize how many cards are added at a time
     */
    public CardList(String id, Function<T, Card> card, @Nullable Function<T, String> link, int pageSize) {
        this.card = card;
        this.link = link;
        this.pageSize = pageSize;
        setId(id);
        addClassName("kns-card-list-grow");
        list.addClassName("kns-list-cards");
        more.setId(id + "-more");
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClassName("kns-wide-button");
        more.addClickListener(e -> showMore());
        add(list, more);
    }

    /** Shows these items from the first page. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        list.removeAll();
        shown = 0;
        showMore();
    }

    /** Every item of the list, shown or not yet. */
    public List<T> items() {
        return items;
    }

    /** The cards on the screen now, in order. */
    public List<ListItem> cards() {
        return list.getChildren()
                .filter(ListItem.class::isInstance)
                .map(ListItem.class::cast)
                .toList();
    }

    /** Where the card at {@code index} leads, if anywhere. */
    public @Nullable String linkOf(int index) {
        return link == null ? null : link.apply(items.get(index));
    }

    private void showMore() {
        int end = Math.min(items.size(), shown + pageSize);
        List<ListItem> added = new ArrayList<>();
        for (int i = shown; i < end; i++) {
            added.add(cardFor(i));
        }
        added.forEach(list::add);
        shown = end;
        int left = items.size() - shown;
        more.setText(getTranslation("list.more", Math.min(left, pageSize), left));
        more.setVisible(left > 0);
    }

    private ListItem cardFor(int index) {
        T item = items.get(index);
        Card text = card.apply(item);
        Div body = new Div();
        body.addClassName("kns-list-card-text");
        Span title = new Span(text.title());
        title.addClassName("kns-list-card-title");
        body.add(title);
        for (String line : text.lines()) {
            if (!line.isBlank()) {
                Span span = new Span(line);
                span.addClassName("kns-list-card-line");
                body.add(span);
            }
        }
        ListItem li = new ListItem();
        li.setId(getId().orElse("list") + "-" + index);
        li.addClassName("kns-list-card");
        if (link == null) {
            li.add(body);
        } else {
            Anchor anchor = new Anchor(link.apply(item));
            anchor.addClassName("kns-list-card-link");
            var arrow = VaadinIcon.ANGLE_RIGHT.create();
            arrow.getElement().setAttribute("aria-hidden", "true");
            anchor.add(body, arrow);
            li.add(anchor);
        }
        return li;
    }
}
