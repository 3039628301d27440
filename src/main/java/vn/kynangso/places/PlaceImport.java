package vn.kynangso.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.Spreadsheets.Row;
import vn.kynangso.base.Spreadsheets.Table;
import vn.kynangso.base.TextMatch;

/**
 * Imports part of the place tree from a list (CSV or XLSX: code, name, kind, parent code), e.g. a
 * commune's hamlets or a province's communes after a reorganisation. Every row is checked first
 * (preview with every problem); then everything is added in one transaction, or nothing. A code
 * already known with the same parent is renamed if the name changed, else left as it is.
 */
@Service
public class PlaceImport {

    public static final int MAX_ROWS = 20_000;

    private final PlaceService places;
    private final PlaceRepository repository;

    PlaceImport(PlaceService places, PlaceRepository repository) {
        this.places = places;
        this.repository = repository;
    }

    public enum Column {
        CODE(true, "ma", "ma so", "ma dia danh", "code"),
        NAME(true, "ten", "ten dia danh", "name"),
        KIND(false, "loai", "cap", "kind", "type"),
        PARENT(false, "ma cap tren", "thuoc", "ma don vi cap tren", "parent", "parent code");

        private final boolean required;
        private final Set<String> aliases;

        Column(boolean required, String... aliases) {
            this.required = required;
            this.aliases = Set.of(aliases);
        }

        public String translationKey() {
            return "place-import.column." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A problem in the file; translated under {@code place-import.problem.<reason>}. */
    public record Problem(int row, @Nullable Column column, String reason, List<String> args) {}

    public record NewPlace(
            int row,
            String code,
            String name,
            PlaceKind kind,
            @Nullable String parentCode) {}

    public record Rename(int row, long placeId, String code, String oldName, String newName) {}

    public record Preview(
            String fileName,
            int rows,
            List<NewPlace> added,
            List<Rename> renamed,
            int unchanged,
            List<Problem> problems,
            Map<Column, String> headers,
            Map<Integer, List<String>> rejectedRows) {

        public boolean importable() {
            return problems.isEmpty() && (!added.isEmpty() || !renamed.isEmpty());
        }
    }

    /** Reads and checks a list of places. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Preview read(String fileName, byte[] data) {
        Table table = Spreadsheets.read(fileName, data, MAX_ROWS);
        Map<Column, Integer> columns = table.columns(Column.class, c -> c.aliases);
        Map<Column, String> headers = table.headersOf(columns);
        List<Problem> problems = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(new Problem(1, column, "missing-column", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            return new Preview(fileName, table.rows().size(), List.of(), List.of(), 0, problems, headers, Map.of());
        }

        record Parsed(
                int row,
                String code,
                String name,
                @Nullable PlaceKind kind,
                @Nullable String parent) {}
        Map<String, Parsed> byCode = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            String code = cell(row, columns, Column.CODE);
            String name = cell(row, columns, Column.NAME).replaceAll("\\s+", " ");
            String parent = cell(row, columns, Column.PARENT);
            String kindText = cell(row, columns, Column.KIND);
            if (code.isEmpty()) {
                problems.add(new Problem(row.number(), Column.CODE, "no-code", List.of()));
            } else if (code.length() > 32) {
                problems.add(new Problem(row.number(), Column.CODE, "too-long", List.of("32")));
            }
            if (name.isEmpty()) {
                problems.add(new Problem(row.number(), Column.NAME, "no-name", List.of()));
            } else if (name.length() > 200) {
                problems.add(new Problem(row.number(), Column.NAME, "too-long", List.of("200")));
            }
            PlaceKind kind = kindText.isEmpty() ? kindFromName(name, !parent.isEmpty()) : kindOf(kindText);
            if (kind == null) {
                problems.add(
                        kindText.isEmpty()
                                ? new Problem(row.number(), Column.KIND, "no-kind", List.of(name))
                                : new Problem(row.number(), Column.KIND, "unknown-kind", List.of(kindText)));
            }
            if (!code.isEmpty()) {
                Parsed earlier = byCode.putIfAbsent(
                        code, new Parsed(row.number(), code, name, kind, parent.isEmpty() ? null : parent));
                if (earlier != null) {
                    problems.add(new Problem(
                            row.number(), Column.CODE, "duplicate-code", List.of(code, String.valueOf(earlier.row()))));
                }
            }
        }

        List<NewPlace> added = new ArrayList<>();
        List<Rename> renamed = new ArrayList<>();
        int unchanged = 0;
        for (Parsed p : byCode.values()) {
            if (p.kind() == null || p.name().isEmpty()) {
                continue;
            }
            PlaceLevel parentLevel;
            Long parentId = null;
            if (p.parent() == null) {
                problems.add(new Problem(p.row(), Column.PARENT, "no-parent", List.of()));
                continue;
            }
            Parsed parentInFile = byCode.get(p.parent());
            Optional<Place> parentKnown = repository.findByCode(p.parent());
            if (parentInFile != null && parentInFile.kind() != null) {
                parentLevel = parentInFile.kind().level();
                parentId = parentKnown.map(Place::getId).orElse(null);
            } else if (parentKnown.isPresent()) {
                parentLevel = parentKnown.get().getLevel();
                parentId = parentKnown.get().getId();
                if (!places.mayAddUnder(parentId)) {
                    problems.add(new Problem(p.row(), Column.PARENT, "parent-outside-area", List.of(p.parent())));
                    continue;
                }
            } else {
                problems.add(new Problem(p.row(), Column.PARENT, "unknown-parent", List.of(p.parent())));
                continue;
            }
            if (p.kind().level().ordinal() <= parentLevel.ordinal()) {
                problems.add(new Problem(p.row(), Column.KIND, "wrong-level", List.of(p.parent())));
                continue;
            }
            Optional<Place> existing = repository.findByCode(p.code());
            if (existing.isPresent()) {
                Place place = existing.get();
                if (parentId == null || !parentId.equals(place.getParentId())) {
                    problems.add(new Problem(p.row(), Column.PARENT, "moved", List.of(p.code(), place.getName())));
                } else if (!places.mayChange(place.getId())) {
                    problems.add(new Problem(p.row(), Column.CODE, "outside-area", List.of(p.code())));
                } else if (place.getName().equals(p.name())) {
                    unchanged++;
                } else {
                    renamed.add(new Rename(p.row(), place.getId(), p.code(), place.getName(), p.name()));
                }
            } else {
                added.add(new NewPlace(p.row(), p.code(), p.name(), p.kind(), p.parent()));
            }
        }
        Set<Integer> badRows = new HashSet<>();
        problems.forEach(p -> badRows.add(p.row()));
        Map<Integer, List<String>> rejected = new HashMap<>();
        table.rows().stream()
                .filter(r -> badRows.contains(r.number()))
                .forEach(r -> rejected.put(r.number(), r.cells()));
        List<Problem> sorted =
                problems.stream().sorted(Comparator.comparingInt(Problem::row)).toList();
        added.sort(Comparator.comparing((NewPlace n) -> n.kind().level()).thenComparingInt(NewPlace::row));
        return new Preview(
                fileName,
                table.rows().size(),
                sorted.isEmpty() ? List.copyOf(added) : List.of(),
                sorted.isEmpty() ? List.copyOf(renamed) : List.of(),
                unchanged,
                sorted,
                Map.copyOf(headers),
                Map.copyOf(rejected));
    }

    /** Adds and renames everything in the preview in one transaction: all of it, or nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public int commit(Preview preview) {
        if (!preview.importable()) {
            throw new IllegalStateException("preview has problems");
        }
        Map<String, Long> ids = new HashMap<>();
        for (NewPlace place : preview.added()) { // parents first: sorted by level
            Long parentId = place.parentCode() == null
                    ? null
                    : Optional.ofNullable(ids.get(place.parentCode()))
                            .orElseGet(() -> repository
                                    .findByCode(place.parentCode())
                                    .map(Place::getId)
                                    .orElseThrow(() -> new PlaceException(PlaceException.Reason.OUTSIDE_AREA)));
            ids.put(
                    place.code(),
                    places.create(parentId, place.kind(), place.name(), place.code())
                            .getId());
        }
        for (Rename rename : preview.renamed()) {
            places.update(rename.placeId(), rename.newName(), rename.code());
        }
        return preview.added().size() + preview.renamed().size();
    }

    private static String cell(Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static final Map<String, PlaceKind> KIND_WORDS = Map.ofEntries(
            Map.entry("tinh", PlaceKind.PROVINCE),
            Map.entry("thanh pho truc thuoc trung uong", PlaceKind.CITY),
            Map.entry("huyen", PlaceKind.DISTRICT),
            Map.entry("quan", PlaceKind.URBAN_DISTRICT),
            Map.entry("thi xa", PlaceKind.TOWN),
            Map.entry("xa", PlaceKind.COMMUNE),
            Map.entry("phuong", PlaceKind.WARD),
            Map.entry("dac khu", PlaceKind.SPECIAL_ZONE),
            Map.entry("thon", PlaceKind.VILLAGE),
            Map.entry("lang", PlaceKind.VILLAGE),
            Map.entry("xom", PlaceKind.VILLAGE),
            Map.entry("ap", PlaceKind.HAMLET),
            Map.entry("ban", PlaceKind.MOUNTAIN_VILLAGE),
            Map.entry("to dan pho", PlaceKind.RESIDENTIAL_GROUP),
            Map.entry("khu pho", PlaceKind.RESIDENTIAL_GROUP),
            Map.entry("to", PlaceKind.RESIDENTIAL_GROUP),
            Map.entry("khu", PlaceKind.RESIDENTIAL_GROUP));

    /** "Thôn", "xã", "Tổ dân phố", or the kind's own name (VILLAGE). */
    static @Nullable PlaceKind kindOf(String text) {
        String folded = TextMatch.fold(text);
        if (folded.equals("thanh pho")) {
            return PlaceKind.CITY;
        }
        PlaceKind kind = KIND_WORDS.get(folded);
        if (kind != null) {
            return kind;
        }
        for (PlaceKind candidate : PlaceKind.values()) {
            if (candidate.name().replace('_', ' ').equalsIgnoreCase(folded)) {
                return candidate;
            }
        }
        return null;
    }

    /** The kind a name starts with: "Thôn Đông" → village; "Thành phố …" is a city at the top, else a town. */
    static @Nullable PlaceKind kindFromName(String name, boolean hasParent) {
        String folded = TextMatch.fold(name);
        if (folded.startsWith("thanh pho ")) {
            return hasParent ? PlaceKind.TOWN : PlaceKind.CITY;
        }
        PlaceKind best = null;
        int bestLength = 0;
        for (Map.Entry<String, PlaceKind> entry : KIND_WORDS.entrySet()) {
            String word = entry.getKey() + " ";
            if (folded.startsWith(word) && word.length() > bestLength) {
                best = entry.getValue();
                bestLength = word.length();
            }
        }
        return best;
    }
}
