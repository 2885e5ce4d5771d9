package vn.thidua.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.thidua.report.FigureTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The half-month tallies of activities (table {@code activity_tally}, V7__activity_tally.sql), and with them the
 * figure tallies per period ({@link FigureTally}): count and sums per
 * unit, half-month, type and status (each key spread over up to {@link FigureTally#STRIPES} rows that the readers
 * sum), changed in the same transaction as the activity itself. A list's totals row and
 * the report figures read them for the whole half-months of their range and the records only for the partial
 * half-months at its edges, so a district-year costs a few thousand rows instead of ~70,000.
 */
@ApplicationScoped
public class ActivityTally {
    /** One tally key and its values: what one activity adds (or, negated, removes). */
    record Entry(long orgUnitId, LocalDate day, LocalDate bucket, String type, String status, long records,
                 long participants, long beneficiaries, long giftCount, long giftCashVnd, long giftInKindVnd) {
        Entry negate() {
            return new Entry(orgUnitId, day, bucket, type, status, -records, -participants, -beneficiaries,
                    -giftCount, -giftCashVnd, -giftInKindVnd);
        }

        String key() {
            return orgUnitId + "|" + bucket + "|" + type + "|" + status;
        }
    }

    /** A date range split into whole half-months (read from the tallies) and the days at its edges (read raw). */
    public record Split(LocalDate tallyFrom, LocalDate tallyTo, List<LocalDate[]> rawRanges) {
        public boolean usesTally() {
            return tallyFrom != null;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    FigureTally figureTally;

    /** The first day of the half-month of {@code day}: the 1st or the 15th. */
    public static LocalDate bucketOf(LocalDate day) {
        return day.getDayOfMonth() < 15 ? day.withDayOfMonth(1) : day.withDayOfMonth(15);
    }

    /** The last day of the half-month that starts on {@code bucket}. */
    static LocalDate bucketEnd(LocalDate bucket) {
        return bucket.getDayOfMonth() == 1 ? bucket.withDayOfMonth(14) : bucket.withDayOfMonth(bucket.lengthOfMonth());
    }

    /**
     * Splits [from, to] (either may be null: open) into the whole half-months inside it — tally buckets whose start
     * lies in [tallyFrom, tallyTo] — and the raw day ranges left at its edges. Without any whole half-month inside,
     * the whole range is raw.
     */
    public static Split split(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? null
                : bucketOf(from).equals(from) ? from : bucketEnd(bucketOf(from)).plusDays(1);
        LocalDate lastStart;
        if (to == null) {
            lastStart = null;
        } else {
            LocalDate b = bucketOf(to);
            lastStart = bucketEnd(b).equals(to) ? b : bucketOf(b.minusDays(1));
        }
        if (first != null && lastStart != null && lastStart.isBefore(first)) {
            List<LocalDate[]> all = new ArrayList<>();
            all.add(new LocalDate[]{from, to});
            return new Split(null, null, all);
        }
        List<LocalDate[]> raw = new ArrayList<>();
        if (from != null && first.isAfter(from)) {
            raw.add(new LocalDate[]{from, first.minusDays(1)});
        }
        if (to != null && bucketEnd(lastStart).isBefore(to)) {
            raw.add(new LocalDate[]{bucketEnd(lastStart).plusDays(1), to});
        }
        // open ends: the tally range is open too (LocalDate.MIN/MAX stand for "no bound")
        return new Split(first == null ? LocalDate.of(1900, 1, 1) : first,
                lastStart == null ? LocalDate.of(9999, 12, 1) : lastStart, raw);
    }

    static Entry of(Activity a) {
        return new Entry(a.orgUnitId, a.startDate, bucketOf(a.startDate), a.type.name(), a.status.name(), 1, n(a.participants),
                n(a.beneficiaries), n(a.giftCount), n(a.giftCashVnd), n(a.giftInKindVnd));
    }

    private static long n(Number v) {
        return v == null ? 0 : v.longValue();
    }

    /**
     * Moves an activity's contribution from {@code before} to {@code after} (either null for a create or a delete),
     * in one stripe of each key ({@link FigureTally#stripe}; the readers sum a key's stripes). Call it last in the
     * transaction: the tally rows stay locked only until the commit. Keys are written in a fixed
     * order so two transactions moving records between the same keys cannot deadlock.
     */
    void change(Entry before, Entry after) {
        figureTally.change(ActivityFigures.SECTION, ActivityFigures.facts(before), ActivityFigures.facts(after));
        List<Entry> entries = new ArrayList<>(2);
        if (before != null) {
            entries.add(before.negate());
        }
        if (after != null) {
            entries.add(after);
        }
        if (before != null && after != null && before.key().equals(after.key())) {
            Entry d = new Entry(after.orgUnitId(), after.day(), after.bucket(), after.type(), after.status(), 0,
                    after.participants() - before.participants(), after.beneficiaries() - before.beneficiaries(),
                    after.giftCount() - before.giftCount(), after.giftCashVnd() - before.giftCashVnd(),
                    after.giftInKindVnd() - before.giftInKindVnd());
            if (d.participants() == 0 && d.beneficiaries() == 0 && d.giftCount() == 0 && d.giftCashVnd() == 0
                    && d.giftInKindVnd() == 0) {
                return;
            }
            // mutable: the sort below would throw on List.of (every edit that kept its key and changed a sum was a 500)
            entries = new ArrayList<>(List.of(d));
        }
        entries.sort(Comparator.comparing(Entry::key));
        int stripe = FigureTally.stripe();
        for (Entry e : entries) {
            em.createNativeQuery("insert into activity_tally (org_unit_id, bucket, type, status, stripe, records,"
                            + " participants, beneficiaries, gift_count, gift_cash_vnd, gift_in_kind_vnd)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) on duplicate key update"
                            + " records = records + values(records), participants = participants + values(participants),"
                            + " beneficiaries = beneficiaries + values(beneficiaries),"
                            + " gift_count = gift_count + values(gift_count),"
                            + " gift_cash_vnd = gift_cash_vnd + values(gift_cash_vnd),"
                            + " gift_in_kind_vnd = gift_in_kind_vnd + values(gift_in_kind_vnd)")
                    .setParameter(1, e.orgUnitId()).setParameter(2, e.bucket()).setParameter(3, e.type())
                    .setParameter(4, e.status()).setParameter(5, stripe).setParameter(6, e.records())
                    .setParameter(7, e.participants()).setParameter(8, e.beneficiaries()).setParameter(9, e.giftCount())
                    .setParameter(10, e.giftCashVnd()).setParameter(11, e.giftInKindVnd()).executeUpdate();
        }
    }
}
