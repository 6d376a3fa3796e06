-- Faster imports (issue 13). SQLite 3.40 evaluates a CHECK with a constant IN list of more
-- than two values by building an ephemeral b-tree of the list on every row it checks: each
-- audit entry (`action IN (…)`) and each remiss (`category IN (…)`) paid for opening, filling,
-- zeroing and closing one, about 14 % of the instructions of a remiss import. The same rule
-- written as comparisons joined by OR costs a few string comparisons. SQLite cannot change a
-- CHECK, so both tables are rebuilt with the rule written that way (lists of one or two values,
-- such as `joint IN (0, 1)`, SQLite already compares one by one, and they stay as they are).
--
-- audit:
--
-- every row is copied as it is (seq, hash and all: an entry changed or left unsealed before the
-- upgrade is reported by `samreg audit verify` as before), then the indexes and the
-- append-only triggers are created again, and the table's AUTOINCREMENT counter in
-- sqlite_sequence is put back (dropping the table deletes it; verify reads it to find removed
-- newest entries). The copy goes through a second table, not `ALTER TABLE … RENAME`: the
-- audit triggers of every other table insert into audit, and SQLite refuses to rename a table
-- into place while triggers name a table that does not exist. That table is in the registry's
-- file, not in temp (samreg keeps temp in memory, and a large trail would all be held there);
-- it is dropped before the migration ends, its pages left free in the file for later writes.
-- Dropping audit fires no trigger, so the append-only rule is not in the way. The copies back
-- are INSERT OR FAIL: a failure fails the whole migration anyway, and SQLite then keeps no
-- statement journal for them. (Measured on an M registry, 260 571 audit entries: 3.8 s, peak
-- memory 300 MB, mostly the statement journal of the DROPs, which zero every freed page
-- because this SQLite is built with secure_delete; the file keeps 200 MB of free pages.)

CREATE TABLE main.audit_copy_0019 AS SELECT seq, at, actor, command, action, tbl, record_id, before, after, hash FROM main.audit;
CREATE TEMP TABLE audit_counter AS SELECT seq FROM main.sqlite_sequence WHERE name = 'audit';

DROP TABLE main.audit;

CREATE TABLE audit (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  command    TEXT,
  action     TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
  tbl        TEXT NOT NULL,
  record_id  INTEGER NOT NULL,
  before     TEXT,
  after      TEXT,
  hash       TEXT
) STRICT;

INSERT OR FAIL INTO main.audit (seq, at, actor, command, action, tbl, record_id, before, after, hash)
SELECT seq, at, actor, command, action, tbl, record_id, before, after, hash FROM main.audit_copy_0019;

-- The counter as it was: at least the highest seq handed out, even when the newest entries
-- were removed.
DELETE FROM main.sqlite_sequence WHERE name = 'audit';
INSERT INTO main.sqlite_sequence (name, seq)
SELECT 'audit', max(ifnull((SELECT max(seq) FROM temp.audit_counter), 0), ifnull((SELECT max(seq) FROM main.audit), 0))
WHERE EXISTS (SELECT 1 FROM temp.audit_counter) OR EXISTS (SELECT 1 FROM main.audit);

DROP TABLE main.audit_copy_0019;
DROP TABLE temp.audit_counter;

CREATE INDEX audit_record ON audit(tbl, record_id);
CREATE INDEX audit_unsealed ON audit(seq) WHERE hash IS NULL;

CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
  OR NEW.actor IS NOT OLD.actor OR NEW.command IS NOT OLD.command OR NEW.action IS NOT OLD.action
  OR NEW.tbl IS NOT OLD.tbl OR NEW.record_id IS NOT OLD.record_id OR NEW.before IS NOT OLD.before
  OR NEW.after IS NOT OLD.after
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;

-- remiss: the same rebuild for its category vocabulary (SchemaVocabularyTests reads both
-- forms). Rows are copied as they are, ids kept; the indexes and the triggers on remiss (audit,
-- real-day, unsettled, no delete) are created again exactly as they were. Triggers and views of
-- other tables that name remiss, and the foreign keys that point at it, find the new table
-- under the same name (GRDB runs a migration with foreign keys off and checks them before
-- commit). Writing rows into the new table audits nothing: its triggers come after the copy.

CREATE TABLE main.remiss_copy_0019 AS SELECT * FROM main.remiss;
DROP TABLE main.remiss;

CREATE TABLE remiss (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
  sender_id     INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  sender_ref    TEXT,
  category      TEXT NOT NULL CHECK (category = 'kunskapsstyrning' OR category = 'nhv' OR category = 'myndighet'),
  received_on   TEXT NOT NULL CHECK (received_on IS date(received_on)),
  deadline_on   TEXT NOT NULL CHECK (deadline_on IS date(deadline_on)),
  case_number   TEXT,
  case_issuer   TEXT,
  case_year     INTEGER,
  case_serial   TEXT,
  responsible   TEXT,
  joint         INTEGER NOT NULL DEFAULT 1 CHECK (joint IN (0, 1)),
  confidential  INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  closed_on     TEXT CHECK (closed_on IS NULL OR closed_on IS date(closed_on)),
  note          TEXT,
  source        TEXT,
  CHECK (deadline_on >= received_on),
  CHECK (closed_on IS NULL OR closed_on >= received_on),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;

INSERT OR FAIL INTO main.remiss (id, title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer,
                         case_year, case_serial, responsible, joint, confidential, closed_on, note, source)
SELECT id, title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer,
       case_year, case_serial, responsible, joint, confidential, closed_on, note, source FROM main.remiss_copy_0019;
DROP TABLE main.remiss_copy_0019;

CREATE UNIQUE INDEX remiss_case ON remiss(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;
CREATE INDEX remiss_category ON remiss(category, received_on);
CREATE INDEX remiss_closed ON remiss(closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX remiss_deadline ON remiss(deadline_on);
CREATE INDEX remiss_received ON remiss(received_on);
CREATE UNIQUE INDEX remiss_sender_ref ON remiss(sender_id, sender_ref) WHERE sender_ref IS NOT NULL;
CREATE TRIGGER remiss_audit_insert AFTER INSERT ON remiss BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss', NEW.id,
         NULL, json_object('id', NEW.id, 'title', NEW.title, 'sender_id', NEW.sender_id, 'sender_ref', NEW.sender_ref, 'category', NEW.category, 'received_on', NEW.received_on, 'deadline_on', NEW.deadline_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'responsible', NEW.responsible, 'joint', NEW.joint, 'confidential', NEW.confidential, 'closed_on', NEW.closed_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'remiss';
END;
CREATE TRIGGER remiss_audit_update AFTER UPDATE ON remiss BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'remiss', NEW.id,
         json_object('id', OLD.id, 'title', OLD.title, 'sender_id', OLD.sender_id, 'sender_ref', OLD.sender_ref, 'category', OLD.category, 'received_on', OLD.received_on, 'deadline_on', OLD.deadline_on, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'responsible', OLD.responsible, 'joint', OLD.joint, 'confidential', OLD.confidential, 'closed_on', OLD.closed_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'title', NEW.title, 'sender_id', NEW.sender_id, 'sender_ref', NEW.sender_ref, 'category', NEW.category, 'received_on', NEW.received_on, 'deadline_on', NEW.deadline_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'responsible', NEW.responsible, 'joint', NEW.joint, 'confidential', NEW.confidential, 'closed_on', NEW.closed_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER remiss_closed_on_real_day_insert BEFORE INSERT ON remiss
WHEN NEW.closed_on IS date(NEW.closed_on) AND NEW.closed_on IS NOT date(NEW.closed_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.closed_on is a day of the calendar'); END;
CREATE TRIGGER remiss_closed_on_real_day_update BEFORE UPDATE OF closed_on ON remiss
WHEN NEW.closed_on IS date(NEW.closed_on) AND NEW.closed_on IS NOT date(NEW.closed_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.closed_on is a day of the calendar'); END;
CREATE TRIGGER remiss_deadline_on_real_day_insert BEFORE INSERT ON remiss
WHEN NEW.deadline_on IS date(NEW.deadline_on) AND NEW.deadline_on IS NOT date(NEW.deadline_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.deadline_on is a day of the calendar'); END;
CREATE TRIGGER remiss_deadline_on_real_day_update BEFORE UPDATE OF deadline_on ON remiss
WHEN NEW.deadline_on IS date(NEW.deadline_on) AND NEW.deadline_on IS NOT date(NEW.deadline_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.deadline_on is a day of the calendar'); END;
CREATE TRIGGER remiss_no_delete BEFORE DELETE ON remiss
BEGIN SELECT RAISE(ABORT, 'remiss: records are never deleted; end or correct them instead'); END;
CREATE TRIGGER remiss_received_on_real_day_insert BEFORE INSERT ON remiss
WHEN NEW.received_on IS date(NEW.received_on) AND NEW.received_on IS NOT date(NEW.received_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.received_on is a day of the calendar'); END;
CREATE TRIGGER remiss_received_on_real_day_update BEFORE UPDATE OF received_on ON remiss
WHEN NEW.received_on IS date(NEW.received_on) AND NEW.received_on IS NOT date(NEW.received_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.received_on is a day of the calendar'); END;
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
                    AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND ifnull(x.sent_on, x.approved_on) IS NOT NULL)));
END;

-- audit_context (one row: who is writing, read by every audit trigger) is made again after the
-- rebuilt audit table, so that the audit trail stays the first table of the schema whose name
-- says audit, as it was before this migration: a tool or a person looking for "the audit table"
-- by name finds the trail, not the one-row context.
CREATE TABLE main.audit_context_copy_0019 AS SELECT id, actor, command, bulk FROM main.audit_context;
DROP TABLE main.audit_context;
CREATE TABLE audit_context (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  actor    TEXT,
  command  TEXT,
  bulk     TEXT
) STRICT;
INSERT INTO audit_context (id, actor, command, bulk) SELECT id, actor, command, bulk FROM main.audit_context_copy_0019;
DROP TABLE main.audit_context_copy_0019;
