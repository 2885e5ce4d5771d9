package vn.thidua.bench.gen;

/**
 * One record type of the data set. A feature that adds a table adds (or fills in) its generator here and lists
 * it in {@link Generate#GENERATORS}, after the generators whose rows it refers to.
 */
public interface RecordGenerator {
    /** Short name printed in the load summary, e.g. "activities". */
    String name();

    /** Rows wanted at SCALE=1 (the main table's rows); the context scales it. */
    long baseCount();

    /** The tables this generator needs; when one is missing the generator is skipped (its feature is not built yet). */
    String[] requiredTables();

    /** Inserts the rows; returns the number of rows written (all tables together). */
    long generate(GenContext ctx) throws Exception;
}
