package vn.thidua.bench.gen;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import vn.thidua.bench.Fold;

/**
 * 300 accounts at SCALE=1 (at least 10): provincial officers and leaders at the province, branch officers and
 * leaders at the branches (busier branches get more officers); the first is always a provincial officer at the root,
 * the second a branch officer. All share one bcrypt hash of the bench password.
 */
public final class UserGenerator implements RecordGenerator {
    @Override
    public String name() {
        return "users";
    }

    @Override
    public long baseCount() {
        return 300;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"user_account"};
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        long n = ctx.scaled(baseCount(), 10);
        long id = ctx.nextId("user_account");
        Random r = ctx.random;
        Set<String> usernames = new HashSet<>();
        try (BatchInsert ins = new BatchInsert(ctx.conn, "user_account", "id", "username", "password_hash",
                "full_name", "full_name_folded", "email", "phone", "role", "org_unit_id", "active", "version",
                "created_at", "updated_at")) {
            for (long i = 0; i < n; i++) {
                boolean female = r.nextInt(100) < 62; // the association's officers are mostly women
                String name = Vn.fullName(r, female);
                String role;
                long unit;
                int k = r.nextInt(100);
                // the first two are always there, whatever the scale: a provincial officer at the root (the
                // docx scenario files the provincial report as one) and a branch officer (the create scenario)
                if (i == 0) {
                    k = 0;
                } else if (i == 1) {
                    k = 99;
                }
                if (i == 0) {
                    role = "PROVINCIAL_OFFICER";
                    unit = ctx.rootId;
                } else if (k < 8) {
                    role = "PROVINCIAL_OFFICER";
                    unit = r.nextBoolean() ? ctx.rootId : ctx.units.get(r.nextInt(4)).id();
                } else if (k < 11) {
                    role = "LEADER";
                    unit = ctx.rootId;
                } else {
                    role = k < 20 ? "LEADER" : "BRANCH_OFFICER";
                    unit = ctx.branchOn(GenContext.REFORM_DAY, r).id();
                }
                String username = username(name, usernames);
                ins.row(id, username, ctx.passwordHash, name, Fold.fold(name), username + "@tayninh.chuthapdo.vn",
                        Vn.phone(r), role, unit, true, 0, ctx.now, ctx.now);
                ctx.userIds.add(id++);
                ctx.fullNames.put(username, name);
                if (role.endsWith("_OFFICER")) {
                    ctx.officerNames.add(username);
                }
                if (role.equals("PROVINCIAL_OFFICER")) {
                    ctx.reviewerNames.add(username);
                }
            }
            return ins.rows();
        }
    }

    /** Vietnamese office style: given name + initials of family and middle names ("lannt"), numbered when taken. */
    private static String username(String fullName, Set<String> taken) {
        String[] p = Fold.fold(fullName).split(" ");
        StringBuilder b = new StringBuilder(p[p.length - 1]);
        for (int i = 0; i < p.length - 1; i++) {
            b.append(p[i].charAt(0));
        }
        String base = b.toString();
        String u = base;
        for (int i = 2; !taken.add(u); i++) {
            u = base + i;
        }
        return u;
    }
}
