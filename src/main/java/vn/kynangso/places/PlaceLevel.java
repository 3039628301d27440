package vn.kynangso.places;

/** The levels of the place tree, from the top. DISTRICT appears only in data from before July 2025. */
public enum PlaceLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    HAMLET
}
