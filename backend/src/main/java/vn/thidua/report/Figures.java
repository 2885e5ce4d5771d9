package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a unit's subtree in a period: sections (each a table of rows by type, channel or category,
 * with a total) and the same headline numbers per child unit. Column and row keys are stable identifiers;
 * documents label them in the reader's language.
 */
public record Figures(long orgUnitId, String orgUnitName, String period, LocalDate from, LocalDate to,
                      Map<String, Section> sections, List<ChildRow> children) {

    /** rows: one per type/channel/category; columns: the keys of every row's values, in order. */
    public record Section(List<String> columns, List<Row> rows, Map<String, Long> total) {
    }

    public record Row(String key, Map<String, Long> values) {
    }

    /**
     * A child unit valid during the period, with its subtree's headline numbers: from its approved report's
     * frozen figures when there is one ({@code source = REPORT}), computed from the records otherwise
     * ({@code LIVE}).
     */
    public record ChildRow(long orgUnitId, String name, String level, LocalDate validTo, Map<String, Long> values,
                           String source, Long reportId, String reportStatus) {
    }
}
