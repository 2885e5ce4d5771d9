-- 6-month and annual reports: one per unit and period; the figures are frozen as a JSON snapshot on SUBMIT.
CREATE TABLE report (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  org_unit_id     BIGINT       NOT NULL,
  period_code     VARCHAR(10)  NOT NULL,
  period_year     INT          NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  results         MEDIUMTEXT   NULL,
  limitations     MEDIUMTEXT   NULL,
  lessons         MEDIUMTEXT   NULL,
  directions      MEDIUMTEXT   NULL,
  proposals       MEDIUMTEXT   NULL,
  recipients      TEXT         NULL,
  document_number VARCHAR(40)  NULL,
  signer_name     VARCHAR(150) NULL,
  signer_title    VARCHAR(150) NULL,
  signer_prefix   VARCHAR(30)  NULL,
  figures_json    LONGTEXT     NULL,
  snapshot_at     DATETIME(6)  NULL,
  submitted_at    DATETIME(6)  NULL,
  approved_at     DATETIME(6)  NULL,
  sent_at         DATETIME(6)  NULL,
  issued_on       DATE         NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uk_report_unit_period UNIQUE (org_unit_id, period_code),
  CONSTRAINT fk_report_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  INDEX ix_report_period_status (period_code, status),
  INDEX ix_report_updated (updated_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_transition (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT       NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  from_status VARCHAR(20)  NOT NULL,
  to_status   VARCHAR(20)  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  at          DATETIME(6)  NOT NULL,
  comment     TEXT         NULL,
  CONSTRAINT fk_report_transition_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE,
  INDEX ix_report_transition (report_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
