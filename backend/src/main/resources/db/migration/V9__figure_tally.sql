-- Figure tallies per reporting period, kept by report.FigureTally in the same transaction as every change of the records
-- (activities, communications, nominations and their recognitions and replications), so they always equal the
-- records' own sums (FigureTallyTest recomputes every row and compares).
--
-- Why: the province-year figures add up ~200,000 activities, ~40,000 communication outputs and ~20,000 nomination
-- facts. Measured on the bench data, even from the half-month activity tallies (V7) one request cost ~150 ms of
-- database time in 20 statements, so 32 concurrent readers waited seconds. Every reporting period of Decree 09/2019
-- is a half-year or a year, so each fact is added to the row of its half and the row of its year; and the rows are
-- kept per subtree, so a fact adds to its unit and to every unit above it (org_unit_closure). The province-year
-- figures then read the province's own rows (one per section and key) and one row per child and key. When a unit
-- moves, every row is rebuilt in the same transaction (org.TreeChanged).
--
-- section:   activities | communications | nominations
-- org_unit_id: the unit whose whole subtree the row sums
-- period:    the period code of the record's day under the configured cut-offs: its half, e.g. 2025S1
--            (15/12/2024–14/06/2025), and its year, 2025 (15/12/2024–14/12/2025) — two rows per fact
-- group_key: the activity type, the channel, the nomination category; '' for the section's total over its keys
--            (what a child's row in the figures shows, read without summing)
-- v1..v6:    the section's columns in its order (activities: records, participants, beneficiaries, gifts, cash VND,
--            in-kind VND; communications: records, audience, quantity; nominations: new, recognised, honoured,
--            replicated); unused ones stay 0.
-- The rows are filled at the next start (FigureTally.onStart), which also rebuilds them when the cut-offs change.
CREATE TABLE figure_tally (
  section     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  org_unit_id BIGINT      NOT NULL,
  period      VARCHAR(6)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  group_key   VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  v1          BIGINT      NOT NULL DEFAULT 0,
  v2          BIGINT      NOT NULL DEFAULT 0,
  v3          BIGINT      NOT NULL DEFAULT 0,
  v4          BIGINT      NOT NULL DEFAULT 0,
  v5          BIGINT      NOT NULL DEFAULT 0,
  v6          BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (period, section, org_unit_id, group_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cut-offs the tallies follow ("12-15/06-14"); none until the first start has built them.
CREATE TABLE figure_tally_state (
  id        TINYINT     NOT NULL PRIMARY KEY,
  cut_offs  VARCHAR(20) NOT NULL,
  built_at  TIMESTAMP(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
