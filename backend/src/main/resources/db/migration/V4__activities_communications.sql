-- Activities and communication outputs, recorded by branch officers (often from a phone) and checked by
-- the province (SUBMITTED -> VERIFIED | FLAGGED -> SUBMITTED).
--
-- movement_id / nomination_id are plain BIGINTs for now: the movement and nomination tables land from
-- other branches; the link is validated through activity.LinkedRecords (foreign keys may be added later).
--
-- Indexes are shaped for the list, totals and search queries (see docs/activities.md):
--  * ix_*_scope: (org_unit_id, date, status, type|channel, summed columns) — the closure join on
--    org_unit_id + a date range, and count/sum for the totals row answered from the index alone
--    (InnoDB appends the primary key, so it also gives the id for the newest-first page);
--  * ix_*_date: (date, id) — a big subtree (the whole province) read newest first stops after one page;
--  * FULLTEXT on the folded search text — q narrows by MATCH ... AGAINST in boolean mode, confirmed by
--    LIKE on the same column.

CREATE TABLE activity (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  type             VARCHAR(30)  NOT NULL,
  title            VARCHAR(300) NOT NULL COLLATE utf8mb4_vietnamese_ci,
  start_date       DATE         NOT NULL,
  end_date         DATE         NULL,
  location         VARCHAR(300) NULL COLLATE utf8mb4_vietnamese_ci,
  org_unit_id      BIGINT       NOT NULL,
  movement_id      BIGINT       NULL,
  nomination_id    BIGINT       NULL,
  participants     INT          NULL,
  beneficiaries    INT          NULL,
  gift_count       INT          NULL,
  gift_cash_vnd    BIGINT       NULL,
  gift_in_kind_vnd BIGINT       NULL,
  description      TEXT         NULL,
  status           VARCHAR(20)  NOT NULL,
  review_comment   VARCHAR(2000) NULL,
  reviewed_by      VARCHAR(100) NULL,
  reviewed_at      DATETIME(6)  NULL,
  created_by       VARCHAR(100) NOT NULL,
  search_folded    VARCHAR(700) NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_activity_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_activity_counts CHECK (participants >= 0 AND beneficiaries >= 0 AND gift_count >= 0
    AND gift_cash_vnd >= 0 AND gift_in_kind_vnd >= 0),
  INDEX ix_activity_scope (org_unit_id, start_date, status, type, participants, beneficiaries, gift_count,
    gift_cash_vnd, gift_in_kind_vnd),
  INDEX ix_activity_date (start_date, id),
  INDEX ix_activity_movement (movement_id, start_date),
  INDEX ix_activity_nomination (nomination_id, start_date),
  FULLTEXT INDEX ft_activity_search (search_folded)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communication (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  channel         VARCHAR(30)   NOT NULL,
  title           VARCHAR(300)  NOT NULL COLLATE utf8mb4_vietnamese_ci,
  published_on    DATE          NOT NULL,
  outlet          VARCHAR(300)  NULL COLLATE utf8mb4_vietnamese_ci,
  url             VARCHAR(1000) NULL,
  org_unit_id     BIGINT        NOT NULL,
  movement_id     BIGINT        NULL,
  nomination_id   BIGINT        NULL,
  audience        INT           NULL,
  quantity        INT           NULL,
  status          VARCHAR(20)   NOT NULL,
  review_comment  VARCHAR(2000) NULL,
  reviewed_by     VARCHAR(100)  NULL,
  reviewed_at     DATETIME(6)   NULL,
  created_by      VARCHAR(100)  NOT NULL,
  search_folded   VARCHAR(700)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  CONSTRAINT fk_communication_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_communication_counts CHECK (audience >= 0 AND quantity >= 0),
  INDEX ix_communication_scope (org_unit_id, published_on, status, channel, audience, quantity),
  INDEX ix_communication_date (published_on, id),
  INDEX ix_communication_movement (movement_id, published_on),
  INDEX ix_communication_nomination (nomination_id, published_on),
  FULLTEXT INDEX ft_communication_search (search_folded)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
