package vn.thidua.bench.gen;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.thidua.bench.Db;

/** What the generators share: the connection, the scale, a seeded random, and what earlier generators made. */
public final class GenContext {
    /**
     * The five years of records: 15/12/2021 (start of the 2022 reporting year, Decree 09/2019) to 26/11/2026
     * (the 2026 year still open).
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(2021, 12, 15);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 26);
    /** The day the new communes took over from the districts and their communes. */
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    public final Connection conn;
    public final double scale;
    public final Random random;
    public final String passwordHash;
    public final Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    public long rootId;

    /** Every generated org unit, in insertion order (parents first). */
    public final List<Unit> units = new ArrayList<>();
    /** Branches that own records before the reform (the old communes) and after it (the new communes). */
    public final List<Unit> oldBranches = new ArrayList<>();
    public final List<Unit> newBranches = new ArrayList<>();
    public final List<Unit> districts = new ArrayList<>();
    public final List<Long> userIds = new ArrayList<>();
    /** Usernames of the generated branch and provincial officers (the records' {@code created_by}). */
    public final List<String> officerNames = new ArrayList<>();
    /** Usernames of the provincial officers (the records' {@code reviewed_by}). */
    public final List<String> reviewerNames = new ArrayList<>();
    /** Full names of the generated users by username (the nomination timeline's {@code actor_name}). */
    public final Map<String, String> fullNames = new HashMap<>();
    /** The generated movements (for plans, nominations and reports). */
    public final List<Movement> movements = new ArrayList<>();
    /** Ids other generators may refer to (e.g. "movement", "nomination"), filled by the generator that owns them. */
    public final Map<String, List<Long>> ids = new HashMap<>();

    private Zipf oldZipf;
    private Zipf newZipf;

    public record Unit(long id, String code, String name, String level, Long parentId, LocalDate validFrom,
                       LocalDate validTo, Long successorId) {
    }

    public record Movement(long id, String kind, LocalDate start, LocalDate end) {
        /** Running at some day of [from, to]. */
        public boolean overlaps(LocalDate from, LocalDate to) {
            return !start.isAfter(to) && (end == null || !end.isBefore(from));
        }
    }

    /** Whether the unit is valid on that day. */
    public static boolean validOn(Unit u, LocalDate day) {
        return !u.validFrom().isAfter(day) && (u.validTo() == null || !u.validTo().isBefore(day));
    }

    /** Today (the records' last day at most): nothing generated happens after it. */
    public LocalDate today() {
        return now.toLocalDateTime().toLocalDate();
    }

    /**
     * A moment of office hours (08:00–17:00 Asia/Ho_Chi_Minh) of {@code day}, in UTC as the backend stores
     * instants, so that {@code date(at)} is the Vietnamese day; never after now.
     */
    public Timestamp officeTime(LocalDate day, Random r) {
        Timestamp ts = Timestamp.valueOf(day.atTime(1, 0).plusSeconds(r.nextInt(9 * 3600)));
        return ts.after(now) ? now : ts;
    }

    GenContext(Connection conn, double scale, long seed, String passwordHash) {
        this.conn = conn;
        this.scale = scale;
        this.random = new Random(seed);
        this.passwordHash = passwordHash;
    }

    /** The count at this scale (at least {@code min}). */
    public long scaled(long base, long min) {
        return Math.max(min, Math.round(base * scale));
    }

    public long nextId(String table) throws SQLException {
        return Db.scalarLong(conn, "select coalesce(max(id), 0) + 1 from " + table);
    }

    /**
     * The branch that owns a record dated {@code day}: a commune valid that day, Zipf-skewed so that a few
     * branches are far busier than the rest (the order of branches is shuffled once, so "busy" is not "first").
     */
    public Unit branchOn(LocalDate day, Random r) {
        if (day.isBefore(REFORM_DAY)) {
            if (oldZipf == null) {
                oldZipf = new Zipf(oldBranches.size(), 1.0);
            }
            return oldBranches.get(oldZipf.next(r));
        }
        if (newZipf == null) {
            newZipf = new Zipf(newBranches.size(), 1.0);
        }
        return newBranches.get(newZipf.next(r));
    }

    /**
     * {@code n} uniformly random days of the five years, sorted: records are generated (and their ids given) in
     * date order, as they are entered, so the date and scope indexes grow at their ends instead of at random
     * pages (which keeps a million-row load inside a small buffer pool).
     */
    public LocalDate[] sortedDays(long n, Random r) {
        long first = FIRST_DAY.toEpochDay();
        int span = (int) (LAST_DAY.toEpochDay() - first + 1);
        int[] perDay = new int[span];
        for (long i = 0; i < n; i++) {
            perDay[(int) (r.nextDouble() * span)]++;
        }
        LocalDate[] out = new LocalDate[(int) n];
        int k = 0;
        for (int d = 0; d < span; d++) {
            LocalDate day = LocalDate.ofEpochDay(first + d);
            for (int j = 0; j < perDay[d]; j++) {
                out[k++] = day;
            }
        }
        return out;
    }

    /** When a record of {@code day} was entered: that day or within three days after, never after now. */
    public Timestamp enteredOn(LocalDate day, Random r) {
        LocalDateTime t = day.atTime(7, 0).plusMinutes(r.nextInt(4 * 24 * 60 - 7 * 60));
        Timestamp ts = Timestamp.valueOf(t);
        return ts.after(now) ? now : ts;
    }

    /** A uniformly random day of the five years. */
    public LocalDate randomDay(Random r) {
        long span = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        return LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + (long) (r.nextDouble() * (span + 1)));
    }
}
