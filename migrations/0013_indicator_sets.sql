-- Systemmått as a chosen set (issue 9, item 1). The agreement names a fixed set of region-wide
-- measures per patient promise; a region's own budget indicators are something else. An
-- indicator belongs to named, dated sets ("Sjukvårdsregionala systemmått 2024") with an order
-- inside the set; the annual summary shows the set that applies to its year, and `report
-- indicators` keeps showing every indicator. The source documents do not list the
-- agreement's set (000 names the patient promises, lines 60–80, but no measures), so no set
-- is seeded: it is recorded with `samreg indicator-set add` and `indicator-set-member add`.
--
-- indicator is rebuilt (SQLite cannot change a CHECK): direction becomes optional (a head
-- count has no better or worse), and value_kind says what a value is: a share (stored in per
-- cent), a rate, or a count. Rows are copied as they are (value_kind left unknown: the seeds
-- and users set it, so that the audit trail records it); its triggers are recreated with the
-- new column. GRDB runs a migration with foreign keys off and checks them before commit, so
-- indicator_value's references to indicator(id) survive the rebuild.

CREATE TABLE indicator_new (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  promise      TEXT NOT NULL CHECK (promise IN ('forebyggande', 'jamlik', 'kostnadseffektiv',
                 'delaktighet', 'tillganglig', 'saker')),
  unit         TEXT,
  value_kind   TEXT CHECK (value_kind IS NULL OR value_kind IN ('share', 'rate', 'count')),
  direction    TEXT CHECK (direction IS NULL OR direction IN ('hog', 'lag')),
  target       REAL,
  target_text  TEXT,
  periodicity  TEXT NOT NULL DEFAULT 'ar' CHECK (periodicity IN ('manad', 'tertial', 'ar')),
  ended_on     TEXT CHECK (ended_on IS NULL OR ended_on IS date(ended_on)),
  note         TEXT,
  source       TEXT
) STRICT;
INSERT INTO indicator_new (id, code, name, promise, unit, value_kind, direction, target, target_text, periodicity, ended_on, note, source)
SELECT id, code, name, promise, unit, NULL, direction, target, target_text, periodicity, ended_on, note, source FROM indicator;
DROP TABLE indicator;
ALTER TABLE indicator_new RENAME TO indicator;

-- indicator
CREATE TRIGGER indicator_audit_insert AFTER INSERT ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'value_kind', NEW.value_kind, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_audit_update AFTER UPDATE ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'promise', OLD.promise, 'unit', OLD.unit, 'value_kind', OLD.value_kind, 'direction', OLD.direction, 'target', OLD.target, 'target_text', OLD.target_text, 'periodicity', OLD.periodicity, 'ended_on', OLD.ended_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'value_kind', NEW.value_kind, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_no_delete BEFORE DELETE ON indicator
BEGIN SELECT RAISE(ABORT, 'indicator: records are never deleted; end or correct them instead'); END;

-- A named, dated set of indicators. The set that applies to a year is the one valid on some
-- day of it with the latest valid_from (then the highest id).
CREATE TABLE indicator_set (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  valid_from  TEXT NOT NULL CHECK (valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note        TEXT,
  source      TEXT,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;

-- indicator_set
CREATE TRIGGER indicator_set_audit_insert AFTER INSERT ON indicator_set BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_set', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_set_audit_update AFTER UPDATE ON indicator_set BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator_set', NEW.id,
         json_object('id', OLD.id, 'name', OLD.name, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_set_no_delete BEFORE DELETE ON indicator_set
BEGIN SELECT RAISE(ABORT, 'indicator_set: records are never deleted; end or correct them instead'); END;

-- An indicator's place in a set: its position (1, 2, … across the whole set) and the patient
-- promise it is shown under there (when NULL, the indicator's own promise).
CREATE TABLE indicator_set_member (
  id            INTEGER PRIMARY KEY,
  set_id        INTEGER NOT NULL REFERENCES indicator_set(id) ON DELETE RESTRICT,
  indicator_id  INTEGER NOT NULL REFERENCES indicator(id) ON DELETE RESTRICT,
  position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 10000),
  promise       TEXT CHECK (promise IS NULL OR promise IN ('forebyggande', 'jamlik', 'kostnadseffektiv',
                 'delaktighet', 'tillganglig', 'saker')),
  withdrawn_on  TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note          TEXT,
  source        TEXT,
  UNIQUE (set_id, indicator_id),
  UNIQUE (set_id, position)
) STRICT;
CREATE INDEX indicator_set_member_indicator ON indicator_set_member(indicator_id);

-- indicator_set_member
CREATE TRIGGER indicator_set_member_audit_insert AFTER INSERT ON indicator_set_member BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_set_member', NEW.id,
         NULL, json_object('id', NEW.id, 'set_id', NEW.set_id, 'indicator_id', NEW.indicator_id, 'position', NEW.position, 'promise', NEW.promise, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_set_member_audit_update AFTER UPDATE ON indicator_set_member BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator_set_member', NEW.id,
         json_object('id', OLD.id, 'set_id', OLD.set_id, 'indicator_id', OLD.indicator_id, 'position', OLD.position, 'promise', OLD.promise, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'set_id', NEW.set_id, 'indicator_id', NEW.indicator_id, 'position', NEW.position, 'promise', NEW.promise, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_set_member_no_delete BEFORE DELETE ON indicator_set_member
BEGIN SELECT RAISE(ABORT, 'indicator_set_member: records are never deleted; end or correct them instead'); END;
