-- Indexes for the follow-up reports (measured with scripts/bench and EXPLAIN QUERY PLAN):
-- indicator values by period (the indicators report and the annual summary), and decisions
-- by kind and date (recommendations, re-reports, information items of a year).
CREATE INDEX indicator_value_period ON indicator_value(period, indicator_id);
CREATE INDEX decision_kind_date ON decision(kind, decided_on);
