package vn.kynangso.privacy;

import static vn.kynangso.privacy.MyData.field;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Text;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.learning.LearningRecords;
import vn.kynangso.officials.TrainingStanding;
import vn.kynangso.people.Consent;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.FlagAccess;
import vn.kynangso.people.FlagAccessLog;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.people.PersonalDataService.Subject;
import vn.kynangso.privacy.MyData.Entry;
import vn.kynangso.privacy.MyData.Key;
import vn.kynangso.privacy.MyData.Section;
import vn.kynangso.security.AccountRecords;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.visits.Visit;
import vn.kynangso.visits.VisitService;

/**
 * "My data": everything the app holds about the signed-in person, gathered from every feature
 * through its own service (each checks it is theirs), for the screen and as a downloadable file.
 */
@Service
public class MyDataService {

    private final AccountRecords accounts;
    private final PersonalDataService people;
    private final HouseholdService households;
    private final ConsentService consents;
    private final FlagAccessLog flagLog;
    private final LearningRecords learning;
    private final CertificateService certificates;
    private final VisitService visits;
    private final TrainingStanding officials;
    private final DataRequestService requests;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    MyDataService(
            AccountRecords accounts,
            PersonalDataService people,
            HouseholdService households,
            ConsentService consents,
            FlagAccessLog flagLog,
            LearningRecords learning,
            CertificateService certificates,
            VisitService visits,
            TrainingStanding officials,
            DataRequestService requests,
            TranslationProvider translations,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.households = households;
        this.consents = consents;
        this.flagLog = flagLog;
        this.learning = learning;
        this.certificates = certificates;
        this.visits = visits;
        this.officials = officials;
        this.requests = requests;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything held about the signed-in person; sections with nothing in them are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyData mine() {
        List<Section> sections = new ArrayList<>();
        accounts.mine()
                .ifPresent(a -> add(
                        sections,
                        "account",
                        List.of(Entry.of(
                                field("my-data.account.login", a.login()),
                                field("my-data.account.name", a.displayName()),
                                field(
                                        "my-data.account.roles",
                                        a.roles().stream()
                                                .map(r -> new Key("role." + r))
                                                .toList()),
                                field("my-data.account.created", a.createdAt()),
                                field("my-data.account.last-login", a.lastLoginAt()),
                                field("my-data.account.language", new Key("language." + a.language())),
                                field("my-data.account.enabled", a.enabled())))));
        Optional<Subject> me = people.me();
        me.ifPresent(p -> add(
                sections,
                "profile",
                List.of(Entry.of(
                        field("my-data.profile.name", p.fullName()),
                        field("my-data.profile.birth-year", p.birthYear()),
                        field("my-data.profile.phone", p.phone()),
                        field("my-data.profile.place", p.placeName()),
                        field("my-data.profile.registered", p.registeredAt())))));
        if (me.isPresent() && me.get().householdId() != null) {
            household(sections, me.get());
        }
        learning(sections);
        add(
                sections,
                "certificates",
                certificates.mine().stream()
                        .map(c -> Entry.of(
                                field("my-data.certificate.code", CertificateService.display(c.code())),
                                field(
                                        "my-data.certificate.title",
                                        c.kind() == Certificate.Kind.HOUSEHOLD
                                                ? new Key("certificates.household")
                                                : new Text(c.titleVi(), c.titleEn())),
                                field("my-data.certificate.name", c.holderName()),
                                field("my-data.certificate.completed", c.completedOn()),
                                field("my-data.certificate.issuer", c.issuer()),
                                field("my-data.certificate.revoked", c.revokedAt())))
                        .toList());
        add(
                sections,
                "help",
                accounts.myHelpSessions().stream()
                        .map(h -> Entry.of(
                                field("my-data.help.helper", h.helper()),
                                field("my-data.help.from", h.startedAt()),
                                field("my-data.help.to", h.endedAt())))
                        .toList());
        add(
                sections,
                "evaluations",
                officials.myClosedYears().entrySet().stream()
                        .map(y -> Entry.of(
                                field("my-data.evaluation.year", String.valueOf(y.getKey())),
                                field("my-data.evaluation.name", y.getValue().name()),
                                field("my-data.evaluation.unit", y.getValue().unit()),
                                field(
                                        "my-data.evaluation.result",
                                        new Key(y.getValue().statusKey())),
                                field("my-data.evaluation.hours", y.getValue().hours())))
                        .toList());
        add(
                sections,
                "requests",
                requests.mine().stream()
                        .map(r -> Entry.of(
                                field(
                                        "my-data.request.kind",
                                        new Key("data-request.kind." + r.kind().name())),
                                field("my-data.request.reason", r.reason()),
                                field("my-data.request.filed", r.filedAt()),
                                field("my-data.request.filed-by", r.filedBy()),
                                field(
                                        "my-data.request.status",
                                        new Key("data-request.status."
                                                + r.status().name())),
                                field("my-data.request.decided", r.decidedAt()),
                                field("my-data.request.decided-by", r.decidedBy()),
                                field("my-data.request.decision", r.decision())))
                        .toList());
        return new MyData(sections);
    }

    /**
     * The same data as a file: JSON, indented, labels and values in the person's language (and the
     * language switch of the screen), readable in any text editor.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] export(Locale locale) {
        MyDataFormat format = new MyDataFormat(
                (key, params) -> translations.getTranslation(key, locale, params), locale, clock.getZone());
        Map<String, Object> file = new LinkedHashMap<>();
        file.put(
                format.label("my-data.file.about"),
                translations.getTranslation(
                        "my-data.file.about.text",
                        locale,
                        currentUser.require().getDisplayName(),
                        format.text(clock.instant())));
        for (Section section : mine().sections()) {
            List<Map<String, String>> entries = new ArrayList<>();
            for (Entry entry : section.entries()) {
                Map<String, String> values = new LinkedHashMap<>();
                entry.fields().forEach(f -> values.put(format.label(f.labelKey()), format.text(f.value())));
                entries.add(values);
            }
            file.put(format.label(section.titleKey()), entries);
        }
        return json.writeValueAsBytes(file);
    }

    private void household(List<Section> sections, Subject me) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(
                field("my-data.household.address", me.address()), field("my-data.household.place", me.placeName())));
        people.myHouseholdMembers()
                .forEach(m -> entries.add(Entry.of(
                        field("my-data.household.member", m.fullName()),
                        field("my-data.household.birth-year", m.birthYear()),
                        field("my-data.household.head", m.head()))));
        add(sections, "household", entries);
        households
                .myPriority()
                .ifPresent(p -> add(
                        sections,
                        "priority",
                        List.of(Entry.of(
                                field("my-data.priority.elderly", p.elderly()),
                                field("my-data.priority.disability", p.disability()),
                                field(
                                        "my-data.priority.poverty",
                                        new Key("household.poverty."
                                                + p.poverty().name()))))));
        add(
                sections,
                "consents",
                consents.mine().stream().map(MyDataService::consent).toList());
        add(
                sections,
                "flag-log",
                flagLog.mine().stream().map(MyDataService::access).toList());
        add(
                sections,
                "visits",
                visits.myHouseholdVisits().stream().map(MyDataService::visit).toList());
    }

    private void learning(List<Section> sections) {
        LearningRecords.Records records = learning.mine();
        add(
                sections,
                "skills",
                records.skills().stream()
                        .map(s -> Entry.of(
                                field("my-data.skill.name", new Key(s.skill().nameKey())),
                                field("my-data.skill.since", s.since())))
                        .toList());
        add(
                sections,
                "courses",
                records.courses().stream()
                        .map(c -> Entry.of(
                                field("my-data.course.title", c.title()),
                                field("my-data.course.revision", c.revision()),
                                field(
                                        "my-data.course.status",
                                        new Key(c.status().key())),
                                field("my-data.course.started", c.startedAt()),
                                field("my-data.course.completed", c.completedAt()),
                                field("my-data.course.lessons", c.lessonsRead() + "/" + c.lessons()),
                                field("my-data.course.last-read", c.lastLessonReadAt()),
                                field("my-data.course.helped", c.lessonsHelped())))
                        .toList());
        List<Entry> attempts = new ArrayList<>();
        records.courses()
                .forEach(c -> c.attempts()
                        .forEach(a -> attempts.add(Entry.of(
                                field("my-data.attempt.course", c.title()),
                                field("my-data.attempt.number", a.number()),
                                field("my-data.attempt.started", a.startedAt()),
                                field("my-data.attempt.submitted", a.submittedAt()),
                                field(
                                        "my-data.attempt.score",
                                        a.score() == null
                                                ? null
                                                : a.score().stripTrailingZeros().toPlainString() + "/" + a.maxScore()),
                                field("my-data.attempt.passed", a.passed()),
                                field("my-data.attempt.helped", a.helped())))));
        add(sections, "attempts", attempts);
    }

    private static Entry consent(Consent c) {
        return Entry.of(
                field("my-data.consent.purpose", new Key(c.purpose().translationKey())),
                field("my-data.consent.given-by", c.givenBy()),
                field("my-data.consent.given", c.givenAt()),
                field("my-data.consent.recorded-by", c.recordedBy()),
                field(
                        "my-data.consent.method",
                        new Key("consent.method." + c.method().name())),
                field("my-data.consent.notice", c.noticeVersion()),
                field("my-data.consent.withdrawn", c.withdrawnAt()),
                field("my-data.consent.withdrawn-by", c.withdrawnBy()));
    }

    private static Entry access(FlagAccess a) {
        return Entry.of(
                field("my-data.flag-log.when", a.at()),
                field("my-data.flag-log.who", a.who()),
                field(
                        "my-data.flag-log.what",
                        a.isRead() && a.screen() != null
                                ? new Key("my-data.flag-log.read." + a.screen().name())
                                : new Key("my-data.flag-log.changed." + a.field())),
                field("my-data.flag-log.before", flagValue(a.field(), a.before())),
                field("my-data.flag-log.after", flagValue(a.field(), a.after())));
    }

    private static @Nullable Object flagValue(@Nullable String field, @Nullable String value) {
        if (field == null || value == null) {
            return null;
        }
        return "disability".equals(field)
                ? (Object) Boolean.parseBoolean(value)
                : new Key("household.poverty." + value);
    }

    private static Entry visit(Visit v) {
        return Entry.of(
                field("my-data.visit.date", v.visitedOn()),
                field("my-data.visit.visitor", v.visitor()),
                field(
                        "my-data.visit.outcome",
                        new Key("visit.outcome." + v.outcome().name())),
                field(
                        "my-data.visit.skills",
                        v.skills().stream().map(s -> new Key(s.nameKey())).toList()),
                field("my-data.visit.note", v.note()),
                field("my-data.visit.next", v.nextVisitOn()));
    }

    private static void add(List<Section> sections, String id, List<Entry> entries) {
        if (!entries.isEmpty()) {
            sections.add(new Section(id, "my-data.section." + id, entries));
        }
    }
}
