package vn.kynangso.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.Skill;

/** A certificate as issued (what it says never changes), and whether it has been revoked. */
public record Certificate(
        long id,
        String code,
        Kind kind,
        @Nullable Long personId,
        @Nullable Long householdId,
        @Nullable String courseCode,
        String holderName,
        @Nullable Integer birthYear,
        String titleVi,
        String titleEn,
        @Nullable Skill skill,
        @Nullable Integer creditHours,
        LocalDate completedOn,
        long placeId,
        @Nullable String communeName,
        @Nullable String provinceName,
        @Nullable Long communeId,
        @Nullable Long provinceId,
        Instant issuedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokeReason,
        @Nullable Instant holderErasedAt) {

    public enum Kind {
        /** A course completed (a skill course, an officials' course). */
        COURSE,
        /** A household covered: a member proficient in all five skills ("Hộ gia đình số"). */
        HOUSEHOLD
    }

    /** The course title (or a household's address) in the language the text shows in. */
    public String title(Locale locale) {
        return TranslationProvider.isEnglish(locale) ? titleEn : titleVi;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The holder had their data erased: the certificate stays valid and verifiable, naming nobody. */
    public boolean isHolderErased() {
        return holderErasedAt != null;
    }

    /** "Xã Tiên Du, Tỉnh Bắc Ninh": the commune and province that issued it. */
    public String issuer() {
        if (communeName == null) {
            return provinceName == null ? "" : provinceName;
        }
        return provinceName == null ? communeName : communeName + ", " + provinceName;
    }
}
