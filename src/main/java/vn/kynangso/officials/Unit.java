package vn.kynangso.officials;

/** A unit of a commune's officials: the People's Committee, one of its offices, a public service unit. */
public record Unit(long id, String name) {}
