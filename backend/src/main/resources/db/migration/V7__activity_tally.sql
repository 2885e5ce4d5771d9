-- Activity tallies: count and sums of the activities of one unit, one half-month, one type and one status,
-- kept by activity.ActivityTally in the same transaction as every change of an activity (create, edit, check,
-- delete), so they are always exactly the records' own sums (ActivityTallyTest recomputes and compares them).
--
-- Why: a list's totals row and the report figures add up every activity of a subtree and a period. At provincial
-- scale a district-year is ~70,000 activities and the province-year ~200,000; summing them per request costs tens
-- of milliseconds of database time each. The Decree 09/2019 periods start on the 15th (15/12, 15/6) and end on the
-- 14th, so half-month buckets (days 1–14 and 15–end) compose every period exactly: the same sums come from a few
-- thousand tally rows. Ranges that do not fall on a bucket edge (from/to filters, other configured cut-offs) read
-- the records for the partial half-months at their edges (see ActivityTally.split).
--
-- bucket: the first day of the half-month (the 1st or the 15th).
CREATE TABLE activity_tally (
  org_unit_id      BIGINT      NOT NULL,
  bucket           DATE        NOT NULL,
  type             VARCHAR(30) NOT NULL,
  status           VARCHAR(20) NOT NULL,
  records          BIGINT      NOT NULL,
  participants     BIGINT      NOT NULL,
  beneficiaries    BIGINT      NOT NULL,
  gift_count       BIGINT      NOT NULL,
  gift_cash_vnd    BIGINT      NOT NULL,
  gift_in_kind_vnd BIGINT      NOT NULL,
  PRIMARY KEY (org_unit_id, bucket, type, status),
  CONSTRAINT fk_activity_tally_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- rebuild: the tallies of the activities already there (bench/run.sh runs this statement after loading its data)
INSERT INTO activity_tally (org_unit_id, bucket, type, status, records, participants, beneficiaries, gift_count,
                            gift_cash_vnd, gift_in_kind_vnd)
SELECT org_unit_id,
       IF(DAY(start_date) < 15, start_date - INTERVAL (DAY(start_date) - 1) DAY,
          start_date - INTERVAL (DAY(start_date) - 15) DAY),
       type, status, COUNT(*), COALESCE(SUM(participants), 0), COALESCE(SUM(beneficiaries), 0),
       COALESCE(SUM(gift_count), 0), COALESCE(SUM(gift_cash_vnd), 0), COALESCE(SUM(gift_in_kind_vnd), 0)
FROM activity
GROUP BY 1, 2, 3, 4;

-- A submitted report says how many of its records changed after its snapshot (SqlFigures.changedSince): with these
-- indexes that reads only the records changed since, not every record of the subtree and period (for the province's
-- annual report, ~200,000 row lookups).
CREATE INDEX ix_activity_updated ON activity (updated_at, org_unit_id, start_date);
CREATE INDEX ix_communication_updated ON communication (updated_at, org_unit_id, published_on);
