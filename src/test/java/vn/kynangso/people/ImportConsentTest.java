package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.people.HouseholdImport.Column;
import vn.kynangso.people.HouseholdImport.Preview;
import vn.kynangso.people.HouseholdImport.Problem;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** An imported list carries a disability mark only with the household's consent, which is recorded with the file. */
class ImportConsentTest extends KaribuTest {

    private static final String HEADER = "Mã hộ,Thôn,Địa chỉ,Họ và tên,Năm sinh,Chủ hộ,Khuyết tật,Đồng ý\n";

    @Autowired
    HouseholdImport importer;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    ConsentService consents;

    @BeforeEach
    void signInAsTheCommuneAdmin() {
        ImportArea.ensure(places, accounts);
        login(ImportArea.ADMIN);
    }

    private Preview read(String name, String rows) {
        return importer.read(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8), null);
    }

    private Household imported(String address) {
        return people.householdsIn(ImportArea.ensure(places, accounts).one()).stream()
                .filter(h -> h.getAddress().equals(address))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_disability_mark_without_consent_is_refused_with_its_reason() {
        Preview preview = read("khuyet-tat.csv", """
                K1,Thôn Một,Số 61,Đoàn Văn Một,1950,x,x,
                K1,Thôn Một,Số 61,Đoàn Thị Hai,1952,,x,
                """);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems())
                .extracting(Problem::row, Problem::column, Problem::reason)
                .containsExactly(tuple(2, Column.DISABILITY, "disability-without-consent"));
    }

    @Test
    void imported_consent_is_recorded_as_coming_from_the_file_and_keeps_the_disability_mark() {
        Preview preview = read("dong-y.csv", """
                L1,Thôn Một,Số 71,Đoàn Văn Ba,1950,x,x,x
                L1,Thôn Một,Số 71,Đoàn Thị Tư,1952,,x,
                L2,Thôn Một,Số 72,Đoàn Văn Năm,1960,x,,Đoàn Thị Sáu
                L3,Thôn Một,Số 73,Đoàn Văn Bảy,1961,x,,
                """);
        assertThat(preview.problems()).isEmpty();
        importer.commit(preview);

        Household ba = imported("Số 71");
        assertThat(households.priority(ba.getId()).disability()).isTrue();
        assertThat(consents.of(ba.getId()))
                .extracting(Consent::purpose, Consent::givenBy, Consent::method, Consent::sourceNote)
                .containsExactlyInAnyOrder(
                        tuple(ConsentPurpose.LEARNING, "Đoàn Văn Ba", Consent.Method.IMPORT, "dong-y.csv"),
                        tuple(ConsentPurpose.DISABILITY, "Đoàn Văn Ba", Consent.Method.IMPORT, "dong-y.csv"));
        assertThat(consents.of(imported("Số 72").getId()))
                .extracting(Consent::purpose, Consent::givenBy)
                .containsExactly(tuple(ConsentPurpose.LEARNING, "Đoàn Thị Sáu"));
        assertThat(consents.of(imported("Số 73").getId())).isEmpty();
    }
}
