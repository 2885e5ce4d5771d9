package vn.thidua.bench.gen;

/**
 * Nominations over the four categories with their histories (each step with actor, time, comment), most reaching RECOGNIZED or beyond, owned by ctx.branchOn(day); put their ids in ctx.ids.put("nomination", ...) for activities and communications to refer to.
 * Skipped until the nominations feature adds its table (the generator runs as soon as `nomination` exists, so fill in
 * {@link #generate} together with the feature's migration: use a {@link BatchInsert}, ctx.randomDay(r) and
 * ctx.branchOn(day, r), and return the rows written).
 */
public final class NominationGenerator implements RecordGenerator {
    @Override
    public String name() {
        return "nominations";
    }

    @Override
    public long baseCount() {
        return 50_000;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"nomination"};
    }

    @Override
    public long generate(GenContext ctx) {
        // The nominations feature fills this in; until then nothing is written.
        System.out.println("  nominations: table exists but the generator is not written yet (bench/java/.../gen/NominationGenerator.java)");
        return 0;
    }
}
