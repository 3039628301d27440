package vn.kynangso.visits;

/** What came of a visit. Translated under {@code visit.outcome.<NAME>}. */
public enum VisitOutcome {
    /** Guided someone through one or more skills. */
    HELPED,
    /** Nobody at home. */
    NOT_HOME,
    /** Not wanted now. */
    DECLINED,
    /** Started; needs another visit. */
    COME_BACK
}
