-- A whole year's follow-up (issue 9, items 2–5): the contract keeps the agreement and the
-- outcome side by side, and three new families hold what the published annual follow-up
-- reports besides: care bought outside the region, the university healthcare units (USV) and
-- access at the university hospital for patients from the other regions.

-- ---------------------------------------------------------------------------------------
-- contract: one row per year, payer, receiver, part and basis. basis 'avtal' is what the
-- agreement fixes (the fixed part and the budgeted variable part, the budgeted DRG volume);
-- 'utfall' is the follow-up's outcome of the same. Recording the outcome adds its own row and
-- never changes the agreement's; a row's basis cannot be changed afterwards (trigger below).
-- Rebuilt because the unique key gains the basis: every existing row becomes the agreement
-- (fixed part, variable budget) under its own id; a variable outcome recorded on it moves
-- to a new outcome row (written by this migration, so outside the audit trail, whose history
-- of the old row still shows the value as variable_outcome_tkr).
ALTER TABLE contract RENAME TO contract_old;

CREATE TABLE contract (
  id             INTEGER PRIMARY KEY,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  payer_id       INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  receiver_id    INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  part           TEXT NOT NULL DEFAULT 'vard' CHECK (part IN ('vard', 'samverkan')),
  basis          TEXT NOT NULL DEFAULT 'avtal' CHECK (basis IN ('avtal', 'utfall')),
  fixed_tkr      REAL CHECK (fixed_tkr IS NULL OR fixed_tkr >= 0),
  variable_tkr   REAL CHECK (variable_tkr IS NULL OR variable_tkr >= 0),
  volume_drg     REAL CHECK (volume_drg IS NULL OR volume_drg >= 0),
  withdrawn_on   TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note           TEXT,
  source         TEXT,
  UNIQUE (year, payer_id, receiver_id, part, basis),
  CHECK (part = 'samverkan' OR payer_id <> receiver_id)
) STRICT;

INSERT INTO contract (id, year, payer_id, receiver_id, part, basis, fixed_tkr, variable_tkr, withdrawn_on, note, source)
SELECT id, year, payer_id, receiver_id, part, 'avtal', fixed_tkr, variable_budget_tkr, withdrawn_on, note, source
FROM contract_old;

INSERT INTO contract (year, payer_id, receiver_id, part, basis, variable_tkr, withdrawn_on, note, source)
SELECT year, payer_id, receiver_id, part, 'utfall', variable_outcome_tkr, withdrawn_on,
       'Variable outcome moved from contract figure ' || id || ' by migration 0012.', source
FROM contract_old WHERE variable_outcome_tkr IS NOT NULL
ORDER BY id;

-- The old table's triggers went with it to contract_old and go with it now.
DROP TABLE contract_old;

CREATE TRIGGER contract_audit_insert AFTER INSERT ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'contract', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'basis', NEW.basis, 'fixed_tkr', NEW.fixed_tkr, 'variable_tkr', NEW.variable_tkr, 'volume_drg', NEW.volume_drg, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contract_audit_update AFTER UPDATE ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'contract', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'payer_id', OLD.payer_id, 'receiver_id', OLD.receiver_id, 'part', OLD.part, 'basis', OLD.basis, 'fixed_tkr', OLD.fixed_tkr, 'variable_tkr', OLD.variable_tkr, 'volume_drg', OLD.volume_drg, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'basis', NEW.basis, 'fixed_tkr', NEW.fixed_tkr, 'variable_tkr', NEW.variable_tkr, 'volume_drg', NEW.volume_drg, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contract_no_delete BEFORE DELETE ON contract
BEGIN SELECT RAISE(ABORT, 'contract: records are never deleted; end or correct them instead'); END;
-- The agreement and the outcome are different facts: a figure keeps its basis for life.
CREATE TRIGGER contract_basis_fixed BEFORE UPDATE OF basis ON contract
WHEN NEW.basis IS NOT OLD.basis
BEGIN SELECT RAISE(ABORT, 'the basis of a contract figure cannot be changed: record the outcome as a figure of its own (--basis utfall)'); END;

-- ---------------------------------------------------------------------------------------
-- Care bought outside the region (vård i annan region, utomlänsvård): each region's cost
-- per year for care its residents received in regions outside SÖSR, by kind of care, in tkr.
CREATE TABLE outside_care (
  id            INTEGER PRIMARY KEY,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  region_id     INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  kind          TEXT NOT NULL CHECK (kind IN ('akut', 'planerad', 'primarvard')),
  cost_tkr      REAL NOT NULL CHECK (cost_tkr >= 0),
  withdrawn_on  TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note          TEXT,
  source        TEXT,
  UNIQUE (year, region_id, kind)
) STRICT;

-- ---------------------------------------------------------------------------------------
-- University healthcare units (universitetssjukvårdsenheter, USV): a unit of a region,
-- designated on a day and valid to a day (an ended unit keeps its record).
CREATE TABLE university_unit (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  region_id      INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  area           TEXT,
  body_id        INTEGER REFERENCES body(id) ON DELETE RESTRICT,
  designated_on  TEXT CHECK (designated_on IS NULL OR designated_on IS date(designated_on)),
  valid_to       TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note           TEXT,
  source         TEXT,
  UNIQUE (region_id, name, designated_on),
  CHECK (valid_to IS NULL OR designated_on IS NULL OR valid_to >= designated_on)
) STRICT;
CREATE INDEX university_unit_region ON university_unit(region_id);

-- ---------------------------------------------------------------------------------------
-- Access at the university hospital for patients from the other regions: per year, home
-- region and measure (nybesok: first visits, behandling: treatments), how many and how many
-- within the care guarantee's 90 days.
CREATE TABLE us_access (
  id                 INTEGER PRIMARY KEY,
  year               INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  home_id            INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  measure            TEXT NOT NULL CHECK (measure IN ('nybesok', 'behandling')),
  unit               TEXT NOT NULL DEFAULT 'Universitetssjukhuset i Linköping' CHECK (length(trim(unit)) > 0),
  total_count        INTEGER NOT NULL CHECK (total_count >= 0),
  within_90_count    INTEGER NOT NULL CHECK (within_90_count >= 0),
  withdrawn_on       TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note               TEXT,
  source             TEXT,
  UNIQUE (year, home_id, measure, unit),
  CHECK (within_90_count <= total_count)
) STRICT;

-- Audit triggers (every column), and no deletes: see 0007_audit_trail.sql.
CREATE TRIGGER outside_care_audit_insert AFTER INSERT ON outside_care BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'outside_care', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'region_id', NEW.region_id, 'kind', NEW.kind, 'cost_tkr', NEW.cost_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER outside_care_audit_update AFTER UPDATE ON outside_care BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'outside_care', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'region_id', OLD.region_id, 'kind', OLD.kind, 'cost_tkr', OLD.cost_tkr, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'region_id', NEW.region_id, 'kind', NEW.kind, 'cost_tkr', NEW.cost_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER outside_care_no_delete BEFORE DELETE ON outside_care
BEGIN SELECT RAISE(ABORT, 'outside_care: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER university_unit_audit_insert AFTER INSERT ON university_unit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'university_unit', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'region_id', NEW.region_id, 'area', NEW.area, 'body_id', NEW.body_id, 'designated_on', NEW.designated_on, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER university_unit_audit_update AFTER UPDATE ON university_unit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'university_unit', NEW.id,
         json_object('id', OLD.id, 'name', OLD.name, 'region_id', OLD.region_id, 'area', OLD.area, 'body_id', OLD.body_id, 'designated_on', OLD.designated_on, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'name', NEW.name, 'region_id', NEW.region_id, 'area', NEW.area, 'body_id', NEW.body_id, 'designated_on', NEW.designated_on, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER university_unit_no_delete BEFORE DELETE ON university_unit
BEGIN SELECT RAISE(ABORT, 'university_unit: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER us_access_audit_insert AFTER INSERT ON us_access BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'us_access', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'home_id', NEW.home_id, 'measure', NEW.measure, 'unit', NEW.unit, 'total_count', NEW.total_count, 'within_90_count', NEW.within_90_count, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER us_access_audit_update AFTER UPDATE ON us_access BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'us_access', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'home_id', OLD.home_id, 'measure', OLD.measure, 'unit', OLD.unit, 'total_count', OLD.total_count, 'within_90_count', OLD.within_90_count, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'home_id', NEW.home_id, 'measure', NEW.measure, 'unit', NEW.unit, 'total_count', NEW.total_count, 'within_90_count', NEW.within_90_count, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER us_access_no_delete BEFORE DELETE ON us_access
BEGIN SELECT RAISE(ABORT, 'us_access: records are never deleted; end or correct them instead'); END;
