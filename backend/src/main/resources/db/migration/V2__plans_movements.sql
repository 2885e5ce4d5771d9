-- Plans [kế hoạch], emulation movements [phong trào thi đua] and unit registrations [đăng ký thi đua],
-- and the document number sequences of Decree 30/2020 (restart at 1 each year per issuing unit).

CREATE TABLE movement (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                  VARCHAR(30)  NOT NULL,
  name                  VARCHAR(300) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  name_folded           VARCHAR(300) NOT NULL,
  kind                  VARCHAR(20)  NOT NULL,
  launched_by           VARCHAR(200) NULL COLLATE utf8mb4_vietnamese_ci,
  launching_org_unit_id BIGINT NULL,
  tied_to_movement_id   BIGINT NULL,
  start_date            DATE NOT NULL,
  end_date              DATE NULL,
  description           TEXT NULL,
  criteria              TEXT NULL,
  status                VARCHAR(20)  NOT NULL,
  version               BIGINT NOT NULL DEFAULT 0,
  created_at            DATETIME(6) NOT NULL,
  updated_at            DATETIME(6) NOT NULL,
  CONSTRAINT uk_movement_code UNIQUE (code),
  CONSTRAINT fk_movement_launching_unit FOREIGN KEY (launching_org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_movement_tied_to FOREIGN KEY (tied_to_movement_id) REFERENCES movement (id),
  -- the list: year window on start/end, newest first, optionally by status or kind
  INDEX ix_movement_start (start_date, id),
  INDEX ix_movement_status_start (status, start_date, id),
  INDEX ix_movement_kind_start (kind, start_date, id),
  INDEX ix_movement_folded (name_folded),
  INDEX ix_movement_tied_to (tied_to_movement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One registration per unit and movement.
CREATE TABLE movement_registration (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  movement_id   BIGINT NOT NULL,
  org_unit_id   BIGINT NOT NULL,
  registered_on DATE NOT NULL,
  commitments   TEXT NOT NULL,
  version       BIGINT NOT NULL DEFAULT 0,
  created_at    DATETIME(6) NOT NULL,
  updated_at    DATETIME(6) NOT NULL,
  CONSTRAINT uk_registration_movement_unit UNIQUE (movement_id, org_unit_id),
  CONSTRAINT fk_registration_movement FOREIGN KEY (movement_id) REFERENCES movement (id),
  CONSTRAINT fk_registration_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  INDEX ix_registration_unit (org_unit_id, movement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_target (
  registration_id BIGINT NOT NULL,
  position        INT NOT NULL,
  name            VARCHAR(200) NOT NULL,
  target_value    DOUBLE NOT NULL,
  unit            VARCHAR(50) NULL,
  PRIMARY KEY (registration_id, position),
  CONSTRAINT fk_target_registration FOREIGN KEY (registration_id) REFERENCES movement_registration (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Next number per (issuing unit, year, kind of document, e.g. KH). Incremented under a row lock
-- (select ... for update) in the issuing transaction, so numbers have no gaps and no duplicates.
CREATE TABLE document_sequence (
  org_unit_id BIGINT NOT NULL,
  year        INT NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  next_value  INT NOT NULL,
  PRIMARY KEY (org_unit_id, year, kind),
  CONSTRAINT fk_docseq_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  number              VARCHAR(40) NULL,
  number_year         INT NULL,
  number_seq          INT NULL,
  issued_on           DATE NULL,
  issuing_org_unit_id BIGINT NOT NULL,
  year                INT NOT NULL,
  title               VARCHAR(500) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  title_folded        VARCHAR(500) NOT NULL,
  purposes            TEXT NULL,
  contents            MEDIUMTEXT NULL,
  forms               TEXT NULL,
  implementation      TEXT NULL,
  signer_name         VARCHAR(150) NULL,
  signer_title        VARCHAR(150) NULL,
  signer_prefix       VARCHAR(50) NULL,
  status              VARCHAR(20) NOT NULL,
  version             BIGINT NOT NULL DEFAULT 0,
  created_at          DATETIME(6) NOT NULL,
  updated_at          DATETIME(6) NOT NULL,
  -- a number is never given twice by one unit in one year (NULL while a draft)
  CONSTRAINT uk_plan_number UNIQUE (issuing_org_unit_id, number_year, number_seq),
  CONSTRAINT fk_plan_unit FOREIGN KEY (issuing_org_unit_id) REFERENCES org_unit (id),
  INDEX ix_plan_year (year, id),
  INDEX ix_plan_folded (title_folded)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The documents a plan is based on [căn cứ], in the order the plan cites them.
CREATE TABLE plan_legal_basis (
  plan_id   BIGINT NOT NULL,
  position  INT NOT NULL,
  number    VARCHAR(60) NOT NULL,
  issued_on DATE NULL,
  issuer    VARCHAR(200) NULL,
  title     VARCHAR(500) NULL,
  PRIMARY KEY (plan_id, position),
  CONSTRAINT fk_basis_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nơi nhận, in order.
CREATE TABLE plan_recipient (
  plan_id   BIGINT NOT NULL,
  position  INT NOT NULL,
  recipient VARCHAR(300) NOT NULL,
  PRIMARY KEY (plan_id, position),
  CONSTRAINT fk_recipient_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_movement (
  plan_id     BIGINT NOT NULL,
  position    INT NOT NULL,
  movement_id BIGINT NOT NULL,
  PRIMARY KEY (plan_id, position),
  CONSTRAINT fk_plan_movement_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
  CONSTRAINT fk_plan_movement_movement FOREIGN KEY (movement_id) REFERENCES movement (id),
  INDEX ix_plan_movement_movement (movement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
