package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.kynangso.KaribuTest;

/** A tap that fails because the database is gone: a translated message, the form as it was. */
class DatabaseFaultNoticeTest extends KaribuTest {

    private final TextField typed = new TextField();
    private final Button save = new Button("save");

    @BeforeEach
    void a_form_with_something_typed() {
        save.setDisableOnClick(true);
        UI.getCurrent().add(typed, save);
        typed.setValue("câu trả lời của tôi");
        save.setEnabled(false); // pressed: disable-on-click
    }

    /** The chain a lost database arrives as, seen when MariaDB was killed under the app. */
    static RuntimeException databaseGone() {
        return new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new JDBCConnectionException(
                        "Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException(
                                "kns-embedded - Connection is not available, request timed out after 5000ms",
                                new SQLNonTransientConnectionException("Socket fail to connect to host", "08000"))));
    }

    @Test
    void a_lost_database_is_told_in_words_and_the_form_keeps_what_was_typed() {
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(databaseGone(), save.getElement().getNode()));

        expectNotifications(UI.getCurrent().getTranslation("error.database.unavailable"));
        assertThat(UI.getCurrent().getTranslation("error.database.unavailable"))
                .startsWith("Mất kết nối tới máy chủ dữ liệu.");
        assertThat(typed.getValue()).isEqualTo("câu trả lời của tôi");
        assertThat(save.isEnabled()).as("can be pressed again").isTrue();
    }

    @Test
    void any_other_failure_is_left_to_vaadin() {
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(
                        new IllegalStateException("a bug"), save.getElement().getNode()));

        assertThat(getNotifications()).isEmpty();
        assertThat(save.isEnabled()).isFalse();
    }
}
