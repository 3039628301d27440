package vn.kynangso.people;

/** A household's poverty status under the national standard; sensitive. */
public enum Poverty {
    NONE,
    NEAR_POOR,
    POOR
}
