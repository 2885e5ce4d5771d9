-- Tally stripes: each tally key (activity_tally V7, figure_tally V9) may be held in up to 16 rows, one per stripe,
-- and its value is the sum of its rows. A write adds its deltas to one stripe picked at random
-- (report.FigureTally.stripe), so concurrent creates in one commune no longer queue on the same rows.
--
-- Why: every activity created in the province adds to the same province-year rows of figure_tally (and every one in
-- a commune to the same half-month row of activity_tally). Those rows stayed locked from the upsert to the commit,
-- its log flush included, so creates committed one at a time: on the bench (32 connections, one commune) ~20 of the
-- 32 requests were waiting on a row lock at any moment, and each commit flushed the log alone instead of in a group.
-- Readers sum over the stripes (GROUP BY the key); a rebuild writes stripe 0 only.
ALTER TABLE activity_tally
  ADD COLUMN stripe TINYINT NOT NULL DEFAULT 0,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (org_unit_id, bucket, type, status, stripe);

ALTER TABLE figure_tally
  ADD COLUMN stripe TINYINT NOT NULL DEFAULT 0,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (period, section, org_unit_id, group_key, stripe);
