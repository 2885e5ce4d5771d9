-- Evidence attachments (shared by every record type that has them) and nominations of exemplary examples.

-- File metadata only: the bytes live in AttachmentStorage (a folder by default), named by their sha256.
CREATE TABLE attachment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  owner_type    VARCHAR(30)  NOT NULL,
  owner_id      BIGINT       NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size          BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  has_thumbnail BOOLEAN      NOT NULL DEFAULT FALSE,
  created_by    VARCHAR(100) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  INDEX ix_attachment_owner (owner_type, owner_id, id),
  INDEX ix_attachment_sha (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomination (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  category              VARCHAR(30)  NOT NULL,
  nominee_type          VARCHAR(20)  NOT NULL,
  nominee_name          VARCHAR(200) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  gender                VARCHAR(10)  NULL,
  birth_year            INT          NULL,
  position              VARCHAR(200) NULL,
  workplace             VARCHAR(300) NULL,
  member_count          INT          NULL,
  contact               VARCHAR(200) NULL,
  field                 VARCHAR(200) NULL COLLATE utf8mb4_vietnamese_ci,
  movement_id           BIGINT       NULL,
  title                 VARCHAR(300) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  achievements          TEXT         NOT NULL,
  -- folded nominee name + title + achievements, for `q`
  search_folded         TEXT         NOT NULL,
  public_consent        BOOLEAN      NOT NULL DEFAULT FALSE,
  org_unit_id           BIGINT       NOT NULL,
  status                VARCHAR(20)  NOT NULL,
  submitted_on          DATE         NULL,
  honor_decision_number VARCHAR(50)  NULL,
  honor_decision_date   DATE         NULL,
  honor_form            VARCHAR(200) NULL,
  created_by            VARCHAR(100) NOT NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  created_at            DATETIME(6)  NOT NULL,
  updated_at            DATETIME(6)  NOT NULL,
  CONSTRAINT fk_nomination_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_nomination_movement FOREIGN KEY (movement_id) REFERENCES movement (id),
  -- the review queue: scope (closure join on org_unit_id) + status, newest first
  INDEX ix_nomination_org_status (org_unit_id, status, id),
  INDEX ix_nomination_status_submitted (status, submitted_on, id),
  INDEX ix_nomination_submitted (submitted_on, id),
  INDEX ix_nomination_movement (movement_id, id),
  -- the public showcase: honoured/replicated with consent, newest decision first
  INDEX ix_nomination_public (public_consent, status, honor_decision_date, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline in one table, in id order: the creation (CREATE), every workflow step (its action, from, to,
-- comment) and every edit between steps (EDIT, with the names of the changed fields; the values are in the
-- audit log).
CREATE TABLE nomination_event (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  nomination_id BIGINT       NOT NULL,
  action        VARCHAR(20)  NOT NULL,
  from_status   VARCHAR(20)  NULL,
  to_status     VARCHAR(20)  NULL,
  changed_fields VARCHAR(1000) NULL,
  actor         VARCHAR(100) NOT NULL,
  actor_name    VARCHAR(150) NULL,
  at            DATETIME(6)  NOT NULL,
  comment       TEXT         NULL,
  CONSTRAINT fk_nomination_event FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE,
  INDEX ix_nomination_event (nomination_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Units that adopted an honoured example [nhân rộng]; one row per REPLICATE action.
CREATE TABLE nomination_replication (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  nomination_id       BIGINT       NOT NULL,
  adopting_org_unit_id BIGINT      NULL,
  adopting_unit_name  VARCHAR(200) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  replicated_on       DATE         NOT NULL,
  notes               TEXT         NULL,
  created_by          VARCHAR(100) NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  CONSTRAINT fk_nomination_replication FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE,
  CONSTRAINT fk_nomination_replication_unit FOREIGN KEY (adopting_org_unit_id) REFERENCES org_unit (id),
  INDEX ix_nomination_replication (nomination_id, replicated_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
