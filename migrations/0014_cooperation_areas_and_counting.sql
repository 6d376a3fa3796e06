-- Records belong to samarbetsområden, and remisser are counted as the committee counts them
-- (issue 9, items 6 and 7).
--
-- Whole families belong to one area by the agreement's structure (remisser and their answers
-- to Effektiva processer, workload division to Långsiktig och hållbar arbetsfördelning): that
-- rule is in Sources/SamregStore/CooperationAreas.swift, not in the schema. A decision may be
-- filed under an area of its own choosing (an SVN decision on a knowledge-management matter
-- under Kunskapsstyrning): decision.area, a code of cooperation_area.

ALTER TABLE decision ADD COLUMN area TEXT
  CHECK (area IS NULL OR area IN ('ledning', 'egenkraft', 'kunskapsstyrning', 'arbetsfordelning', 'processer', 'kompetens'));
CREATE INDEX decision_area ON decision(area, decided_on) WHERE area IS NOT NULL;

-- decision: the audit triggers again, with the new column.
DROP TRIGGER decision_audit_insert;
DROP TRIGGER decision_audit_update;
CREATE TRIGGER decision_audit_insert AFTER INSERT ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'decision', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source, 'area', NEW.area)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER decision_audit_update AFTER UPDATE ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'decision', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'meeting_id', OLD.meeting_id, 'decided_on', OLD.decided_on, 'paragraph', OLD.paragraph, 'paragraph_no', OLD.paragraph_no, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'kind', OLD.kind, 'title', OLD.title, 'text', OLD.text, 'basis', OLD.basis, 'recipients', OLD.recipients, 'remiss_id', OLD.remiss_id, 'permit_id', OLD.permit_id, 'workload_id', OLD.workload_id, 'confidential', OLD.confidential, 'revoked_on', OLD.revoked_on, 'note', OLD.note, 'source', OLD.source, 'area', OLD.area), json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source, 'area', NEW.area)
  FROM audit_context WHERE id = 1;
END;

-- A joint answer counts as answered on the day it was sent or, when that is not recorded, on
-- the day the answering body approved it (the committee's rule). remiss_state and the
-- triggers that keep remiss_unsettled (0010) follow the same rule: a live yttrande with a
-- sent or an approval date settles its remiss.
DROP VIEW remiss_state;
CREATE VIEW remiss_state AS
SELECT r.id AS remiss_id,
       (SELECT min(ifnull(x.sent_on, x.approved_on)) FROM remiss_response x
         WHERE x.remiss_id = r.id AND x.kind = 'yttrande' AND x.withdrawn_on IS NULL) AS answered_on,
       CASE
         WHEN EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.kind = 'yttrande'
                      AND ifnull(x.sent_on, x.approved_on) IS NOT NULL AND x.withdrawn_on IS NULL) THEN 'besvarad'
         WHEN EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.kind = 'avstar'
                      AND x.withdrawn_on IS NULL) THEN 'avstar'
         WHEN r.closed_on IS NOT NULL THEN 'stangd'
         ELSE 'oppen'
       END AS state
FROM remiss r;

DROP TRIGGER remiss_unsettled_after_update;
DROP TRIGGER remiss_unsettled_after_response_insert;
DROP TRIGGER remiss_unsettled_after_response_update;

CREATE TRIGGER remiss_unsettled_after_update AFTER UPDATE OF closed_on, deadline_on ON remiss
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id = NEW.id;
  INSERT INTO remiss_unsettled (remiss_id, deadline_on)
  SELECT NEW.id, NEW.deadline_on
  WHERE NEW.closed_on IS NULL
    AND NOT EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = NEW.id AND x.withdrawn_on IS NULL
                    AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND ifnull(x.sent_on, x.approved_on) IS NOT NULL)));
END;

CREATE TRIGGER remiss_unsettled_after_response_insert AFTER INSERT ON remiss_response
WHEN NEW.withdrawn_on IS NULL AND (NEW.kind = 'avstar' OR (NEW.kind = 'yttrande' AND ifnull(NEW.sent_on, NEW.approved_on) IS NOT NULL))
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id = NEW.remiss_id;
END;

CREATE TRIGGER remiss_unsettled_after_response_update AFTER UPDATE ON remiss_response
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id IN (OLD.remiss_id, NEW.remiss_id);
  INSERT INTO remiss_unsettled (remiss_id, deadline_on)
  SELECT r.id, r.deadline_on FROM remiss r
  WHERE r.id IN (OLD.remiss_id, NEW.remiss_id) AND r.closed_on IS NULL
    AND NOT EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.withdrawn_on IS NULL
                    AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND ifnull(x.sent_on, x.approved_on) IS NOT NULL)));
END;

-- Remisser approved but with no send date recorded are settled now.
DELETE FROM remiss_unsettled WHERE remiss_id IN (
  SELECT x.remiss_id FROM remiss_response x
  WHERE x.withdrawn_on IS NULL AND x.kind = 'yttrande' AND x.sent_on IS NULL AND x.approved_on IS NOT NULL);

-- The state on an earlier day (--as-of): the answers, withdrawals and closings dated after it
-- are found by these indexes, so that the remisser open on that day are found without
-- judging every remiss.
CREATE INDEX remiss_response_answered ON remiss_response(ifnull(sent_on, approved_on));
CREATE INDEX remiss_response_withdrawn ON remiss_response(withdrawn_on) WHERE withdrawn_on IS NOT NULL;
CREATE INDEX remiss_closed ON remiss(closed_on) WHERE closed_on IS NOT NULL;
