package vn.kynangso.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import vn.kynangso.base.database.DatabaseFault;

/**
 * A screen that could not be opened because the database is gone or too slow (DD012): a
 * translated page with status 503 and a link to try again, instead of Vaadin's error page with its
 * stack trace. Vaadin picks an error view by the exception's type, so each type the database's
 * faults arrive as has its own small subclass below.
 */
@AnonymousAllowed
public abstract class DatabaseFaultView extends Main {

    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();
    private final Anchor again = new Anchor();

    protected DatabaseFaultView() {
        addClassName("kns-page");
        setId("database-fault-page");
        again.setId("database-fault-again");
        add(title, text, again);
    }

    /** Fills the page for this failure; returns the status, 503. */
    protected int show(BeforeEnterEvent event, ErrorParameter<? extends Exception> parameter) {
        DatabaseFault fault = DatabaseFault.of(parameter.getCaughtException()).orElse(DatabaseFault.UNAVAILABLE);
        fault.log(getClass(), parameter.getCaughtException());
        title.setText(getTranslation("error.database.title"));
        text.setText(getTranslation(fault.translationKey()));
        again.setText(getTranslation("error.database.again"));
        again.setHref(event.getLocation().getPathWithQueryParameters());
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    /** No transaction could begin: no connection to the database. */
    @AnonymousAllowed
    public static final class NoTransaction extends DatabaseFaultView
            implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(event, parameter);
        }
    }

    /** The connection failed during the work. */
    @AnonymousAllowed
    public static final class ResourceFailure extends DatabaseFaultView
            implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(event, parameter);
        }
    }

    /**
     * The driver lost its connection in the middle of a transaction and connected again, to
     * another Galera node with a multi-host URL (SQL state 25S03): the work was rolled back.
     */
    @AnonymousAllowed
    public static final class Reconnected extends DatabaseFaultView
            implements HasErrorParameter<TransientDataAccessResourceException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<TransientDataAccessResourceException> parameter) {
            return show(event, parameter);
        }
    }

    /** A lock held by someone else was not released in time. */
    @AnonymousAllowed
    public static final class LockWait extends DatabaseFaultView
            implements HasErrorParameter<PessimisticLockingFailureException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<PessimisticLockingFailureException> parameter) {
            return show(event, parameter);
        }
    }

    /** A statement ran past its limit. */
    @AnonymousAllowed
    public static final class QueryTimeout extends DatabaseFaultView
            implements HasErrorParameter<QueryTimeoutException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<QueryTimeoutException> parameter) {
            return show(event, parameter);
        }
    }

    /** A transaction ran past its limit. */
    @AnonymousAllowed
    public static final class TransactionTimeout extends DatabaseFaultView
            implements HasErrorParameter<TransactionTimedOutException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionTimedOutException> parameter) {
            return show(event, parameter);
        }
    }
}
