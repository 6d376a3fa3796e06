-- Inputs as the sources give them, and history kept (issue 9, items 8 and 9).
--
-- Dates only as precise as the source: a meeting's day, a decision's day and an NHV permit's
-- decision and start may be a year (`2024`) or a month (`2024-06`) where the source does not
-- give the day. They are stored as written, so text order is calendar order and
-- `substr(x, 1, 4)` is the year. Two dates are out of order only when they are certainly so:
-- compared on the precision they share (`2024` is not before `2024-03-01`; `2024-05` is
-- before `2024-06-10`). Queries treat a month or a year conservatively: a fact dated
-- `2024-06` is counted as of 2024-06-30 (its last day) and in the year 2024.
--
-- A role held by a region rather than a named person (the SVN chair rotates between the
-- regions): a membership names a person, a region, or both.
--
-- SQLite cannot change a CHECK or NOT NULL: meeting, decision, permit and membership are
-- rebuilt as migration 0013 rebuilt indicator (same columns in the same order, rows copied
-- with their ids; GRDB runs a migration with foreign keys off and checks them before commit).
-- Their indexes and triggers go with the old tables and are recreated as they were.


-- meeting
CREATE TABLE meeting_new (
  id                   INTEGER PRIMARY KEY,
  body_id              INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  held_on              TEXT NOT NULL CHECK (held_on IS date(held_on) OR held_on GLOB '[12][0-9][0-9][0-9]' OR (held_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(held_on, 6, 2) BETWEEN '01' AND '12')),
  place                TEXT,
  protocol_approved_on TEXT CHECK (protocol_approved_on IS NULL OR protocol_approved_on IS date(protocol_approved_on)),
  cancelled_on         TEXT CHECK (cancelled_on IS NULL OR cancelled_on IS date(cancelled_on)),
  note                 TEXT,
  source               TEXT,
  UNIQUE (body_id, held_on),
  CHECK (protocol_approved_on IS NULL OR held_on IS NULL OR substr(protocol_approved_on, 1, min(length(protocol_approved_on), length(held_on))) >= substr(held_on, 1, min(length(protocol_approved_on), length(held_on))))
) STRICT;

INSERT INTO meeting_new SELECT * FROM meeting;
DROP TABLE meeting;
ALTER TABLE meeting_new RENAME TO meeting;

CREATE TRIGGER meeting_audit_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'meeting', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'held_on', NEW.held_on, 'place', NEW.place, 'protocol_approved_on', NEW.protocol_approved_on, 'cancelled_on', NEW.cancelled_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER meeting_audit_update AFTER UPDATE ON meeting BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'meeting', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'held_on', OLD.held_on, 'place', OLD.place, 'protocol_approved_on', OLD.protocol_approved_on, 'cancelled_on', OLD.cancelled_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'held_on', NEW.held_on, 'place', NEW.place, 'protocol_approved_on', NEW.protocol_approved_on, 'cancelled_on', NEW.cancelled_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting
BEGIN SELECT RAISE(ABORT, 'meeting: records are never deleted; end or correct them instead'); END;

-- adoption's triggers read decision: SQLite refuses to rename a table into place while
-- another table's trigger names a table that is gone, so they are dropped and made again.
DROP TRIGGER adoption_of_recommendation;
DROP TRIGGER adoption_of_recommendation_update;

-- decision
CREATE TABLE decision_new (
  id            INTEGER PRIMARY KEY,
  body_id       INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  meeting_id    INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
  decided_on    TEXT NOT NULL CHECK (decided_on IS date(decided_on) OR decided_on GLOB '[12][0-9][0-9][0-9]' OR (decided_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(decided_on, 6, 2) BETWEEN '01' AND '12')),
  paragraph     TEXT,
  paragraph_no  INTEGER CHECK (paragraph_no IS NULL OR paragraph_no > 0),
  case_number   TEXT,
  case_issuer   TEXT,
  case_year     INTEGER,
  case_serial   TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('beslut', 'yttrande', 'information', 'aterrapportering',
                  'uppdrag', 'delegationsbeslut', 'rekommendation')),
  title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
  text          TEXT,
  basis         TEXT,
  recipients    TEXT,
  remiss_id     INTEGER REFERENCES remiss(id) ON DELETE RESTRICT,
  permit_id     INTEGER REFERENCES permit(id) ON DELETE RESTRICT,
  workload_id   INTEGER REFERENCES workload(id) ON DELETE RESTRICT,
  confidential  INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  revoked_on    TEXT CHECK (revoked_on IS NULL OR revoked_on IS date(revoked_on)),
  note          TEXT,
  source        TEXT,
  area          TEXT CHECK (area IS NULL OR area IN ('ledning', 'egenkraft', 'kunskapsstyrning', 'arbetsfordelning', 'processer', 'kompetens')),
  CHECK (revoked_on IS NULL OR decided_on IS NULL OR substr(revoked_on, 1, min(length(revoked_on), length(decided_on))) >= substr(decided_on, 1, min(length(revoked_on), length(decided_on)))),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;

INSERT INTO decision_new SELECT * FROM decision;
DROP TABLE decision;
ALTER TABLE decision_new RENAME TO decision;

CREATE INDEX decision_body_date ON decision(body_id, decided_on);
CREATE INDEX decision_case ON decision(case_issuer, case_year, case_serial);
CREATE INDEX decision_date ON decision(decided_on);
CREATE INDEX decision_kind_date ON decision(kind, decided_on);
CREATE UNIQUE INDEX decision_paragraph ON decision(body_id, substr(decided_on, 1, 4), paragraph_no)
  WHERE paragraph_no IS NOT NULL AND kind <> 'delegationsbeslut';
CREATE INDEX decision_permit ON decision(permit_id) WHERE permit_id IS NOT NULL;
CREATE INDEX decision_remiss ON decision(remiss_id) WHERE remiss_id IS NOT NULL;
CREATE INDEX decision_workload ON decision(workload_id) WHERE workload_id IS NOT NULL;
CREATE INDEX decision_area ON decision(area, decided_on) WHERE area IS NOT NULL;
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
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'decision: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER adoption_of_recommendation BEFORE INSERT ON adoption
WHEN (SELECT kind FROM decision WHERE id = NEW.recommendation_id) IS NOT 'rekommendation'
BEGIN SELECT RAISE(ABORT, 'adoption: recommendation_id is not a decision of kind rekommendation'); END;
CREATE TRIGGER adoption_of_recommendation_update BEFORE UPDATE OF recommendation_id ON adoption
WHEN (SELECT kind FROM decision WHERE id = NEW.recommendation_id) IS NOT 'rekommendation'
BEGIN SELECT RAISE(ABORT, 'adoption: recommendation_id is not a decision of kind rekommendation'); END;

-- permit
CREATE TABLE permit_new (
  id                    INTEGER PRIMARY KEY,
  care_area             TEXT NOT NULL CHECK (length(trim(care_area)) > 0),
  holder_id             INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  unit                  TEXT,
  status                TEXT NOT NULL CHECK (status IN ('forberedelse', 'ansokt', 'beviljat', 'avslaget',
                          'i_drift', 'avslutat')),
  applied_on            TEXT CHECK (applied_on IS NULL OR applied_on IS date(applied_on)),
  decided_on            TEXT CHECK (decided_on IS NULL OR (decided_on IS date(decided_on) OR decided_on GLOB '[12][0-9][0-9][0-9]' OR (decided_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(decided_on, 6, 2) BETWEEN '01' AND '12'))),
  start_on              TEXT CHECK (start_on IS NULL OR (start_on IS date(start_on) OR start_on GLOB '[12][0-9][0-9][0-9]' OR (start_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(start_on, 6, 2) BETWEEN '01' AND '12'))),
  end_on                TEXT CHECK (end_on IS NULL OR end_on IS date(end_on)),
  scope                 TEXT,
  parent_id             INTEGER REFERENCES permit(id) ON DELETE RESTRICT,
  consequence_analysis  TEXT,
  remiss_id             INTEGER REFERENCES remiss(id) ON DELETE RESTRICT,
  case_number           TEXT,
  case_issuer           TEXT,
  case_year             INTEGER,
  case_serial           TEXT,
  confidential          INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  note                  TEXT,
  source                TEXT,
  CHECK (decided_on IS NULL OR applied_on IS NULL OR substr(decided_on, 1, min(length(decided_on), length(applied_on))) >= substr(applied_on, 1, min(length(decided_on), length(applied_on)))),
  CHECK (start_on IS NULL OR decided_on IS NULL OR substr(start_on, 1, min(length(start_on), length(decided_on))) >= substr(decided_on, 1, min(length(start_on), length(decided_on)))),
  CHECK (end_on IS NULL OR start_on IS NULL OR substr(end_on, 1, min(length(end_on), length(start_on))) >= substr(start_on, 1, min(length(end_on), length(start_on)))),
  CHECK (end_on IS NULL OR decided_on IS NULL OR substr(end_on, 1, min(length(end_on), length(decided_on))) >= substr(decided_on, 1, min(length(end_on), length(decided_on)))),
  CHECK (status <> 'avslutat' OR end_on IS NOT NULL),
  CHECK (status NOT IN ('forberedelse', 'ansokt', 'avslaget') OR start_on IS NULL),
  CHECK (parent_id IS NULL OR parent_id <> id),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;

INSERT INTO permit_new SELECT * FROM permit;
DROP TABLE permit;
ALTER TABLE permit_new RENAME TO permit;

CREATE UNIQUE INDEX permit_case ON permit(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;
CREATE INDEX permit_holder ON permit(holder_id, status);
CREATE TRIGGER permit_audit_insert AFTER INSERT ON permit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'permit', NEW.id,
         NULL, json_object('id', NEW.id, 'care_area', NEW.care_area, 'holder_id', NEW.holder_id, 'unit', NEW.unit, 'status', NEW.status, 'applied_on', NEW.applied_on, 'decided_on', NEW.decided_on, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'scope', NEW.scope, 'parent_id', NEW.parent_id, 'consequence_analysis', NEW.consequence_analysis, 'remiss_id', NEW.remiss_id, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER permit_audit_update AFTER UPDATE ON permit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'permit', NEW.id,
         json_object('id', OLD.id, 'care_area', OLD.care_area, 'holder_id', OLD.holder_id, 'unit', OLD.unit, 'status', OLD.status, 'applied_on', OLD.applied_on, 'decided_on', OLD.decided_on, 'start_on', OLD.start_on, 'end_on', OLD.end_on, 'scope', OLD.scope, 'parent_id', OLD.parent_id, 'consequence_analysis', OLD.consequence_analysis, 'remiss_id', OLD.remiss_id, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'confidential', OLD.confidential, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'care_area', NEW.care_area, 'holder_id', NEW.holder_id, 'unit', NEW.unit, 'status', NEW.status, 'applied_on', NEW.applied_on, 'decided_on', NEW.decided_on, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'scope', NEW.scope, 'parent_id', NEW.parent_id, 'consequence_analysis', NEW.consequence_analysis, 'remiss_id', NEW.remiss_id, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER permit_no_delete BEFORE DELETE ON permit
BEGIN SELECT RAISE(ABORT, 'permit: records are never deleted; end or correct them instead'); END;

-- membership
CREATE TABLE membership_new (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER REFERENCES person(id) ON DELETE RESTRICT,
  body_id     INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  role        TEXT NOT NULL CHECK (role IN ('ordforande', 'vice_ordforande', 'ledamot', 'ersattare',
                'processledare', 'sekreterare', 'adjungerad')),
  region_id   INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note        TEXT,
  source      TEXT,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  CHECK (person_id IS NOT NULL OR region_id IS NOT NULL)
) STRICT;

INSERT INTO membership_new SELECT * FROM membership;
DROP TABLE membership;
ALTER TABLE membership_new RENAME TO membership;

CREATE INDEX membership_body ON membership(body_id);
CREATE INDEX membership_person ON membership(person_id);
CREATE TRIGGER membership_audit_insert AFTER INSERT ON membership BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'membership', NEW.id,
         NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'body_id', NEW.body_id, 'role', NEW.role, 'region_id', NEW.region_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER membership_audit_update AFTER UPDATE ON membership BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'membership', NEW.id,
         json_object('id', OLD.id, 'person_id', OLD.person_id, 'body_id', OLD.body_id, 'role', OLD.role, 'region_id', OLD.region_id, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'person_id', NEW.person_id, 'body_id', NEW.body_id, 'role', NEW.role, 'region_id', NEW.region_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER membership_no_delete BEFORE DELETE ON membership
BEGIN SELECT RAISE(ABORT, 'membership: records are never deleted; end or correct them instead'); END;

-- History kept: when a body is renamed or a membership's role changes, the earlier value is
-- kept here with its period (valid_to the day before the change took effect; valid_from
-- where the previous value's start is known), so "as of D" is answered from these tables,
-- never from the audit trail. Written only by samreg's update; audited like every record.
CREATE TABLE body_name_history (
  id          INTEGER PRIMARY KEY,
  body_id     INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT NOT NULL CHECK (valid_to IS date(valid_to)),
  source      TEXT,
  CHECK (valid_from IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX body_name_history_body ON body_name_history(body_id, valid_to);

CREATE TABLE membership_role_history (
  id             INTEGER PRIMARY KEY,
  membership_id  INTEGER NOT NULL REFERENCES membership(id) ON DELETE RESTRICT,
  role           TEXT NOT NULL CHECK (role IN ('ordforande', 'vice_ordforande', 'ledamot', 'ersattare',
                   'processledare', 'sekreterare', 'adjungerad')),
  valid_from     TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to       TEXT NOT NULL CHECK (valid_to IS date(valid_to)),
  source         TEXT,
  CHECK (valid_from IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX membership_role_history_membership ON membership_role_history(membership_id, valid_to);

-- Audit triggers (every column), and no deletes: see 0007_audit_trail.sql.


CREATE TRIGGER body_name_history_audit_insert AFTER INSERT ON body_name_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body_name_history', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER body_name_history_audit_update AFTER UPDATE ON body_name_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'body_name_history', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'name', OLD.name, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER body_name_history_no_delete BEFORE DELETE ON body_name_history
BEGIN SELECT RAISE(ABORT, 'body_name_history: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER membership_role_history_audit_insert AFTER INSERT ON membership_role_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'membership_role_history', NEW.id,
         NULL, json_object('id', NEW.id, 'membership_id', NEW.membership_id, 'role', NEW.role, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER membership_role_history_audit_update AFTER UPDATE ON membership_role_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'membership_role_history', NEW.id,
         json_object('id', OLD.id, 'membership_id', OLD.membership_id, 'role', OLD.role, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'membership_id', NEW.membership_id, 'role', NEW.role, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER membership_role_history_no_delete BEFORE DELETE ON membership_role_history
BEGIN SELECT RAISE(ABORT, 'membership_role_history: records are never deleted; end or correct them instead'); END;
