package vn.kynangso.classes;

import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.SpreadsheetException;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.people.HouseholdImport;
import vn.kynangso.people.HouseholdService.LoginCard;
import vn.kynangso.people.LoginCards;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PeopleService.Holder;
import vn.kynangso.people.Person;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;

/**
 * A teacher enrols a whole list of students at once (pasted names, or an XLSX/CSV file with name,
 * birth year and optional phone): {@link #preview} reads and checks it without writing anything;
 * {@link #enrol} then, in one transaction, records each student as a person of the class's commune
 * (no household yet), gives them a student login and puts them in the class, or does nothing. The
 * same list sent twice enrols nobody twice. {@link #classCards} prints the login cards of the
 * class's students, the same card a household's team prints for residents.
 */
@Service
public class ClassEnrolment {

    /** More students than any class has. */
    public static final int MAX_ROWS = 200;

    /** The columns of a list, recognised by the household import's names for them. */
    public enum Field {
        NAME(HouseholdImport.Column.NAME),
        BIRTH_YEAR(HouseholdImport.Column.BIRTH_YEAR),
        PHONE(HouseholdImport.Column.PHONE);

        private final HouseholdImport.Column column;

        Field(HouseholdImport.Column column) {
            this.column = column;
        }

        Set<String> aliases() {
            return column.aliases();
        }

        /** The column's translated name (the household import's). */
        public String translationKey() {
            return column.translationKey();
        }
    }

    /** A student as the list gives them; the row as the list numbers it. */
    public record ListedStudent(
            int row,
            String fullName,
            @Nullable Integer birthYear,
            @Nullable String phone) {}

    /** Something wrong on a row (1 is a file's header): translated under {@code reasonKey} with {@code args}. */
    public record Problem(int row, @Nullable Field field, String reasonKey, List<String> args) {}

    /** What a list would enrol, and everything wrong with it. */
    public record Preview(
            long classId,
            String source,
            int rows,
            List<ListedStudent> students,
            List<Problem> problems,
            Map<Field, String> headers,
            Map<Integer, List<String>> rejectedRows,
            String fingerprint) {

        public boolean enrollable() {
            return problems.isEmpty() && !students.isEmpty();
        }
    }

    /** The list was refused when it was to be written (sent before, or someone joined meanwhile). */
    public static class EnrolmentRefused extends RuntimeException {
        private final List<Problem> problems;

        EnrolmentRefused(List<Problem> problems) {
            super("enrolment refused: " + problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final JdbcClient jdbc;
    private final ClassAccess access;
    private final ClassJoining joining;
    private final PeopleService people;
    private final AccountService accounts;
    private final LoginCards cards;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    ClassEnrolment(
            JdbcClient jdbc,
            ClassAccess access,
            ClassJoining joining,
            PeopleService people,
            AccountService accounts,
            LoginCards cards,
            CurrentUser currentUser,
            Validator validator,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.joining = joining;
        this.people = people;
        this.accounts = accounts;
        this.cards = cards;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** Reads and checks a pasted list (one student a line) for the teacher's own class; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public Preview preview(long classId, String pasted) {
        access.changeable(classId);
        return reader(classId).read(classId, "", StudentListReader.pasted(pasted, MAX_ROWS));
    }

    /**
     * Reads and checks a list in a file (XLSX or CSV, a header row naming the columns) for the
     * teacher's own class; writes nothing.
     *
     * @throws SpreadsheetException when the file is not a readable table at all
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public Preview preview(long classId, String fileName, byte[] data) {
        access.changeable(classId);
        return reader(classId).read(classId, fileName, Spreadsheets.read(fileName, data, MAX_ROWS));
    }

    private StudentListReader reader(long classId) {
        return new StudentListReader(validator, Year.now(clock), inClass(classId));
    }

    private List<Holder> inClass(long classId) {
        List<Long> ids = jdbc.sql("SELECT person_id FROM class_student WHERE class_id = ?")
                .param(classId)
                .query(Long.class)
                .list();
        return people.holdersOf(ids);
    }

    /**
     * Enrols every student of a preview without problems, all or none: each becomes a person of the
     * class's commune with a student login, in the class. Returns their login cards (with the new
     * passwords, shown this once), in the list's order. Refused when the class has had the same
     * list before, or has meanwhile got a student the list names again.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public List<LoginCard> enrol(Preview preview) {
        SchoolClass found = access.changeable(preview.classId());
        if (!preview.enrollable()) {
            throw new EnrolmentRefused(preview.problems());
        }
        // one list at a time per class: a second tap or tab waits here, then finds the first's work
        jdbc.sql("SELECT id FROM school_class WHERE id = ? FOR UPDATE")
                .param(found.id())
                .query(Long.class)
                .single();
        boolean sentBefore = jdbc.sql("SELECT COUNT(*) FROM class_enrolment WHERE class_id = ? AND list_sha256 = ?")
                        .params(found.id(), preview.fingerprint())
                        .query(Long.class)
                        .single()
                > 0;
        if (sentBefore) {
            throw new EnrolmentRefused(
                    List.of(new Problem(1, null, "classes.enrol.problem.already-enrolled", List.of())));
        }
        List<Problem> problems = StudentListReader.duplicates(preview.students(), inClass(found.id()));
        if (!problems.isEmpty()) {
            throw new EnrolmentRefused(problems);
        }
        List<LoginCard> made = new ArrayList<>();
        for (ListedStudent student : preview.students()) {
            Person person =
                    people.registerStudent(found.communeId(), student.fullName(), student.birthYear(), student.phone());
            joining.add(found.id(), person.getId());
            made.add(cards.created(
                    person.getFullName(),
                    accounts.createStudentLogin(person.getId(), person.getFullName(), person.getPhone())));
        }
        jdbc.sql("INSERT INTO class_enrolment (class_id, account_id, list_sha256, students, enrolled_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        found.id(),
                        currentUser.get().map(u -> u.getAccountId()).orElse(0L),
                        preview.fingerprint(),
                        preview.students().size(),
                        Timestamp.from(clock.instant()))
                .update();
        return made;
    }

    /**
     * A new password on a new login card for a student of the teacher's own class who forgot theirs
     * (the card shows it, as a first card does); the old password, earlier cards and the student's
     * open sessions stop working, and the reset is recorded. Only for a learner-only account.
     *
     * @throws vn.kynangso.security.AccountException CARD_NOT_FOR_STAFF for any other account, NO_LOGIN
     *     for a student without one
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public LoginCard resetPassword(long classId, long personId) {
        access.changeable(classId);
        Holder student = inClass(classId).stream()
                .filter(h -> h.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a student of this class"));
        return cards.created(student.fullName(), accounts.resetStudentPassword(personId));
    }

    /** Cards just made by {@link #enrol}, as an A4 sheet to print (their passwords are on them). */
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public byte[] sheet(long classId, List<LoginCard> made, Locale locale) {
        return cards.sheet(made, access.changeable(classId).name(), locale);
    }

    /**
     * The login cards of every student of the teacher's own class, by name, as an A4 sheet: each with
     * a fresh one-time link (the student's earlier links stop working) and no password (it is not
     * kept). A student whose account can do more than learn gets no card (a card signs in without a
     * password).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public byte[] classCards(long classId, Locale locale) {
        SchoolClass found = access.changeable(classId);
        Collator byName = Collator.getInstance(TranslationProvider.VIETNAMESE);
        List<LoginCard> printed = new ArrayList<>();
        inClass(classId).stream()
                .sorted(Comparator.comparing(Holder::fullName, byName))
                .filter(student -> accounts.cardAllowed(student.personId()))
                .forEach(student -> accounts.loginOfPerson(student.personId())
                        .ifPresentOrElse(
                                login -> printed.add(cards.again(
                                        student.fullName(),
                                        login,
                                        accounts.newStudentLoginLink(student.personId())
                                                .orElseThrow())),
                                () -> printed.add(cards.created(
                                        student.fullName(),
                                        accounts.createStudentLogin(student.personId(), student.fullName(), null)))));
        return cards.sheet(printed, found.name(), locale);
    }
}
