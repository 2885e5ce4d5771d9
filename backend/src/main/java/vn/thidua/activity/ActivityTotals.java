package vn.thidua.activity;

/** The totals row of a filtered list: over the whole filtered set, not just the page. */
public record ActivityTotals(long records, long participants, long beneficiaries, long giftCount, long giftCashVnd,
                             long giftInKindVnd) {
    ActivityTotals plus(ActivityTotals o) {
        return new ActivityTotals(records + o.records, participants + o.participants, beneficiaries + o.beneficiaries,
                giftCount + o.giftCount, giftCashVnd + o.giftCashVnd, giftInKindVnd + o.giftInKindVnd);
    }
}
