package vn.kynangso.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A household (hộ gia đình) in a hamlet; the unit the coverage target counts. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "hamlet_id", nullable = false)
    private Long hamletId;

    @Column(nullable = false)
    private String address;

    @Column(name = "head_person_id")
    private @Nullable Long headPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A member lives with a disability. Sensitive. */
    private boolean disability;

    /** Sensitive. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Poverty poverty = Poverty.NONE;

    /** When one member became proficient in all five skills; written by {@link HouseholdSkillStore}. */
    @Column(name = "covered_at", insertable = false, updatable = false)
    private @Nullable Instant coveredAt;

    @Version
    private long version;

    protected Household() {
        this.hamletId = 0L;
        this.address = "";
        this.createdAt = Instant.EPOCH;
    }

    Household(Long hamletId, String address, Instant createdAt) {
        this.hamletId = hamletId;
        this.address = address;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return Objects.requireNonNull(id, "household not saved yet");
    }

    public Long getHamletId() {
        return hamletId;
    }

    public String getAddress() {
        return address;
    }

    public @Nullable Long getHeadPersonId() {
        return headPersonId;
    }

    /** Whether one member is proficient in all five skills ({@link CoverageRule}). */
    public boolean isCovered() {
        return coveredAt != null;
    }

    boolean hasDisability() {
        return disability;
    }

    Poverty poverty() {
        return poverty;
    }

    void setDisability(boolean disability) {
        this.disability = disability;
    }

    void setPoverty(Poverty poverty) {
        this.poverty = poverty;
    }

    void setHeadPersonId(Long headPersonId) {
        this.headPersonId = headPersonId;
    }

    void setAddress(String address) {
        this.address = address;
    }
}
