-- The report figures count nominations per category over a subtree and a period (nomination.NominationFigures).
-- Measured on the bench data (50,000 nominations, 235,451 events), one province-year figures request spent ~3 s
-- in these counts: RECOGNIZE events were found by reading every event of every nomination of the subtree (the
-- period was a function of the column), and the counts by submission and honour day looked up every nomination row.
-- With these indexes the counts read only index entries (events: the period's RECOGNIZE range).
CREATE INDEX ix_nomination_event_action ON nomination_event (action, at, nomination_id);
CREATE INDEX ix_nomination_scope_submitted ON nomination (org_unit_id, submitted_on, category);
CREATE INDEX ix_nomination_scope_honored ON nomination (org_unit_id, honor_decision_date, category);
