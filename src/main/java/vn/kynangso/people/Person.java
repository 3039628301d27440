package vn.kynangso.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A learner: a household member, a student or an official. {@code placeId} is where they belong
 * (a resident's hamlet, an official's commune).
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "household_id")
    private @Nullable Long householdId;

    @Column(name = "place_id", nullable = false)
    private Long placeId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "birth_year")
    private @Nullable Integer birthYear;

    private @Nullable String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the person was anonymised at their request; nothing in this row names them after. */
    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    @Version
    private long version;

    protected Person() {
        this.placeId = 0L;
        this.fullName = "";
        this.createdAt = Instant.EPOCH;
    }

    Person(
            @Nullable Long householdId,
            Long placeId,
            String fullName,
            @Nullable Integer birthYear,
            @Nullable String phone,
            Instant createdAt) {
        this.householdId = householdId;
        this.placeId = placeId;
        this.fullName = fullName;
        this.birthYear = birthYear;
        this.phone = phone;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return Objects.requireNonNull(id, "person not saved yet");
    }

    public @Nullable Long getHouseholdId() {
        return householdId;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public String getFullName() {
        return fullName;
    }

    public @Nullable Integer getBirthYear() {
        return birthYear;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Makes a person registered without a household (a student) a member of one, living in its hamlet. */
    void joinHousehold(long householdId, long hamletId) {
        this.householdId = householdId;
        this.placeId = hamletId;
    }

    /** Corrects what the person asked to have corrected. */
    void correct(String fullName, @Nullable Integer birthYear, @Nullable String phone) {
        this.fullName = fullName;
        this.birthYear = birthYear;
        this.phone = phone;
    }

    /** Replaces everything that names or reaches the person. */
    void erase(String placeholder, Instant at) {
        this.fullName = placeholder;
        this.birthYear = null;
        this.phone = null;
        this.erasedAt = at;
    }
}
