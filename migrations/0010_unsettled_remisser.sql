-- The remisser still waiting for an answer, kept by triggers, so that the open ones are found
-- by deadline without judging every remiss (the remisser report, the annual summary and
-- `remiss list --open` walked all of them: 500 000 at national scale to find 50 000).
-- A remiss is unsettled while it is not closed and has no live answer that settles it: a sent
-- yttrande or a decision not to answer (avstar); the rule of remiss_state's 'oppen'.
-- Derived, so not audited: the facts it follows are.
CREATE TABLE remiss_unsettled (
  remiss_id    INTEGER PRIMARY KEY REFERENCES remiss(id),
  deadline_on  TEXT NOT NULL
) STRICT;
CREATE INDEX remiss_unsettled_deadline ON remiss_unsettled(deadline_on);

INSERT INTO remiss_unsettled (remiss_id, deadline_on)
SELECT r.id, r.deadline_on FROM remiss r
WHERE r.closed_on IS NULL
  AND NOT EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.withdrawn_on IS NULL
                  AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND x.sent_on IS NOT NULL)));

CREATE TRIGGER remiss_unsettled_after_insert AFTER INSERT ON remiss
WHEN NEW.closed_on IS NULL
BEGIN
  INSERT INTO remiss_unsettled (remiss_id, deadline_on) VALUES (NEW.id, NEW.deadline_on);
END;

CREATE TRIGGER remiss_unsettled_after_update AFTER UPDATE OF closed_on, deadline_on ON remiss
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id = NEW.id;
  INSERT INTO remiss_unsettled (remiss_id, deadline_on)
  SELECT NEW.id, NEW.deadline_on
  WHERE NEW.closed_on IS NULL
    AND NOT EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = NEW.id AND x.withdrawn_on IS NULL
                    AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND x.sent_on IS NOT NULL)));
END;

CREATE TRIGGER remiss_unsettled_after_response_insert AFTER INSERT ON remiss_response
WHEN NEW.withdrawn_on IS NULL AND (NEW.kind = 'avstar' OR (NEW.kind = 'yttrande' AND NEW.sent_on IS NOT NULL))
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id = NEW.remiss_id;
END;

-- An answer sent, withdrawn or moved to another remiss: judge both remisser again.
CREATE TRIGGER remiss_unsettled_after_response_update AFTER UPDATE ON remiss_response
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id IN (OLD.remiss_id, NEW.remiss_id);
  INSERT INTO remiss_unsettled (remiss_id, deadline_on)
  SELECT r.id, r.deadline_on FROM remiss r
  WHERE r.id IN (OLD.remiss_id, NEW.remiss_id) AND r.closed_on IS NULL
    AND NOT EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.withdrawn_on IS NULL
                    AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND x.sent_on IS NOT NULL)));
END;
