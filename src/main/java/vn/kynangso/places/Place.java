package vn.kynangso.places;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A node of the place tree: a province, (old) district, commune/ward/special zone, or hamlet. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceKind kind;

    private @Nullable String code;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Place() {
        this.level = PlaceLevel.HAMLET;
        this.kind = PlaceKind.VILLAGE;
        this.name = "";
    }

    Place(@Nullable Long parentId, PlaceKind kind, String name, @Nullable String code) {
        this.parentId = parentId;
        this.level = kind.level();
        this.kind = kind;
        this.name = name;
        this.code = code;
    }

    public Long getId() {
        return Objects.requireNonNull(id, "place not saved yet");
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public PlaceLevel getLevel() {
        return level;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public @Nullable String getCode() {
        return code;
    }

    void rename(String name, @Nullable String code) {
        this.name = name;
        this.code = code;
    }

    /** The full local name as people write it, e.g. "Xã Tiên Du", "Thôn Đông". */
    public String getName() {
        return name;
    }
}
