package vn.kynangso.places;

import java.util.Locale;

/** What a place is called locally; each kind belongs to one level. Translation key: {@code place.kind.<name>}. */
public enum PlaceKind {
    PROVINCE(PlaceLevel.PROVINCE), // tỉnh
    CITY(PlaceLevel.PROVINCE), // thành phố trực thuộc trung ương
    DISTRICT(PlaceLevel.DISTRICT), // huyện
    URBAN_DISTRICT(PlaceLevel.DISTRICT), // quận
    TOWN(PlaceLevel.DISTRICT), // thị xã, thành phố thuộc tỉnh
    COMMUNE(PlaceLevel.COMMUNE), // xã
    WARD(PlaceLevel.COMMUNE), // phường
    SPECIAL_ZONE(PlaceLevel.COMMUNE), // đặc khu
    VILLAGE(PlaceLevel.HAMLET), // thôn, làng
    HAMLET(PlaceLevel.HAMLET), // ấp
    MOUNTAIN_VILLAGE(PlaceLevel.HAMLET), // bản
    RESIDENTIAL_GROUP(PlaceLevel.HAMLET); // tổ dân phố, khu phố

    private final PlaceLevel level;

    PlaceKind(PlaceLevel level) {
        this.level = level;
    }

    public PlaceLevel level() {
        return level;
    }

    public String translationKey() {
        return "place.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
