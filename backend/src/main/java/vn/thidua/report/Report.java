package vn.thidua.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.common.BaseEntity;

@Entity
@Table(name = "report")
public class Report extends BaseEntity {
    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "period_code", nullable = false, length = 10)
    public String periodCode;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportStatus status;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String results;
    @Column(columnDefinition = "MEDIUMTEXT")
    public String limitations;
    @Column(columnDefinition = "MEDIUMTEXT")
    public String lessons;
    @Column(columnDefinition = "MEDIUMTEXT")
    public String directions;
    @Column(columnDefinition = "MEDIUMTEXT")
    public String proposals;

    /** One recipient per line. */
    @Column(columnDefinition = "TEXT")
    public String recipients;

    @Column(name = "document_number", length = 40)
    public String documentNumber;

    @Column(name = "signer_name", length = 150)
    public String signerName;

    @Column(name = "signer_title", length = 150)
    public String signerTitle;

    @Column(name = "signer_prefix", length = 30)
    public String signerPrefix;

    @Column(name = "figures_json", columnDefinition = "LONGTEXT")
    public String figuresJson;

    @Column(name = "snapshot_at")
    public Instant snapshotAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "issued_on")
    public LocalDate issuedOn;
}
