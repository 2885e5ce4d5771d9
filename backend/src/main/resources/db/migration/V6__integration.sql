-- Integration clients (the Emulation–Commendation Board's systems) and the change feed they follow.

-- A client holds one API key, stored only as its SHA-256 (the key is 192 random bits: a fast hash is enough).
CREATE TABLE integration_client (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(150) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  key_prefix        VARCHAR(16)  NOT NULL,
  key_hash          CHAR(64)     NOT NULL,
  scopes            VARCHAR(200) NOT NULL,
  org_unit_id       BIGINT       NULL,
  expires_at        DATETIME(6)  NOT NULL,
  allowed_addresses VARCHAR(1000) NULL,
  rate_limit        INT          NULL,
  revoked_at        DATETIME(6)  NULL,
  last_used_at      DATETIME(6)  NULL,
  created_by        VARCHAR(100) NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT uk_integration_client_key UNIQUE (key_hash),
  CONSTRAINT fk_integration_client_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  INDEX ix_integration_client_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per change of a report, nomination or movement, written in the same transaction as the change.
-- seq is taken from change_sequence under its row lock, which the writing transaction holds until it
-- commits: sequence numbers become visible in commit order, so a reader paging by seq never skips one.
CREATE TABLE change_event (
  seq            BIGINT      NOT NULL PRIMARY KEY,
  entity_type    VARCHAR(20) NOT NULL,
  entity_id      BIGINT      NOT NULL,
  action         VARCHAR(20) NOT NULL,
  at             DATETIME(6) NOT NULL,
  org_unit_id    BIGINT      NULL,
  -- visible to integration clients after this change / before it (a record leaving the published set is a
  -- tombstone for them)
  published      BOOLEAN     NOT NULL,
  was_published  BOOLEAN     NOT NULL,
  for_clients    BOOLEAN     NOT NULL,
  INDEX ix_change_event_clients (for_clients, seq),
  INDEX ix_change_event_entity (entity_type, entity_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE change_sequence (
  id       INT    NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Records that exist before the feed does start it with one CREATED event each.
INSERT INTO change_event (seq, entity_type, entity_id, action, at, org_unit_id, published, was_published, for_clients)
SELECT row_number() OVER (ORDER BY updated_at, id), 'movement', id, 'CREATED', updated_at, NULL, TRUE, FALSE, TRUE
FROM movement;

INSERT INTO change_event (seq, entity_type, entity_id, action, at, org_unit_id, published, was_published, for_clients)
SELECT (SELECT COALESCE(MAX(seq), 0) FROM change_event) + row_number() OVER (ORDER BY updated_at, id), 'nomination',
       id, 'CREATED', updated_at, org_unit_id, status IN ('RECOGNIZED', 'HONORED', 'REPLICATED'), FALSE,
       status IN ('RECOGNIZED', 'HONORED', 'REPLICATED')
FROM nomination;

INSERT INTO change_event (seq, entity_type, entity_id, action, at, org_unit_id, published, was_published, for_clients)
SELECT (SELECT COALESCE(MAX(seq), 0) FROM change_event) + row_number() OVER (ORDER BY updated_at, id), 'report',
       id, 'CREATED', updated_at, org_unit_id, status = 'SENT', FALSE, status = 'SENT'
FROM report;

INSERT INTO change_sequence (id, last_seq) SELECT 1, COALESCE(MAX(seq), 0) FROM change_event;

-- Requests per client and one-minute window (integration.RateLimiter): in the database, so that every instance
-- counts against one limit. window_start: epoch seconds of the window's first second.
CREATE TABLE integration_rate (
  client_id    BIGINT NOT NULL,
  window_start BIGINT NOT NULL,
  requests     INT    NOT NULL,
  PRIMARY KEY (client_id, window_start),
  CONSTRAINT fk_integration_rate_client FOREIGN KEY (client_id) REFERENCES integration_client (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
