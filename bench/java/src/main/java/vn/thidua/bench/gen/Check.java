package vn.thidua.bench.gen;

import java.sql.Timestamp;
import java.util.Random;
import vn.thidua.bench.Fold;

/**
 * The checking columns of a generated activity or communication output (docs/activities.md): most records
 * VERIFIED by a provincial officer a few days after entry, the rest SUBMITTED (the recent ones mostly), about
 * 3 % FLAGGED with the reviewer's comment; {@code created_by} a generated officer's username.
 */
record Check(String status, String comment, String reviewer, Timestamp reviewedAt, String createdBy,
             Timestamp updatedAt) {
    private static final String[] COMMENTS = {"Đề nghị bổ sung số người hưởng lợi.",
        "Giá trị quà tặng chưa khớp với biên bản, đề nghị kiểm tra lại.", "Thiếu ảnh minh chứng hoạt động.",
        "Ngày tổ chức chưa đúng, đề nghị điều chỉnh."};

    static Check of(GenContext ctx, Timestamp entered, Random r) {
        String by = ctx.officerNames.isEmpty() ? "admin" : ctx.officerNames.get(r.nextInt(ctx.officerNames.size()));
        String reviewer = ctx.reviewerNames.isEmpty() ? "admin"
                : ctx.reviewerNames.get(r.nextInt(ctx.reviewerNames.size()));
        long ageDays = (ctx.now.getTime() - entered.getTime()) / 86_400_000L;
        int k = r.nextInt(100);
        if (k < 3) {
            Timestamp at = later(ctx, entered, r);
            return new Check("FLAGGED", Vn.pick(r, COMMENTS), reviewer, at, by, at);
        }
        // a record older than two months is verified four times in five; a recent one a third of the time
        if (k < (ageDays > 60 ? 83 : 36)) {
            Timestamp at = later(ctx, entered, r);
            return new Check("VERIFIED", null, reviewer, at, by, at);
        }
        return new Check("SUBMITTED", null, null, null, by, entered);
    }

    private static Timestamp later(GenContext ctx, Timestamp entered, Random r) {
        Timestamp t = new Timestamp(entered.getTime() + (1 + r.nextInt(10 * 24 * 60)) * 60_000L);
        return t.after(ctx.now) ? ctx.now : t;
    }

    /** search_folded as the services write it (Scoped.folded): the non-null parts, space-joined, folded, ≤ 700. */
    static String folded(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(sb.isEmpty() ? "" : " ").append(p);
            }
        }
        String f = Fold.fold(sb.toString());
        return f.length() > 700 ? f.substring(0, 700) : f;
    }
}
