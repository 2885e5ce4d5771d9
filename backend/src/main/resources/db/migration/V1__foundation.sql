-- ThiDua foundation: the dated org tree, accounts, and the shared API machinery
-- (audit log, idempotency keys, login throttling). utf8mb4 everywhere; names that people read
-- sort with the Vietnamese collation; searches use a stored, indexed folded column.

CREATE TABLE org_unit (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(30)  NOT NULL,
  name         VARCHAR(200) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  name_folded  VARCHAR(200) NOT NULL,
  level        VARCHAR(20)  NOT NULL,
  parent_id    BIGINT NULL,
  valid_from   DATE NOT NULL,
  valid_to     DATE NULL,
  successor_id BIGINT NULL,
  version      BIGINT NOT NULL DEFAULT 0,
  created_at   DATETIME(6) NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  CONSTRAINT uk_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
  CONSTRAINT fk_org_unit_successor FOREIGN KEY (successor_id) REFERENCES org_unit (id),
  INDEX ix_org_unit_parent (parent_id, name),
  INDEX ix_org_unit_folded (name_folded)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every (ancestor, descendant) pair, including each unit with itself at depth 0:
-- scoping any record to a subtree is one indexed join.
CREATE TABLE org_unit_closure (
  ancestor_id   BIGINT NOT NULL,
  descendant_id BIGINT NOT NULL,
  depth         INT    NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id),
  INDEX ix_closure_descendant (descendant_id, depth),
  CONSTRAINT fk_closure_ancestor FOREIGN KEY (ancestor_id) REFERENCES org_unit (id) ON DELETE CASCADE,
  CONSTRAINT fk_closure_descendant FOREIGN KEY (descendant_id) REFERENCES org_unit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  username         VARCHAR(50)  NOT NULL,
  password_hash    VARCHAR(100) NOT NULL,
  full_name        VARCHAR(150) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  full_name_folded VARCHAR(150) NOT NULL,
  email            VARCHAR(150) NULL,
  phone            VARCHAR(30)  NULL,
  role             VARCHAR(30)  NOT NULL,
  org_unit_id      BIGINT NOT NULL,
  active           BOOLEAN NOT NULL DEFAULT TRUE,
  version          BIGINT NOT NULL DEFAULT 0,
  created_at       DATETIME(6) NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  CONSTRAINT uk_user_username UNIQUE (username),
  CONSTRAINT fk_user_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  INDEX ix_user_org_unit (org_unit_id),
  INDEX ix_user_folded (full_name_folded)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(50)  NOT NULL,
  entity_type VARCHAR(50)  NOT NULL,
  entity_id   BIGINT NULL,
  at          DATETIME(6) NOT NULL,
  before_json LONGTEXT NULL,
  after_json  LONGTEXT NULL,
  INDEX ix_audit_entity (entity_type, entity_id, id),
  INDEX ix_audit_actor (actor, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A creating POST's first response, kept per caller and key; the unique key makes two concurrent
-- requests with one key produce one record (the second waits on the first and then replays it).
CREATE TABLE idempotency_record (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  principal    VARCHAR(100) NOT NULL,
  idem_key     VARCHAR(100) NOT NULL,
  request_hash CHAR(64)     NOT NULL,
  status       INT          NOT NULL,
  location     VARCHAR(500) NULL,
  etag         VARCHAR(100) NULL,
  body         LONGTEXT     NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT uk_idempotency UNIQUE (principal, idem_key),
  INDEX ix_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins per account ("u:<name>") and per address ("a:<ip>"), shared by every instance.
CREATE TABLE login_throttle (
  throttle_key VARCHAR(200) NOT NULL PRIMARY KEY,
  failures     INT NOT NULL,
  window_start DATETIME(6) NOT NULL,
  locked_until DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
