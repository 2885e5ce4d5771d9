package vn.thidua.activity;

import java.util.List;

/** The paging envelope plus the totals of the whole filtered set. */
public record ActivityPage(List<ActivityDto> items, int page, int size, long totalItems, ActivityTotals totals) {
}
