package vn.thidua.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The report records of the API. */
public final class ReportDtos {
    private ReportDtos() {
    }

    public record Narrative(@Size(max = 100000) String results, @Size(max = 100000) String limitations,
                            @Size(max = 100000) String lessons, @Size(max = 100000) String directions,
                            @Size(max = 100000) String proposals) {
        static final Narrative EMPTY = new Narrative(null, null, null, null, null);
    }

    public record ReportCreate(@NotNull Long orgUnitId, @NotBlank @Size(max = 10) String period,
                               @Valid Narrative narrative, @Size(max = 150) String signerName,
                               @Size(max = 150) String signerTitle, @Size(max = 30) String signerPrefix,
                               @Size(max = 30) List<@NotBlank @Size(max = 200) String> recipients) {
    }

    public record ReportUpdate(@NotNull @Valid Narrative narrative, @Size(max = 150) String signerName,
                               @Size(max = 150) String signerTitle, @Size(max = 30) String signerPrefix,
                               @Size(max = 30) List<@NotBlank @Size(max = 200) String> recipients) {
    }

    public record TransitionRequest(@NotNull ReportAction action, @Size(max = 4000) String comment) {
    }

    public record ChildReport(long orgUnitId, String name, Long reportId, ReportStatus status) {
    }

    public record Consolidation(List<ChildReport> children, List<String> missing) {
    }

    public record ReportView(Long id, Long orgUnitId, String orgUnitName, String period, LocalDate periodFrom,
                             LocalDate periodTo, ReportStatus status, Narrative narrative, List<String> recipients,
                             String documentNumber, LocalDate issuedOn, String signerName, String signerTitle,
                             String signerPrefix, Figures figures, boolean figuresFrozen, Instant figuresFrozenAt,
                             long changedSinceSnapshot, Consolidation consolidation, List<ReportAction> allowedActions,
                             Instant submittedAt, Instant approvedAt, Instant sentAt, long version,
                             Instant createdAt, Instant updatedAt) {
    }

    public record ReportSummary(Long id, Long orgUnitId, String orgUnitName, String period, ReportStatus status,
                                String documentNumber, Instant submittedAt, Instant approvedAt, Instant sentAt,
                                long version, Instant updatedAt) {
    }

    public record HistoryEntry(Long id, ReportAction action, ReportStatus fromStatus, ReportStatus toStatus,
                               String actor, Instant at, String comment) {
    }

    public record PeriodView(String code, String kind, LocalDate from, LocalDate to) {
    }

    public record CompletenessRow(long orgUnitId, String name, String level, Long reportId, String state,
                                  Instant submittedAt, Boolean onTime) {
    }

    public record Completeness(long parentOrgUnitId, String period, LocalDate deadline,
                               List<CompletenessRow> items, java.util.Map<String, Long> counts) {
    }

    /** A unit subtree's figures per calendar month of a period (the dashboard's activities per month). */
    public record MonthlyFigures(long orgUnitId, String orgUnitName, String period, LocalDate from, LocalDate to,
                                 List<MonthFigures> months) {
    }

    /** One month: {@code 2020-12}, its days inside the period, values keyed {@code <section>.<column>}. */
    public record MonthFigures(String month, LocalDate from, LocalDate to, Map<String, Long> values) {
    }
}
