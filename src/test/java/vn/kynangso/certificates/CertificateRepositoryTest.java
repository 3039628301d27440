package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.Certificate.Kind;

/** The certificate table read into records by column name: every column, nulls and all. */
class CertificateRepositoryTest extends CertificateKaribuTest {

    @Autowired
    CertificateRepository repository;

    @Test
    void every_column_is_read_into_the_record() {
        long person = newResident("Trần Thị Đủ Cột").personId();
        String code = CertificateCodes.next();
        Instant issued = Instant.parse("2026-11-25T03:04:05.123456Z");
        Instant revoked = Instant.parse("2026-12-01T10:00:00.000001Z");
        Instant erased = Instant.parse("2026-12-02T23:59:59.999999Z");
        jdbc.update(
                "INSERT INTO certificate (code, kind, person_id, course_version_id, course_code, holder_name, birth_year,"
                        + " title_vi, title_en, skill, credit_hours, completed_on, place_id, commune_name, province_name,"
                        + " commune_id, province_id, issued_at, revoked_at, revoked_by, revoke_reason, holder_erased_at)"
                        + " VALUES (?, 'COURSE', ?, 987654, 'khoa-hoc', 'Trần Thị Đủ Cột', 1971, 'Tiêu đề', 'Title',"
                        + " 'ONLINE_PAYMENT', 4, ?, 11, 'Xã A', 'Tỉnh B', 12, 13, ?, ?, 1, 'Lý do', ?)",
                code,
                person,
                Date.valueOf(LocalDate.of(2026, 11, 24)),
                Timestamp.from(issued),
                Timestamp.from(revoked),
                Timestamp.from(erased));
        long id = jdbc.queryForObject("SELECT id FROM certificate WHERE code = ?", Long.class, code);

        assertThat(repository.byCode(code))
                .contains(new Certificate(
                        id,
                        code,
                        Kind.COURSE,
                        person,
                        null,
                        "khoa-hoc",
                        "Trần Thị Đủ Cột",
                        1971,
                        "Tiêu đề",
                        "Title",
                        Skill.ONLINE_PAYMENT,
                        4,
                        LocalDate.of(2026, 11, 24),
                        11,
                        "Xã A",
                        "Tỉnh B",
                        12L,
                        13L,
                        issued,
                        revoked,
                        "Lý do",
                        erased));
    }

    @Test
    void a_household_certificate_reads_its_empty_columns_as_nulls() {
        long household = jdbc.queryForObject(
                "SELECT household_id FROM person WHERE id = ?",
                Long.class,
                newResident("Lê Văn Hộ").personId());
        String code = CertificateCodes.next();
        jdbc.update(
                "INSERT INTO certificate (code, kind, household_id, holder_name, title_vi, title_en, completed_on,"
                        + " place_id, issued_at) VALUES (?, 'HOUSEHOLD', ?, 'Lê Văn Hộ', 'Số 1', 'Số 1', ?, 11, ?)",
                code,
                household,
                Date.valueOf(LocalDate.of(2026, 10, 5)),
                Timestamp.from(Instant.parse("2026-10-05T02:30:00Z")));

        Certificate read = repository.byCode(code).orElseThrow();
        assertThat(read.kind()).isEqualTo(Kind.HOUSEHOLD);
        assertThat(read.householdId()).isEqualTo(household);
        assertThat(List.of(
                        read.personId() == null,
                        read.courseCode() == null,
                        read.birthYear() == null,
                        read.skill() == null,
                        read.creditHours() == null,
                        read.communeName() == null,
                        read.provinceName() == null,
                        read.communeId() == null,
                        read.provinceId() == null,
                        read.revokedAt() == null,
                        read.revokeReason() == null,
                        read.holderErasedAt() == null))
                .containsOnly(true);
        assertThat(read.issuer()).isEmpty();
    }

    @Test
    void certificates_by_id_come_back_in_the_order_asked_and_missing_ones_are_left_out() {
        Certificate first = passAndGetCertificate(newResident("Phan Văn Một"));
        Certificate second = passAndGetCertificate(newResident("Phan Văn Hai"));
        assertThat(repository.byIds(List.of(second.id(), -1L, first.id())))
                .extracting(Certificate::id)
                .containsExactly(second.id(), first.id());
        assertThat(repository.byIds(List.of())).isEmpty();
    }

    @Test
    void valid_course_codes_leave_out_revoked_certificates_and_people_not_asked_for() {
        Certificate kept = passAndGetCertificate(newResident("Đinh Văn Giữ"));
        Certificate revoked = passAndGetCertificate(newResident("Đinh Văn Thu Hồi"));
        Certificate other = passAndGetCertificate(newResident("Đinh Văn Khác"));
        jdbc.update(
                "UPDATE certificate SET revoked_at = ? WHERE id = ?", Timestamp.from(clock.instant()), revoked.id());

        assertThat(repository.validCourseCodesOf(List.of(kept.personId(), revoked.personId())))
                .containsExactly(Map.entry(kept.personId(), Map.of(COURSE, kept.code())));
        assertThat(repository.validCourseCodesOf(List.of(other.personId())))
                .containsExactly(Map.entry(other.personId(), Map.of(COURSE, other.code())));
        assertThat(repository.validCourseCodesOf(List.of())).isEmpty();
    }
}
