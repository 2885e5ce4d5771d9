package vn.thidua.bench.gen;

/**
 * 6-month and annual reports ("2021S1", "2021", ...) for the branches valid in each period and the province, most APPROVED or SENT, with figures and narrative; the provincial annual reports are what the docx scenario exports.
 * Skipped until the reports feature adds its table (the generator runs as soon as `report` exists, so fill in
 * {@link #generate} together with the feature's migration: use a {@link BatchInsert}, ctx.randomDay(r) and
 * ctx.branchOn(day, r), and return the rows written).
 */
public final class ReportGenerator implements RecordGenerator {
    @Override
    public String name() {
        return "reports";
    }

    @Override
    public long baseCount() {
        return 5_000;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"report"};
    }

    @Override
    public long generate(GenContext ctx) {
        // The reports feature fills this in; until then nothing is written.
        System.out.println("  reports: table exists but the generator is not written yet (bench/java/.../gen/ReportGenerator.java)");
        return 0;
    }
}
