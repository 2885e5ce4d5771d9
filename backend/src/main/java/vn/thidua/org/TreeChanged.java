package vn.thidua.org;

/**
 * Fired inside the transaction that moved a unit, after the closure was recomputed: whatever is kept per subtree
 * (report.FigureTally) is rebuilt before the commit.
 */
public record TreeChanged() {
}
