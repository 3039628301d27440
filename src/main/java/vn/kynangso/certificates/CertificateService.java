package vn.kynangso.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.PublicUrl;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.Certificate.Kind;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonErased;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.HouseholdCovered;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * Issues certificates as courses are completed and households covered (in the same transaction,
 * one per learner per course version, one per household), draws them as PDFs on request, answers
 * the public verification page, and lets admins revoke.
 */
@Service
public class CertificateService {

    private static final String COLUMNS = "id, code, kind, person_id, household_id, course_code, holder_name,"
            + " birth_year, title_vi, title_en, skill, credit_hours, completed_on, place_id, commune_name, province_name,"
            + " commune_id, province_id, issued_at, revoked_at, revoke_reason, holder_erased_at";

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final PeopleService people;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;
    private final Clock clock;
    private final PublicUrl publicUrl;
    /**
     * Drawers, each used by one thread at a time (a font in use keeps state while a document is
     * written): a few, as many as can run at once, instead of one per request thread.
     */
    private final java.util.concurrent.BlockingQueue<CertificatePdf> drawers =
            new java.util.concurrent.LinkedBlockingQueue<>();

    private final java.util.concurrent.Semaphore drawerSlots =
            new java.util.concurrent.Semaphore(2 * Runtime.getRuntime().availableProcessors());

    CertificateService(
            JdbcClient jdbc,
            CatalogService catalog,
            PeopleService people,
            PlaceService places,
            CurrentUser currentUser,
            TranslationProvider translations,
            Clock clock,
            PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.people = people;
        this.places = places;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** A course completed: its certificate, once per learner and course version. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CourseCompleted event) {
        PeopleService.Holder holder = people.holder(event.personId()).orElseThrow();
        CourseContent course = catalog.version(event.courseVersionId()).content();
        Issuer issuer = issuerOf(holder.placeId());
        jdbc.sql("INSERT IGNORE INTO certificate (code, kind, person_id, course_version_id, course_code, holder_name,"
                        + " birth_year, title_vi, title_en, skill, credit_hours, completed_on, place_id, commune_name,"
                        + " province_name, commune_id, province_id, issued_at)"
                        + " VALUES (?, 'COURSE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        CertificateCodes.next(),
                        event.personId(),
                        event.courseVersionId(),
                        event.courseCode(),
                        holder.fullName(),
                        holder.birthYear(),
                        course.title().vi(),
                        course.title().en(),
                        event.skill() == null ? null : event.skill().name(),
                        event.category() == CourseCategory.OFFICIAL ? course.creditHours() : null,
                        LocalDate.ofInstant(event.at(), zone()),
                        holder.placeId(),
                        issuer.communeName(),
                        issuer.provinceName(),
                        issuer.communeId(),
                        issuer.provinceId(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** A household covered: its "digital household" certificate, once. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(HouseholdCovered event) {
        PeopleService.HouseholdHolder holder =
                people.householdHolder(event.householdId()).orElseThrow();
        Issuer issuer = issuerOf(holder.hamletId());
        jdbc.sql("INSERT IGNORE INTO certificate (code, kind, household_id, holder_name, title_vi, title_en,"
                        + " completed_on, place_id, commune_name, province_name, commune_id, province_id, issued_at)"
                        + " VALUES (?, 'HOUSEHOLD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        CertificateCodes.next(),
                        event.householdId(),
                        holder.headName(),
                        holder.address(),
                        holder.address(),
                        LocalDate.ofInstant(event.at(), zone()),
                        holder.hamletId(),
                        issuer.communeName(),
                        issuer.provinceName(),
                        issuer.communeId(),
                        issuer.provinceId(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * A person's data was erased: their certificates (and their household's, when it named them or
     * nobody named is left) keep their code, course and date and stay verifiable, but no longer say
     * who holds them. Runs in the erasing transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        Timestamp at = Timestamp.from(event.at());
        jdbc.sql("UPDATE certificate SET holder_name = '', birth_year = NULL, holder_erased_at = ? WHERE person_id = ?")
                .params(at, event.personId())
                .update();
        if (event.householdId() != null && (event.wasHead() || event.householdEmptied())) {
            // a household's certificate names its head and, as its title, its address
            jdbc.sql("UPDATE certificate SET holder_name = '', holder_erased_at = ?"
                            + (event.householdEmptied() ? ", title_vi = '', title_en = ''" : "")
                            + " WHERE household_id = ? AND kind = 'HOUSEHOLD'")
                    .params(at, event.householdId())
                    .update();
        }
    }

    /** The signed-in learner's certificates, and their household's. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Certificate> mine() {
        Long person = currentUser.get().flatMap(SignedInUser::getPersonId).orElse(null);
        if (person == null) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM certificate WHERE person_id = ?"
                                + " OR household_id = (SELECT household_id FROM person WHERE id = ?) ORDER BY issued_at DESC, id")
                .params(person, person)
                .query(CertificateService::row)
                .list();
    }

    /**
     * A certificate as a one-page PDF in Vietnamese or English: for its holder (a household's for
     * every member), or the team and admins of its area (to print).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long certificateId, Locale locale) {
        Certificate certificate = byId(certificateId).orElseThrow(() -> new AccessDeniedException("certificate"));
        checkMayRead(certificate);
        return draw(certificate, locale);
    }

    /**
     * Draws a certificate for a print job whose area was checked when it started (the job runs on
     * its own threads, without a signed-in person).
     */
    CertificateBatch.Drawn drawForBatch(Certificate certificate, Locale locale) {
        String name = certificate.holderName().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-"
                + certificate.code().substring(0, 5) + ".pdf";
        return new CertificateBatch.Drawn(name, draw(certificate, locale));
    }

    /** Certificates by id, in that order, in one read (a print job's next slice). */
    List<Certificate> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Certificate> found = new java.util.HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id IN (:ids)")
                .param("ids", ids)
                .query(CertificateService::row)
                .list()
                .forEach(c -> found.put(c.id(), c));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private byte[] draw(Certificate certificate, Locale locale) {
        drawerSlots.acquireUninterruptibly();
        CertificatePdf drawer = drawers.poll();
        try {
            if (drawer == null) {
                drawer = new CertificatePdf();
            }
            return drawer.render(content(certificate, TranslationProvider.supported(locale)));
        } finally {
            if (drawer != null) {
                drawers.offer(drawer);
            }
            drawerSlots.release();
        }
    }

    /** What the public verification page shows for what someone typed or scanned. */
    @Transactional(readOnly = true)
    public Verification verify(String typed) {
        Optional<String> code = CertificateCodes.normalize(typed);
        if (code.isEmpty()) {
            return new Verification(Verification.Status.MALFORMED, null);
        }
        return byCode(code.get())
                .map(c -> new Verification(c.isRevoked() ? Verification.Status.REVOKED : Verification.Status.VALID, c))
                .orElseGet(() -> new Verification(Verification.Status.UNKNOWN, null));
    }

    /** Revokes a certificate of the admin's area, with the reason the verification page will show. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void revoke(String typedCode, String reason) {
        Certificate certificate = CertificateCodes.normalize(typedCode)
                .flatMap(this::byCode)
                .orElseThrow(() -> new AccessDeniedException("certificate"));
        if (!inMyArea(certificate)) {
            throw new AccessDeniedException("certificate outside the area");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        jdbc.sql("UPDATE certificate SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ?"
                        + " AND revoked_at IS NULL")
                .params(
                        Timestamp.from(clock.instant()),
                        currentUser.require().getAccountId(),
                        reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip(),
                        certificate.id())
                .update();
    }

    /**
     * Valid certificates issued in a commune of the admin's area that name their holder: those a
     * print job makes (a certificate whose holder's data was erased is not printed).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public long countValidIn(long communeId) {
        if (!places.isWithin(communeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("commune outside the area");
        }
        return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE commune_id = ? AND revoked_at IS NULL"
                        + " AND holder_erased_at IS NULL")
                .param(communeId)
                .query(Long.class)
                .single();
    }

    /** Whether the signed-in admin may revoke this certificate. */
    @Transactional(readOnly = true)
    public boolean mayRevoke(Certificate certificate) {
        return currentUser
                        .get()
                        .filter(u -> u.hasRole(Roles.COMMUNE_ADMIN) || u.hasRole(Roles.PROVINCE_ADMIN))
                        .isPresent()
                && inMyArea(certificate);
    }

    /** The address a certificate's QR code opens. */
    public String verifyUrl(String code) {
        return publicUrl.of("/verify/" + code);
    }

    /** The code as people read and type it: five groups. */
    public static String display(String code) {
        return CertificateCodes.display(code);
    }

    /** The verification result: valid, revoked, unknown or not a code at all. */
    public record Verification(Status status, @Nullable Certificate certificate) {
        public enum Status {
            VALID,
            REVOKED,
            UNKNOWN,
            MALFORMED
        }
    }

    CertificatePdf.Content content(Certificate c, Locale locale) {
        boolean household = c.kind() == Kind.HOUSEHOLD;
        String completed = t(
                locale,
                "cert.date",
                c.completedOn().getDayOfMonth(),
                c.completedOn().getMonthValue(),
                c.completedOn().getYear());
        String extra;
        if (household) {
            extra = c.titleVi();
        } else if (c.creditHours() != null) {
            extra = t(locale, "cert.extra.hours", c.creditHours());
        } else if (c.skill() != null
                && !t(locale, "skill." + c.skill().name() + ".name").equalsIgnoreCase(c.title(locale))) {
            extra = t(locale, "cert.extra.skill", t(locale, "skill." + c.skill().name() + ".name"));
        } else {
            extra = "";
        }
        String place = c.communeName() != null ? c.communeName() : c.issuer();
        String holder = c.isHolderErased() ? t(locale, "cert.holder-erased") : c.holderName();
        return new CertificatePdf.Content(
                t(locale, "cert.heading1"),
                t(locale, "cert.heading2"),
                t(locale, "cert.title"),
                t(locale, household ? "cert.subtitle.household" : "cert.subtitle.course"),
                t(locale, household ? "cert.presented.household" : "cert.presented"),
                holder,
                household
                        ? t(locale, "cert.household.since", completed)
                        : (c.birthYear() == null ? "" : t(locale, "cert.birth-year", String.valueOf(c.birthYear()))),
                t(locale, household ? "cert.achievement.household" : "cert.achievement.course"),
                household ? t(locale, "cert.household.five-skills") : c.title(locale),
                household ? extra : extra + (extra.isEmpty() ? "" : " · ") + t(locale, "cert.completed-on", completed),
                t(locale, "cert.issuer", c.issuer()),
                t(locale, "cert.place-date", place, completed),
                t(locale, "cert.signatory"),
                t(locale, "cert.code-label"),
                display(c.code()),
                t(locale, "cert.verify-label"),
                verifyUrl(c.code()),
                t(locale, "cert.document-title", holder),
                locale.getLanguage());
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private void checkMayRead(Certificate certificate) {
        SignedInUser user = currentUser.require();
        Long me = user.getPersonId().orElse(null);
        boolean holder = me != null
                && (me.equals(certificate.personId())
                        || (certificate.householdId() != null
                                && jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ? AND household_id = ?")
                                                .params(me, certificate.householdId())
                                                .query(Long.class)
                                                .single()
                                        > 0));
        if (!holder && !inMyArea(certificate)) {
            throw new AccessDeniedException("certificate of someone else");
        }
    }

    private boolean inMyArea(Certificate certificate) {
        return currentUser
                .get()
                .map(u -> places.isWithin(certificate.placeId(), u.getAreaPlaceIds()))
                .orElse(false);
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE code = ?")
                .param(code)
                .query(CertificateService::row)
                .optional();
    }

    private Optional<Certificate> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = ?")
                .param(id)
                .query(CertificateService::row)
                .optional();
    }

    private record Issuer(
            @Nullable String communeName,
            @Nullable String provinceName,
            @Nullable Long communeId,
            @Nullable Long provinceId) {}

    /**
     * Issuers by place: a place's commune and province hardly ever change, and finding them walks the
     * tree, which would otherwise add milliseconds to every completion. A rename shows within minutes.
     */
    private final com.github.benmanes.caffeine.cache.Cache<Long, Issuer> issuers =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .expireAfterWrite(java.time.Duration.ofMinutes(10))
                    .maximumSize(20_000)
                    .build();

    private Issuer issuerOf(long placeId) {
        return issuers.get(placeId, this::findIssuer);
    }

    private Issuer findIssuer(long placeId) {
        List<PlaceService.PlaceName> chain = places.chainOf(placeId);
        PlaceService.PlaceName commune = chain.stream()
                .filter(p -> p.level() == PlaceLevel.COMMUNE)
                .findFirst()
                .orElse(null);
        PlaceService.PlaceName province = chain.stream()
                .filter(p -> p.level() == PlaceLevel.PROVINCE)
                .findFirst()
                .orElse(null);
        return new Issuer(
                commune == null ? null : commune.name(),
                province == null ? null : province.name(),
                commune == null ? null : commune.id(),
                province == null ? null : province.id());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static Certificate row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Timestamp erased = rs.getTimestamp("holder_erased_at");
        String skill = rs.getString("skill");
        return new Certificate(
                rs.getLong("id"),
                rs.getString("code"),
                Kind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("person_id", Long.class),
                (Long) rs.getObject("household_id", Long.class),
                rs.getString("course_code"),
                rs.getString("holder_name"),
                (Integer) rs.getObject("birth_year", Integer.class),
                rs.getString("title_vi"),
                rs.getString("title_en"),
                skill == null ? null : Skill.valueOf(skill),
                (Integer) rs.getObject("credit_hours", Integer.class),
                rs.getDate("completed_on").toLocalDate(),
                rs.getLong("place_id"),
                rs.getString("commune_name"),
                rs.getString("province_name"),
                (Long) rs.getObject("commune_id", Long.class),
                (Long) rs.getObject("province_id", Long.class),
                rs.getTimestamp("issued_at").toInstant(),
                revoked == null ? null : revoked.toInstant(),
                rs.getString("revoke_reason"),
                erased == null ? null : erased.toInstant());
    }
}
