package vn.kynangso.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Counts Vaadin sessions and UIs created, so the benchmark can tell how many UIs one learner costs,
 * and looks into live UIs (held weakly, so they are not kept alive) for what dominates their heap.
 */
@Component
@Profile("bench")
class BenchUiCounter implements VaadinServiceInitListener {

    private final LongAdder sessions = new LongAdder();
    private final List<WeakReference<UI>> uis = new CopyOnWriteArrayList<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.increment());
        event.getSource().addUIInitListener(e -> uis.add(new WeakReference<>(e.getUI())));
    }

    long sessions() {
        return sessions.sum();
    }

    long uis() {
        return uis.size();
    }

    /**
     * Average heap taken by the copy of the last UIDL response that Vaadin keeps in each UI
     * ({@code UIInternals.lastRequestResponse}, kept to answer a resent message), over the UIs
     * created from {@code from} (a count from {@link #uis()}) on and still alive; -1 when unknown.
     */
    double averageLastResponseBytes(long from) {
        try {
            Field field = Class.forName("com.vaadin.flow.component.internal.UIInternals")
                    .getDeclaredField("lastRequestResponse");
            field.setAccessible(true);
            long bytes = 0;
            int counted = 0;
            for (WeakReference<UI> reference : uis.subList((int) from, uis.size())) {
                UI ui = reference.get();
                if (ui != null && field.get(ui.getInternals()) instanceof String response) {
                    // a String stores one byte a character, two when any character is beyond Latin-1
                    boolean latin1 = response.chars().allMatch(c -> c <= 0xFF);
                    bytes += (long) response.length() * (latin1 ? 1 : 2);
                    counted++;
                }
            }
            return counted == 0 ? -1 : (double) bytes / counted;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }
}
