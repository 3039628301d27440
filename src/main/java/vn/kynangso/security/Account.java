package vn.kynangso.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A login: who may sign in, with which roles, for which places, and their display preferences. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id")
    private @Nullable Long personId;

    private @Nullable String username;

    private @Nullable String phone;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    /** Raised to end every session signed in before (password changed, account disabled). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** The password is still the one a login card showed (made by the app, not chosen by the person). */
    @Column(name = "card_password", nullable = false)
    private boolean cardPassword;

    /** When the person chose to go on signing in by card rather than choose a password of their own. */
    @Column(name = "card_prompt_declined_at")
    private @Nullable Instant cardPromptDeclinedAt;

    @Column(nullable = false)
    private String locale = "vi";

    @Column(name = "large_text")
    private boolean largeText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_area", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "place_id")
    private Set<Long> areaPlaceIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Account() {
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    Account(String displayName, String passwordHash, Instant createdAt) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getPersonId() {
        return personId;
    }

    void setPersonId(@Nullable Long personId) {
        this.personId = personId;
    }

    public @Nullable String getUsername() {
        return username;
    }

    void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void disable() {
        this.enabled = false;
        endSessions();
    }

    /** Whether the password is still the one printed on the person's login card. */
    public boolean hasCardPassword() {
        return cardPassword;
    }

    /** A password printed on a card (true: the person is asked to choose their own), or one they chose. */
    void setCardPassword(boolean cardPassword) {
        this.cardPassword = cardPassword;
        this.cardPromptDeclinedAt = null;
    }

    /** Whether the person said they go on signing in by card, since their card's password was set. */
    boolean declinedOwnPassword() {
        return cardPromptDeclinedAt != null;
    }

    void declineOwnPassword(Instant when) {
        this.cardPromptDeclinedAt = when;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Every session signed in so far ends at its next request. */
    void endSessions() {
        sessionEpoch++;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    public boolean isLargeText() {
        return largeText;
    }

    void setLargeText(boolean largeText) {
        this.largeText = largeText;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    void setRoles(Set<String> roles) {
        this.roles = new LinkedHashSet<>(roles);
    }

    /** The places this account works in (hamlets for team members, a commune, a province). */
    public Set<Long> getAreaPlaceIds() {
        return Set.copyOf(areaPlaceIds);
    }

    void setAreaPlaceIds(Set<Long> areaPlaceIds) {
        this.areaPlaceIds = new LinkedHashSet<>(areaPlaceIds);
    }

    /** What the person typed to sign in with: the username, or the phone number. */
    public String getLogin() {
        return username != null ? username : phone != null ? phone : "";
    }
}
