-- The schema of a freshly created samreg registry, as SQLite stores it:
-- SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name
-- Generated, do not edit. The unit test freshMigrateGivesTheCommittedSchema compares it
-- byte for byte; when a migration changes the schema it writes docs/schema.sql.new:
-- review that file and move it over this one.

CREATE TABLE adoption (
  id                 INTEGER PRIMARY KEY,
  recommendation_id  INTEGER NOT NULL REFERENCES decision(id) ON DELETE RESTRICT,
  region_id          INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  outcome            TEXT NOT NULL CHECK (outcome IN ('antagen', 'pagaende', 'avslagen')),
  decision_id        INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
  reference          TEXT,
  decided_on         TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on)),
  withdrawn_on       TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note               TEXT,
  source             TEXT,
  UNIQUE (recommendation_id, region_id),
  CHECK (outcome = 'pagaende' OR decided_on IS NOT NULL)
) STRICT;

CREATE TRIGGER adoption_audit_insert AFTER INSERT ON adoption BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'adoption', NEW.id,
         NULL, json_object('id', NEW.id, 'recommendation_id', NEW.recommendation_id, 'region_id', NEW.region_id, 'outcome', NEW.outcome, 'decision_id', NEW.decision_id, 'reference', NEW.reference, 'decided_on', NEW.decided_on, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'adoption';
END;

CREATE TRIGGER adoption_audit_update AFTER UPDATE ON adoption BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'adoption', NEW.id,
         json_object('id', OLD.id, 'recommendation_id', OLD.recommendation_id, 'region_id', OLD.region_id, 'outcome', OLD.outcome, 'decision_id', OLD.decision_id, 'reference', OLD.reference, 'decided_on', OLD.decided_on, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'recommendation_id', NEW.recommendation_id, 'region_id', NEW.region_id, 'outcome', NEW.outcome, 'decision_id', NEW.decision_id, 'reference', NEW.reference, 'decided_on', NEW.decided_on, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER adoption_decided_on_real_day_insert BEFORE INSERT ON adoption
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: adoption.decided_on is a day of the calendar'); END;

CREATE TRIGGER adoption_decided_on_real_day_update BEFORE UPDATE OF decided_on ON adoption
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: adoption.decided_on is a day of the calendar'); END;

CREATE TRIGGER adoption_no_delete BEFORE DELETE ON adoption
BEGIN SELECT RAISE(ABORT, 'adoption: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER adoption_of_recommendation BEFORE INSERT ON adoption
WHEN (SELECT kind FROM decision WHERE id = NEW.recommendation_id) IS NOT 'rekommendation'
BEGIN SELECT RAISE(ABORT, 'adoption: recommendation_id is not a decision of kind rekommendation'); END;

CREATE TRIGGER adoption_of_recommendation_update BEFORE UPDATE OF recommendation_id ON adoption
WHEN (SELECT kind FROM decision WHERE id = NEW.recommendation_id) IS NOT 'rekommendation'
BEGIN SELECT RAISE(ABORT, 'adoption: recommendation_id is not a decision of kind rekommendation'); END;

CREATE TRIGGER adoption_withdrawn_on_real_day_insert BEFORE INSERT ON adoption
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: adoption.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER adoption_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON adoption
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: adoption.withdrawn_on is a day of the calendar'); END;

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

CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;

CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
  OR NEW.actor IS NOT OLD.actor OR NEW.command IS NOT OLD.command OR NEW.action IS NOT OLD.action
  OR NEW.tbl IS NOT OLD.tbl OR NEW.record_id IS NOT OLD.record_id OR NEW.before IS NOT OLD.before
  OR NEW.after IS NOT OLD.after
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;

CREATE TABLE audit_context (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  actor    TEXT,
  command  TEXT,
  bulk     TEXT
) STRICT;

CREATE INDEX audit_record ON audit(tbl, record_id);

CREATE INDEX audit_unsealed ON audit(seq) WHERE hash IS NULL;

CREATE TABLE body (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('samverkansnamnd', 'rsl', 'rsl_au', 'rsl_stab', 'presidium',
                    'kunskapsrad', 'rpo', 'npo', 'rsg', 'lpo', 'arbetsgrupp', 'styrgrupp',
                    'kunskapscentrum', 'rad', 'namnd', 'annan')),
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name      TEXT,
  parent_id       INTEGER REFERENCES body(id) ON DELETE RESTRICT,
  host_region_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  counterpart_id  INTEGER REFERENCES body(id) ON DELETE RESTRICT,
  hosted_by_sosr  INTEGER NOT NULL DEFAULT 0 CHECK (hosted_by_sosr IN (0, 1)),
  valid_from      TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to        TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note            TEXT,
  source          TEXT,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  CHECK (parent_id IS NULL OR parent_id <> id),
  CHECK (counterpart_id IS NULL OR counterpart_id <> id)
) STRICT;

CREATE TABLE body_alias (
  id          INTEGER PRIMARY KEY,
  body_id     INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  alias       TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  kind        TEXT NOT NULL DEFAULT 'alias' CHECK (kind IN ('alias', 'tidigare_namn')),
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  source      TEXT,
  UNIQUE (body_id, alias),
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE TRIGGER body_alias_audit_insert AFTER INSERT ON body_alias BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body_alias', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'alias', NEW.alias, 'kind', NEW.kind, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'body_alias';
END;

CREATE TRIGGER body_alias_audit_update AFTER UPDATE ON body_alias BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'body_alias', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'alias', OLD.alias, 'kind', OLD.kind, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'alias', NEW.alias, 'kind', NEW.kind, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER body_alias_no_delete BEFORE DELETE ON body_alias
BEGIN SELECT RAISE(ABORT, 'body_alias: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER body_alias_valid_from_real_day_insert BEFORE INSERT ON body_alias
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_alias.valid_from is a day of the calendar'); END;

CREATE TRIGGER body_alias_valid_from_real_day_update BEFORE UPDATE OF valid_from ON body_alias
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_alias.valid_from is a day of the calendar'); END;

CREATE TRIGGER body_alias_valid_to_real_day_insert BEFORE INSERT ON body_alias
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_alias.valid_to is a day of the calendar'); END;

CREATE TRIGGER body_alias_valid_to_real_day_update BEFORE UPDATE OF valid_to ON body_alias
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_alias.valid_to is a day of the calendar'); END;

CREATE TRIGGER body_audit_insert AFTER INSERT ON body BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body', NEW.id,
         NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'short_name', NEW.short_name, 'parent_id', NEW.parent_id, 'host_region_id', NEW.host_region_id, 'counterpart_id', NEW.counterpart_id, 'hosted_by_sosr', NEW.hosted_by_sosr, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'body';
END;

CREATE TRIGGER body_audit_update AFTER UPDATE ON body BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'body', NEW.id,
         json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'short_name', OLD.short_name, 'parent_id', OLD.parent_id, 'host_region_id', OLD.host_region_id, 'counterpart_id', OLD.counterpart_id, 'hosted_by_sosr', OLD.hosted_by_sosr, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'short_name', NEW.short_name, 'parent_id', NEW.parent_id, 'host_region_id', NEW.host_region_id, 'counterpart_id', NEW.counterpart_id, 'hosted_by_sosr', NEW.hosted_by_sosr, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX body_kind ON body(kind);

CREATE TABLE body_name_history (
  id          INTEGER PRIMARY KEY,
  body_id     INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT NOT NULL CHECK (valid_to IS date(valid_to)),
  source      TEXT,
  CHECK (valid_from IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE TRIGGER body_name_history_audit_insert AFTER INSERT ON body_name_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body_name_history', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'body_name_history';
END;

CREATE TRIGGER body_name_history_audit_update AFTER UPDATE ON body_name_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'body_name_history', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'name', OLD.name, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX body_name_history_body ON body_name_history(body_id, valid_to);

CREATE TRIGGER body_name_history_no_delete BEFORE DELETE ON body_name_history
BEGIN SELECT RAISE(ABORT, 'body_name_history: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER body_name_history_valid_from_real_day_insert BEFORE INSERT ON body_name_history
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_name_history.valid_from is a day of the calendar'); END;

CREATE TRIGGER body_name_history_valid_from_real_day_update BEFORE UPDATE OF valid_from ON body_name_history
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_name_history.valid_from is a day of the calendar'); END;

CREATE TRIGGER body_name_history_valid_to_real_day_insert BEFORE INSERT ON body_name_history
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_name_history.valid_to is a day of the calendar'); END;

CREATE TRIGGER body_name_history_valid_to_real_day_update BEFORE UPDATE OF valid_to ON body_name_history
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body_name_history.valid_to is a day of the calendar'); END;

CREATE TRIGGER body_no_delete BEFORE DELETE ON body
BEGIN SELECT RAISE(ABORT, 'body: records are never deleted; end or correct them instead'); END;

CREATE INDEX body_parent ON body(parent_id);

CREATE TRIGGER body_valid_from_real_day_insert BEFORE INSERT ON body
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body.valid_from is a day of the calendar'); END;

CREATE TRIGGER body_valid_from_real_day_update BEFORE UPDATE OF valid_from ON body
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body.valid_from is a day of the calendar'); END;

CREATE TRIGGER body_valid_to_real_day_insert BEFORE INSERT ON body
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body.valid_to is a day of the calendar'); END;

CREATE TRIGGER body_valid_to_real_day_update BEFORE UPDATE OF valid_to ON body
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: body.valid_to is a day of the calendar'); END;

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

CREATE TRIGGER contract_audit_insert AFTER INSERT ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'contract', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'basis', NEW.basis, 'fixed_tkr', NEW.fixed_tkr, 'variable_tkr', NEW.variable_tkr, 'volume_drg', NEW.volume_drg, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'contract';
END;

CREATE TRIGGER contract_audit_update AFTER UPDATE ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'contract', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'payer_id', OLD.payer_id, 'receiver_id', OLD.receiver_id, 'part', OLD.part, 'basis', OLD.basis, 'fixed_tkr', OLD.fixed_tkr, 'variable_tkr', OLD.variable_tkr, 'volume_drg', OLD.volume_drg, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'basis', NEW.basis, 'fixed_tkr', NEW.fixed_tkr, 'variable_tkr', NEW.variable_tkr, 'volume_drg', NEW.volume_drg, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER contract_basis_fixed BEFORE UPDATE OF basis ON contract
WHEN NEW.basis IS NOT OLD.basis
BEGIN SELECT RAISE(ABORT, 'the basis of a contract figure cannot be changed: record the outcome as a figure of its own (--basis utfall)'); END;

CREATE TRIGGER contract_no_delete BEFORE DELETE ON contract
BEGIN SELECT RAISE(ABORT, 'contract: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER contract_withdrawn_on_real_day_insert BEFORE INSERT ON contract
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: contract.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER contract_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON contract
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: contract.withdrawn_on is a day of the calendar'); END;

CREATE TABLE cooperation_area (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (code IN ('ledning', 'egenkraft', 'kunskapsstyrning',
                'arbetsfordelning', 'processer', 'kompetens')),
  name        TEXT NOT NULL,
  ordinal     INTEGER NOT NULL UNIQUE CHECK (ordinal BETWEEN 1 AND 6),
  source      TEXT
) STRICT;

CREATE TRIGGER cooperation_area_audit_insert AFTER INSERT ON cooperation_area BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'cooperation_area', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'ordinal', NEW.ordinal, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'cooperation_area';
END;

CREATE TRIGGER cooperation_area_audit_update AFTER UPDATE ON cooperation_area BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'cooperation_area', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'ordinal', OLD.ordinal, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'ordinal', NEW.ordinal, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER cooperation_area_no_delete BEFORE DELETE ON cooperation_area
BEGIN SELECT RAISE(ABORT, 'cooperation_area: records are never deleted; end or correct them instead'); END;

CREATE TABLE "decision" (
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

CREATE INDEX decision_area ON decision(area, decided_on) WHERE area IS NOT NULL;

CREATE TRIGGER decision_audit_insert AFTER INSERT ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'decision', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source, 'area', NEW.area)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'decision';
END;

CREATE TRIGGER decision_audit_update AFTER UPDATE ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'decision', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'meeting_id', OLD.meeting_id, 'decided_on', OLD.decided_on, 'paragraph', OLD.paragraph, 'paragraph_no', OLD.paragraph_no, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'kind', OLD.kind, 'title', OLD.title, 'text', OLD.text, 'basis', OLD.basis, 'recipients', OLD.recipients, 'remiss_id', OLD.remiss_id, 'permit_id', OLD.permit_id, 'workload_id', OLD.workload_id, 'confidential', OLD.confidential, 'revoked_on', OLD.revoked_on, 'note', OLD.note, 'source', OLD.source, 'area', OLD.area), json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source, 'area', NEW.area)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX decision_body_date ON decision(body_id, decided_on);

CREATE INDEX decision_case ON decision(case_issuer, case_year, case_serial);

CREATE INDEX decision_date ON decision(decided_on);

CREATE TRIGGER decision_decided_on_real_day_insert BEFORE INSERT ON decision
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: decision.decided_on is a day of the calendar'); END;

CREATE TRIGGER decision_decided_on_real_day_update BEFORE UPDATE OF decided_on ON decision
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: decision.decided_on is a day of the calendar'); END;

CREATE INDEX decision_kind_date ON decision(kind, decided_on);

CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'decision: records are never deleted; end or correct them instead'); END;

CREATE UNIQUE INDEX decision_paragraph ON decision(body_id, substr(decided_on, 1, 4), paragraph_no)
  WHERE paragraph_no IS NOT NULL AND kind <> 'delegationsbeslut';

CREATE INDEX decision_permit ON decision(permit_id) WHERE permit_id IS NOT NULL;

CREATE INDEX decision_remiss ON decision(remiss_id) WHERE remiss_id IS NOT NULL;

CREATE TRIGGER decision_revoked_on_real_day_insert BEFORE INSERT ON decision
WHEN NEW.revoked_on IS date(NEW.revoked_on) AND NEW.revoked_on IS NOT date(NEW.revoked_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: decision.revoked_on is a day of the calendar'); END;

CREATE TRIGGER decision_revoked_on_real_day_update BEFORE UPDATE OF revoked_on ON decision
WHEN NEW.revoked_on IS date(NEW.revoked_on) AND NEW.revoked_on IS NOT date(NEW.revoked_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: decision.revoked_on is a day of the calendar'); END;

CREATE INDEX decision_workload ON decision(workload_id) WHERE workload_id IS NOT NULL;

CREATE TABLE flow (
  id             INTEGER PRIMARY KEY,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  performing_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  home_id        INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  drg_sum        REAL NOT NULL CHECK (drg_sum >= 0),
  cases          INTEGER CHECK (cases IS NULL OR cases >= 0),
  withdrawn_on   TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note           TEXT,
  source         TEXT,
  UNIQUE (year, performing_id, home_id)
) STRICT;

CREATE TRIGGER flow_audit_insert AFTER INSERT ON flow BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'flow', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'performing_id', NEW.performing_id, 'home_id', NEW.home_id, 'drg_sum', NEW.drg_sum, 'cases', NEW.cases, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'flow';
END;

CREATE TRIGGER flow_audit_update AFTER UPDATE ON flow BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'flow', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'performing_id', OLD.performing_id, 'home_id', OLD.home_id, 'drg_sum', OLD.drg_sum, 'cases', OLD.cases, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'performing_id', NEW.performing_id, 'home_id', NEW.home_id, 'drg_sum', NEW.drg_sum, 'cases', NEW.cases, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow
BEGIN SELECT RAISE(ABORT, 'flow: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER flow_withdrawn_on_real_day_insert BEFORE INSERT ON flow
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: flow.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER flow_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON flow
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: flow.withdrawn_on is a day of the calendar'); END;

CREATE TABLE goal (
  id          INTEGER PRIMARY KEY,
  subject     TEXT NOT NULL CHECK (subject IN ('nhv_permits')),
  holder_id   INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  min_count   INTEGER NOT NULL CHECK (min_count >= 0),
  max_count   INTEGER NOT NULL,
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  source      TEXT,
  CHECK (max_count >= min_count),
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE TRIGGER goal_audit_insert AFTER INSERT ON goal BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'goal', NEW.id,
         NULL, json_object('id', NEW.id, 'subject', NEW.subject, 'holder_id', NEW.holder_id, 'min_count', NEW.min_count, 'max_count', NEW.max_count, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'goal';
END;

CREATE TRIGGER goal_audit_update AFTER UPDATE ON goal BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'goal', NEW.id,
         json_object('id', OLD.id, 'subject', OLD.subject, 'holder_id', OLD.holder_id, 'min_count', OLD.min_count, 'max_count', OLD.max_count, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'subject', NEW.subject, 'holder_id', NEW.holder_id, 'min_count', NEW.min_count, 'max_count', NEW.max_count, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER goal_no_delete BEFORE DELETE ON goal
BEGIN SELECT RAISE(ABORT, 'goal: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER goal_valid_from_real_day_insert BEFORE INSERT ON goal
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goal.valid_from is a day of the calendar'); END;

CREATE TRIGGER goal_valid_from_real_day_update BEFORE UPDATE OF valid_from ON goal
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goal.valid_from is a day of the calendar'); END;

CREATE TRIGGER goal_valid_to_real_day_insert BEFORE INSERT ON goal
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goal.valid_to is a day of the calendar'); END;

CREATE TRIGGER goal_valid_to_real_day_update BEFORE UPDATE OF valid_to ON goal
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goal.valid_to is a day of the calendar'); END;

CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

CREATE TABLE "indicator" (
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

CREATE TRIGGER indicator_audit_insert AFTER INSERT ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'value_kind', NEW.value_kind, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator';
END;

CREATE TRIGGER indicator_audit_update AFTER UPDATE ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'promise', OLD.promise, 'unit', OLD.unit, 'value_kind', OLD.value_kind, 'direction', OLD.direction, 'target', OLD.target, 'target_text', OLD.target_text, 'periodicity', OLD.periodicity, 'ended_on', OLD.ended_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'value_kind', NEW.value_kind, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER indicator_ended_on_real_day_insert BEFORE INSERT ON indicator
WHEN NEW.ended_on IS date(NEW.ended_on) AND NEW.ended_on IS NOT date(NEW.ended_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator.ended_on is a day of the calendar'); END;

CREATE TRIGGER indicator_ended_on_real_day_update BEFORE UPDATE OF ended_on ON indicator
WHEN NEW.ended_on IS date(NEW.ended_on) AND NEW.ended_on IS NOT date(NEW.ended_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator.ended_on is a day of the calendar'); END;

CREATE TRIGGER indicator_no_delete BEFORE DELETE ON indicator
BEGIN SELECT RAISE(ABORT, 'indicator: records are never deleted; end or correct them instead'); END;

CREATE TABLE indicator_set (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  valid_from  TEXT NOT NULL CHECK (valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note        TEXT,
  source      TEXT,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE TRIGGER indicator_set_audit_insert AFTER INSERT ON indicator_set BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_set', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator_set';
END;

CREATE TRIGGER indicator_set_audit_update AFTER UPDATE ON indicator_set BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator_set', NEW.id,
         json_object('id', OLD.id, 'name', OLD.name, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

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

CREATE TRIGGER indicator_set_member_audit_insert AFTER INSERT ON indicator_set_member BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_set_member', NEW.id,
         NULL, json_object('id', NEW.id, 'set_id', NEW.set_id, 'indicator_id', NEW.indicator_id, 'position', NEW.position, 'promise', NEW.promise, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator_set_member';
END;

CREATE TRIGGER indicator_set_member_audit_update AFTER UPDATE ON indicator_set_member BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator_set_member', NEW.id,
         json_object('id', OLD.id, 'set_id', OLD.set_id, 'indicator_id', OLD.indicator_id, 'position', OLD.position, 'promise', OLD.promise, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'set_id', NEW.set_id, 'indicator_id', NEW.indicator_id, 'position', NEW.position, 'promise', NEW.promise, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX indicator_set_member_indicator ON indicator_set_member(indicator_id);

CREATE TRIGGER indicator_set_member_no_delete BEFORE DELETE ON indicator_set_member
BEGIN SELECT RAISE(ABORT, 'indicator_set_member: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER indicator_set_member_withdrawn_on_real_day_insert BEFORE INSERT ON indicator_set_member
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_set_member.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER indicator_set_member_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON indicator_set_member
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_set_member.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER indicator_set_no_delete BEFORE DELETE ON indicator_set
BEGIN SELECT RAISE(ABORT, 'indicator_set: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER indicator_set_valid_from_real_day_insert BEFORE INSERT ON indicator_set
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_set.valid_from is a day of the calendar'); END;

CREATE TRIGGER indicator_set_valid_from_real_day_update BEFORE UPDATE OF valid_from ON indicator_set
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_set.valid_from is a day of the calendar'); END;

CREATE TRIGGER indicator_set_valid_to_real_day_insert BEFORE INSERT ON indicator_set
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_set.valid_to is a day of the calendar'); END;

CREATE TRIGGER indicator_set_valid_to_real_day_update BEFORE UPDATE OF valid_to ON indicator_set
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_set.valid_to is a day of the calendar'); END;

CREATE TABLE indicator_value (
  id            INTEGER PRIMARY KEY,
  indicator_id  INTEGER NOT NULL REFERENCES indicator(id) ON DELETE RESTRICT,
  region_id     INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  period        TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]'
                  OR period GLOB '[12][0-9][0-9][0-9]-T[123]'
                  OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12')),
  value         REAL,
  missing       TEXT,
  withdrawn_on  TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note          TEXT,
  source        TEXT,
  UNIQUE (indicator_id, region_id, period),
  CHECK (value IS NOT NULL OR missing IS NOT NULL)
) STRICT;

CREATE TRIGGER indicator_value_audit_insert AFTER INSERT ON indicator_value BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_value', NEW.id,
         NULL, json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'region_id', NEW.region_id, 'period', NEW.period, 'value', NEW.value, 'missing', NEW.missing, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator_value';
END;

CREATE TRIGGER indicator_value_audit_update AFTER UPDATE ON indicator_value BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator_value', NEW.id,
         json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'region_id', OLD.region_id, 'period', OLD.period, 'value', OLD.value, 'missing', OLD.missing, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'region_id', NEW.region_id, 'period', NEW.period, 'value', NEW.value, 'missing', NEW.missing, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER indicator_value_no_delete BEFORE DELETE ON indicator_value
BEGIN SELECT RAISE(ABORT, 'indicator_value: records are never deleted; end or correct them instead'); END;

CREATE INDEX indicator_value_period ON indicator_value(period, indicator_id);

CREATE TRIGGER indicator_value_withdrawn_on_real_day_insert BEFORE INSERT ON indicator_value
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_value.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER indicator_value_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON indicator_value
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: indicator_value.withdrawn_on is a day of the calendar'); END;

CREATE TABLE "meeting" (
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

CREATE TRIGGER meeting_audit_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'meeting', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'held_on', NEW.held_on, 'place', NEW.place, 'protocol_approved_on', NEW.protocol_approved_on, 'cancelled_on', NEW.cancelled_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'meeting';
END;

CREATE TRIGGER meeting_audit_update AFTER UPDATE ON meeting BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'meeting', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'held_on', OLD.held_on, 'place', OLD.place, 'protocol_approved_on', OLD.protocol_approved_on, 'cancelled_on', OLD.cancelled_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'held_on', NEW.held_on, 'place', NEW.place, 'protocol_approved_on', NEW.protocol_approved_on, 'cancelled_on', NEW.cancelled_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER meeting_cancelled_on_real_day_insert BEFORE INSERT ON meeting
WHEN NEW.cancelled_on IS date(NEW.cancelled_on) AND NEW.cancelled_on IS NOT date(NEW.cancelled_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.cancelled_on is a day of the calendar'); END;

CREATE TRIGGER meeting_cancelled_on_real_day_update BEFORE UPDATE OF cancelled_on ON meeting
WHEN NEW.cancelled_on IS date(NEW.cancelled_on) AND NEW.cancelled_on IS NOT date(NEW.cancelled_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.cancelled_on is a day of the calendar'); END;

CREATE TRIGGER meeting_held_on_real_day_insert BEFORE INSERT ON meeting
WHEN NEW.held_on IS date(NEW.held_on) AND NEW.held_on IS NOT date(NEW.held_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.held_on is a day of the calendar'); END;

CREATE TRIGGER meeting_held_on_real_day_update BEFORE UPDATE OF held_on ON meeting
WHEN NEW.held_on IS date(NEW.held_on) AND NEW.held_on IS NOT date(NEW.held_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.held_on is a day of the calendar'); END;

CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting
BEGIN SELECT RAISE(ABORT, 'meeting: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER meeting_protocol_approved_on_real_day_insert BEFORE INSERT ON meeting
WHEN NEW.protocol_approved_on IS date(NEW.protocol_approved_on) AND NEW.protocol_approved_on IS NOT date(NEW.protocol_approved_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.protocol_approved_on is a day of the calendar'); END;

CREATE TRIGGER meeting_protocol_approved_on_real_day_update BEFORE UPDATE OF protocol_approved_on ON meeting
WHEN NEW.protocol_approved_on IS date(NEW.protocol_approved_on) AND NEW.protocol_approved_on IS NOT date(NEW.protocol_approved_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.protocol_approved_on is a day of the calendar'); END;

CREATE TABLE "membership" (
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

CREATE TRIGGER membership_audit_insert AFTER INSERT ON membership BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'membership', NEW.id,
         NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'body_id', NEW.body_id, 'role', NEW.role, 'region_id', NEW.region_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'membership';
END;

CREATE TRIGGER membership_audit_update AFTER UPDATE ON membership BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'membership', NEW.id,
         json_object('id', OLD.id, 'person_id', OLD.person_id, 'body_id', OLD.body_id, 'role', OLD.role, 'region_id', OLD.region_id, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'person_id', NEW.person_id, 'body_id', NEW.body_id, 'role', NEW.role, 'region_id', NEW.region_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX membership_body ON membership(body_id);

CREATE TRIGGER membership_no_delete BEFORE DELETE ON membership
BEGIN SELECT RAISE(ABORT, 'membership: records are never deleted; end or correct them instead'); END;

CREATE INDEX membership_person ON membership(person_id);

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

CREATE TRIGGER membership_role_history_audit_insert AFTER INSERT ON membership_role_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'membership_role_history', NEW.id,
         NULL, json_object('id', NEW.id, 'membership_id', NEW.membership_id, 'role', NEW.role, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'membership_role_history';
END;

CREATE TRIGGER membership_role_history_audit_update AFTER UPDATE ON membership_role_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'membership_role_history', NEW.id,
         json_object('id', OLD.id, 'membership_id', OLD.membership_id, 'role', OLD.role, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'membership_id', NEW.membership_id, 'role', NEW.role, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX membership_role_history_membership ON membership_role_history(membership_id, valid_to);

CREATE TRIGGER membership_role_history_no_delete BEFORE DELETE ON membership_role_history
BEGIN SELECT RAISE(ABORT, 'membership_role_history: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER membership_role_history_valid_from_real_day_insert BEFORE INSERT ON membership_role_history
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership_role_history.valid_from is a day of the calendar'); END;

CREATE TRIGGER membership_role_history_valid_from_real_day_update BEFORE UPDATE OF valid_from ON membership_role_history
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership_role_history.valid_from is a day of the calendar'); END;

CREATE TRIGGER membership_role_history_valid_to_real_day_insert BEFORE INSERT ON membership_role_history
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership_role_history.valid_to is a day of the calendar'); END;

CREATE TRIGGER membership_role_history_valid_to_real_day_update BEFORE UPDATE OF valid_to ON membership_role_history
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership_role_history.valid_to is a day of the calendar'); END;

CREATE TRIGGER membership_valid_from_real_day_insert BEFORE INSERT ON membership
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership.valid_from is a day of the calendar'); END;

CREATE TRIGGER membership_valid_from_real_day_update BEFORE UPDATE OF valid_from ON membership
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership.valid_from is a day of the calendar'); END;

CREATE TRIGGER membership_valid_to_real_day_insert BEFORE INSERT ON membership
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership.valid_to is a day of the calendar'); END;

CREATE TRIGGER membership_valid_to_real_day_update BEFORE UPDATE OF valid_to ON membership
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: membership.valid_to is a day of the calendar'); END;

CREATE TABLE narrative (
  id            INTEGER PRIMARY KEY,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  section       TEXT NOT NULL CHECK (section IN ('samverkansnamnden', 'ledning', 'egenkraft',
                  'kunskapsstyrning', 'arbetsfordelning', 'processer', 'kompetens',
                  'hogspecialiserad', 'universitetssjukvard', 'remisser', 'arbetsfordelningsbeslut',
                  'regionavtalet', 'avtalsmodell', 'systemmatt')),
  text          TEXT NOT NULL,
  withdrawn_on  TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  source        TEXT,
  UNIQUE (year, section)
) STRICT;

CREATE TRIGGER narrative_audit_insert AFTER INSERT ON narrative BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'narrative', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'section', NEW.section, 'text', NEW.text, 'withdrawn_on', NEW.withdrawn_on, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'narrative';
END;

CREATE TRIGGER narrative_audit_update AFTER UPDATE ON narrative BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'narrative', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'section', OLD.section, 'text', OLD.text, 'withdrawn_on', OLD.withdrawn_on, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'section', NEW.section, 'text', NEW.text, 'withdrawn_on', NEW.withdrawn_on, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER narrative_no_delete BEFORE DELETE ON narrative
BEGIN SELECT RAISE(ABORT, 'narrative: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER narrative_withdrawn_on_real_day_insert BEFORE INSERT ON narrative
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: narrative.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER narrative_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON narrative
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: narrative.withdrawn_on is a day of the calendar'); END;

CREATE TABLE organisation (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('region', 'myndighet', 'departement', 'skr', 'riket', 'universitet', 'annan')),
  sosr_party  INTEGER NOT NULL DEFAULT 0 CHECK (sosr_party IN (0, 1)),
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note        TEXT,
  source      TEXT,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE TRIGGER organisation_audit_insert AFTER INSERT ON organisation BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'organisation', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'sosr_party', NEW.sosr_party, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'organisation';
END;

CREATE TRIGGER organisation_audit_update AFTER UPDATE ON organisation BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'organisation', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'sosr_party', OLD.sosr_party, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'sosr_party', NEW.sosr_party, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER organisation_no_delete BEFORE DELETE ON organisation
BEGIN SELECT RAISE(ABORT, 'organisation: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER organisation_valid_from_real_day_insert BEFORE INSERT ON organisation
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisation.valid_from is a day of the calendar'); END;

CREATE TRIGGER organisation_valid_from_real_day_update BEFORE UPDATE OF valid_from ON organisation
WHEN NEW.valid_from IS date(NEW.valid_from) AND NEW.valid_from IS NOT date(NEW.valid_from, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisation.valid_from is a day of the calendar'); END;

CREATE TRIGGER organisation_valid_to_real_day_insert BEFORE INSERT ON organisation
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisation.valid_to is a day of the calendar'); END;

CREATE TRIGGER organisation_valid_to_real_day_update BEFORE UPDATE OF valid_to ON organisation
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisation.valid_to is a day of the calendar'); END;

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

CREATE TRIGGER outside_care_audit_insert AFTER INSERT ON outside_care BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'outside_care', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'region_id', NEW.region_id, 'kind', NEW.kind, 'cost_tkr', NEW.cost_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'outside_care';
END;

CREATE TRIGGER outside_care_audit_update AFTER UPDATE ON outside_care BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'outside_care', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'region_id', OLD.region_id, 'kind', OLD.kind, 'cost_tkr', OLD.cost_tkr, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'region_id', NEW.region_id, 'kind', NEW.kind, 'cost_tkr', NEW.cost_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER outside_care_no_delete BEFORE DELETE ON outside_care
BEGIN SELECT RAISE(ABORT, 'outside_care: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER outside_care_withdrawn_on_real_day_insert BEFORE INSERT ON outside_care
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: outside_care.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER outside_care_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON outside_care
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: outside_care.withdrawn_on is a day of the calendar'); END;

CREATE TABLE "permit" (
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

CREATE TRIGGER permit_applied_on_real_day_insert BEFORE INSERT ON permit
WHEN NEW.applied_on IS date(NEW.applied_on) AND NEW.applied_on IS NOT date(NEW.applied_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.applied_on is a day of the calendar'); END;

CREATE TRIGGER permit_applied_on_real_day_update BEFORE UPDATE OF applied_on ON permit
WHEN NEW.applied_on IS date(NEW.applied_on) AND NEW.applied_on IS NOT date(NEW.applied_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.applied_on is a day of the calendar'); END;

CREATE TRIGGER permit_audit_insert AFTER INSERT ON permit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'permit', NEW.id,
         NULL, json_object('id', NEW.id, 'care_area', NEW.care_area, 'holder_id', NEW.holder_id, 'unit', NEW.unit, 'status', NEW.status, 'applied_on', NEW.applied_on, 'decided_on', NEW.decided_on, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'scope', NEW.scope, 'parent_id', NEW.parent_id, 'consequence_analysis', NEW.consequence_analysis, 'remiss_id', NEW.remiss_id, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'permit';
END;

CREATE TRIGGER permit_audit_update AFTER UPDATE ON permit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'permit', NEW.id,
         json_object('id', OLD.id, 'care_area', OLD.care_area, 'holder_id', OLD.holder_id, 'unit', OLD.unit, 'status', OLD.status, 'applied_on', OLD.applied_on, 'decided_on', OLD.decided_on, 'start_on', OLD.start_on, 'end_on', OLD.end_on, 'scope', OLD.scope, 'parent_id', OLD.parent_id, 'consequence_analysis', OLD.consequence_analysis, 'remiss_id', OLD.remiss_id, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'confidential', OLD.confidential, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'care_area', NEW.care_area, 'holder_id', NEW.holder_id, 'unit', NEW.unit, 'status', NEW.status, 'applied_on', NEW.applied_on, 'decided_on', NEW.decided_on, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'scope', NEW.scope, 'parent_id', NEW.parent_id, 'consequence_analysis', NEW.consequence_analysis, 'remiss_id', NEW.remiss_id, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE UNIQUE INDEX permit_case ON permit(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;

CREATE TRIGGER permit_decided_on_real_day_insert BEFORE INSERT ON permit
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.decided_on is a day of the calendar'); END;

CREATE TRIGGER permit_decided_on_real_day_update BEFORE UPDATE OF decided_on ON permit
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.decided_on is a day of the calendar'); END;

CREATE TRIGGER permit_end_on_real_day_insert BEFORE INSERT ON permit
WHEN NEW.end_on IS date(NEW.end_on) AND NEW.end_on IS NOT date(NEW.end_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.end_on is a day of the calendar'); END;

CREATE TRIGGER permit_end_on_real_day_update BEFORE UPDATE OF end_on ON permit
WHEN NEW.end_on IS date(NEW.end_on) AND NEW.end_on IS NOT date(NEW.end_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.end_on is a day of the calendar'); END;

CREATE INDEX permit_holder ON permit(holder_id, status);

CREATE TRIGGER permit_no_delete BEFORE DELETE ON permit
BEGIN SELECT RAISE(ABORT, 'permit: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER permit_start_on_real_day_insert BEFORE INSERT ON permit
WHEN NEW.start_on IS date(NEW.start_on) AND NEW.start_on IS NOT date(NEW.start_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.start_on is a day of the calendar'); END;

CREATE TRIGGER permit_start_on_real_day_update BEFORE UPDATE OF start_on ON permit
WHEN NEW.start_on IS date(NEW.start_on) AND NEW.start_on IS NOT date(NEW.start_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: permit.start_on is a day of the calendar'); END;

CREATE TABLE person (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title            TEXT,
  organisation_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  valid_to         TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note             TEXT,
  source           TEXT
) STRICT;

CREATE TRIGGER person_audit_insert AFTER INSERT ON person BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'person', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'title', NEW.title, 'organisation_id', NEW.organisation_id, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'person';
END;

CREATE TRIGGER person_audit_update AFTER UPDATE ON person BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'person', NEW.id,
         json_object('id', OLD.id, 'name', OLD.name, 'title', OLD.title, 'organisation_id', OLD.organisation_id, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'name', NEW.name, 'title', NEW.title, 'organisation_id', NEW.organisation_id, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN SELECT RAISE(ABORT, 'person: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER person_valid_to_real_day_insert BEFORE INSERT ON person
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: person.valid_to is a day of the calendar'); END;

CREATE TRIGGER person_valid_to_real_day_update BEFORE UPDATE OF valid_to ON person
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: person.valid_to is a day of the calendar'); END;

CREATE TABLE price (
  id                 INTEGER PRIMARY KEY,
  year               INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1990 AND 2100),
  drg_price_kr       REAL NOT NULL CHECK (drg_price_kr > 0),
  invoiced_kr        REAL CHECK (invoiced_kr IS NULL OR invoiced_kr > 0),
  fixed_share_pct    REAL CHECK (fixed_share_pct IS NULL OR fixed_share_pct BETWEEN 0 AND 100),
  variable_share_pct REAL CHECK (variable_share_pct IS NULL OR variable_share_pct BETWEEN 0 AND 100),
  index_pct          REAL,
  withdrawn_on       TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note               TEXT,
  source             TEXT
) STRICT;

CREATE TRIGGER price_audit_insert AFTER INSERT ON price BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'price', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'drg_price_kr', NEW.drg_price_kr, 'invoiced_kr', NEW.invoiced_kr, 'fixed_share_pct', NEW.fixed_share_pct, 'variable_share_pct', NEW.variable_share_pct, 'index_pct', NEW.index_pct, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'price';
END;

CREATE TRIGGER price_audit_update AFTER UPDATE ON price BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'price', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'drg_price_kr', OLD.drg_price_kr, 'invoiced_kr', OLD.invoiced_kr, 'fixed_share_pct', OLD.fixed_share_pct, 'variable_share_pct', OLD.variable_share_pct, 'index_pct', OLD.index_pct, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'drg_price_kr', NEW.drg_price_kr, 'invoiced_kr', NEW.invoiced_kr, 'fixed_share_pct', NEW.fixed_share_pct, 'variable_share_pct', NEW.variable_share_pct, 'index_pct', NEW.index_pct, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER price_no_delete BEFORE DELETE ON price
BEGIN SELECT RAISE(ABORT, 'price: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER price_withdrawn_on_real_day_insert BEFORE INSERT ON price
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: price.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER price_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON price
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: price.withdrawn_on is a day of the calendar'); END;

CREATE TABLE reference (
  id          INTEGER PRIMARY KEY,
  family      TEXT NOT NULL CHECK (family IN ('decision', 'remiss', 'permit', 'workload')),
  record_id   INTEGER NOT NULL,
  written     TEXT NOT NULL CHECK (length(trim(written)) > 0),
  issuer      TEXT NOT NULL,
  year        INTEGER NOT NULL,
  serial      TEXT NOT NULL,
  note        TEXT,
  source      TEXT,
  UNIQUE (family, record_id, issuer, year, serial)
) STRICT;

CREATE TRIGGER reference_audit_insert AFTER INSERT ON reference BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'reference', NEW.id,
         NULL, json_object('id', NEW.id, 'family', NEW.family, 'record_id', NEW.record_id, 'written', NEW.written, 'issuer', NEW.issuer, 'year', NEW.year, 'serial', NEW.serial, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'reference';
END;

CREATE TRIGGER reference_audit_update AFTER UPDATE ON reference BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'reference', NEW.id,
         json_object('id', OLD.id, 'family', OLD.family, 'record_id', OLD.record_id, 'written', OLD.written, 'issuer', OLD.issuer, 'year', OLD.year, 'serial', OLD.serial, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'family', NEW.family, 'record_id', NEW.record_id, 'written', NEW.written, 'issuer', NEW.issuer, 'year', NEW.year, 'serial', NEW.serial, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX reference_case ON reference(issuer, year, serial);

CREATE TRIGGER reference_no_delete BEFORE DELETE ON reference
BEGIN SELECT RAISE(ABORT, 'reference: records are never deleted; end or correct them instead'); END;

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

CREATE TABLE remiss_assignment (
  id         INTEGER PRIMARY KEY,
  remiss_id  INTEGER NOT NULL REFERENCES remiss(id) ON DELETE RESTRICT,
  body_id    INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  UNIQUE (remiss_id, body_id)
) STRICT;

CREATE TRIGGER remiss_assignment_audit_delete AFTER DELETE ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'delete', 'remiss_assignment', OLD.id,
         json_object('id', OLD.id, 'remiss_id', OLD.remiss_id, 'body_id', OLD.body_id), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER remiss_assignment_audit_insert AFTER INSERT ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss_assignment', NEW.id,
         NULL, json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'body_id', NEW.body_id)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'remiss_assignment';
END;

CREATE TRIGGER remiss_assignment_audit_update AFTER UPDATE ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'remiss_assignment', NEW.id,
         json_object('id', OLD.id, 'remiss_id', OLD.remiss_id, 'body_id', OLD.body_id), json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'body_id', NEW.body_id)
  FROM audit_context WHERE id = 1;
END;

CREATE INDEX remiss_assignment_body ON remiss_assignment(body_id);

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

CREATE UNIQUE INDEX remiss_case ON remiss(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;

CREATE INDEX remiss_category ON remiss(category, received_on);

CREATE INDEX remiss_closed ON remiss(closed_on) WHERE closed_on IS NOT NULL;

CREATE TRIGGER remiss_closed_on_real_day_insert BEFORE INSERT ON remiss
WHEN NEW.closed_on IS date(NEW.closed_on) AND NEW.closed_on IS NOT date(NEW.closed_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.closed_on is a day of the calendar'); END;

CREATE TRIGGER remiss_closed_on_real_day_update BEFORE UPDATE OF closed_on ON remiss
WHEN NEW.closed_on IS date(NEW.closed_on) AND NEW.closed_on IS NOT date(NEW.closed_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.closed_on is a day of the calendar'); END;

CREATE INDEX remiss_deadline ON remiss(deadline_on);

CREATE TRIGGER remiss_deadline_on_real_day_insert BEFORE INSERT ON remiss
WHEN NEW.deadline_on IS date(NEW.deadline_on) AND NEW.deadline_on IS NOT date(NEW.deadline_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.deadline_on is a day of the calendar'); END;

CREATE TRIGGER remiss_deadline_on_real_day_update BEFORE UPDATE OF deadline_on ON remiss
WHEN NEW.deadline_on IS date(NEW.deadline_on) AND NEW.deadline_on IS NOT date(NEW.deadline_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.deadline_on is a day of the calendar'); END;

CREATE TRIGGER remiss_no_delete BEFORE DELETE ON remiss
BEGIN SELECT RAISE(ABORT, 'remiss: records are never deleted; end or correct them instead'); END;

CREATE INDEX remiss_received ON remiss(received_on);

CREATE TRIGGER remiss_received_on_real_day_insert BEFORE INSERT ON remiss
WHEN NEW.received_on IS date(NEW.received_on) AND NEW.received_on IS NOT date(NEW.received_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.received_on is a day of the calendar'); END;

CREATE TRIGGER remiss_received_on_real_day_update BEFORE UPDATE OF received_on ON remiss
WHEN NEW.received_on IS date(NEW.received_on) AND NEW.received_on IS NOT date(NEW.received_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss.received_on is a day of the calendar'); END;

CREATE TABLE remiss_response (
  id              INTEGER PRIMARY KEY,
  remiss_id       INTEGER NOT NULL REFERENCES remiss(id) ON DELETE RESTRICT,
  scope           TEXT NOT NULL CHECK (scope IN ('sosr', 'region')),
  region_id       INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  kind            TEXT NOT NULL DEFAULT 'yttrande' CHECK (kind IN ('yttrande', 'avstar')),
  approved_by_id  INTEGER REFERENCES body(id) ON DELETE RESTRICT,
  decision_id     INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
  approved_on     TEXT CHECK (approved_on IS NULL OR approved_on IS date(approved_on)),
  sent_on         TEXT CHECK (sent_on IS NULL OR sent_on IS date(sent_on)),
  case_number     TEXT,
  case_issuer     TEXT,
  case_year       INTEGER,
  case_serial     TEXT,
  position        TEXT,
  confidential    INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  withdrawn_on    TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note            TEXT,
  source          TEXT,
  CHECK ((scope = 'sosr') = (region_id IS NULL)),
  CHECK (kind = 'yttrande' OR sent_on IS NULL),
  CHECK (sent_on IS NULL OR approved_on IS NULL OR sent_on >= approved_on),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;

CREATE TRIGGER remiss_response_after_receipt BEFORE INSERT ON remiss_response
WHEN EXISTS (SELECT 1 FROM remiss r WHERE r.id = NEW.remiss_id
             AND (NEW.sent_on < r.received_on OR NEW.approved_on < r.received_on))
BEGIN SELECT RAISE(ABORT, 'remiss_response: date before the remiss was received'); END;

CREATE TRIGGER remiss_response_after_receipt_update BEFORE UPDATE ON remiss_response
WHEN EXISTS (SELECT 1 FROM remiss r WHERE r.id = NEW.remiss_id
             AND (NEW.sent_on < r.received_on OR NEW.approved_on < r.received_on))
BEGIN SELECT RAISE(ABORT, 'remiss_response: date before the remiss was received'); END;

CREATE INDEX remiss_response_answered ON remiss_response(ifnull(sent_on, approved_on));

CREATE TRIGGER remiss_response_approved_on_real_day_insert BEFORE INSERT ON remiss_response
WHEN NEW.approved_on IS date(NEW.approved_on) AND NEW.approved_on IS NOT date(NEW.approved_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss_response.approved_on is a day of the calendar'); END;

CREATE TRIGGER remiss_response_approved_on_real_day_update BEFORE UPDATE OF approved_on ON remiss_response
WHEN NEW.approved_on IS date(NEW.approved_on) AND NEW.approved_on IS NOT date(NEW.approved_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss_response.approved_on is a day of the calendar'); END;

CREATE TRIGGER remiss_response_audit_insert AFTER INSERT ON remiss_response BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss_response', NEW.id,
         NULL, json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'scope', NEW.scope, 'region_id', NEW.region_id, 'kind', NEW.kind, 'approved_by_id', NEW.approved_by_id, 'decision_id', NEW.decision_id, 'approved_on', NEW.approved_on, 'sent_on', NEW.sent_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'position', NEW.position, 'confidential', NEW.confidential, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'remiss_response';
END;

CREATE TRIGGER remiss_response_audit_update AFTER UPDATE ON remiss_response BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'remiss_response', NEW.id,
         json_object('id', OLD.id, 'remiss_id', OLD.remiss_id, 'scope', OLD.scope, 'region_id', OLD.region_id, 'kind', OLD.kind, 'approved_by_id', OLD.approved_by_id, 'decision_id', OLD.decision_id, 'approved_on', OLD.approved_on, 'sent_on', OLD.sent_on, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'position', OLD.position, 'confidential', OLD.confidential, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'scope', NEW.scope, 'region_id', NEW.region_id, 'kind', NEW.kind, 'approved_by_id', NEW.approved_by_id, 'decision_id', NEW.decision_id, 'approved_on', NEW.approved_on, 'sent_on', NEW.sent_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'position', NEW.position, 'confidential', NEW.confidential, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER remiss_response_no_delete BEFORE DELETE ON remiss_response
BEGIN SELECT RAISE(ABORT, 'remiss_response: records are never deleted; end or correct them instead'); END;

CREATE UNIQUE INDEX remiss_response_scope ON remiss_response(remiss_id, scope, ifnull(region_id, 0));

CREATE INDEX remiss_response_sent ON remiss_response(sent_on);

CREATE TRIGGER remiss_response_sent_on_real_day_insert BEFORE INSERT ON remiss_response
WHEN NEW.sent_on IS date(NEW.sent_on) AND NEW.sent_on IS NOT date(NEW.sent_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss_response.sent_on is a day of the calendar'); END;

CREATE TRIGGER remiss_response_sent_on_real_day_update BEFORE UPDATE OF sent_on ON remiss_response
WHEN NEW.sent_on IS date(NEW.sent_on) AND NEW.sent_on IS NOT date(NEW.sent_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss_response.sent_on is a day of the calendar'); END;

CREATE INDEX remiss_response_withdrawn ON remiss_response(withdrawn_on) WHERE withdrawn_on IS NOT NULL;

CREATE TRIGGER remiss_response_withdrawn_on_real_day_insert BEFORE INSERT ON remiss_response
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss_response.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER remiss_response_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON remiss_response
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: remiss_response.withdrawn_on is a day of the calendar'); END;

CREATE UNIQUE INDEX remiss_sender_ref ON remiss(sender_id, sender_ref) WHERE sender_ref IS NOT NULL;

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

CREATE TABLE remiss_unsettled (
  remiss_id    INTEGER PRIMARY KEY REFERENCES remiss(id),
  deadline_on  TEXT NOT NULL
) STRICT;

CREATE TRIGGER remiss_unsettled_after_insert AFTER INSERT ON remiss
WHEN NEW.closed_on IS NULL
BEGIN
  INSERT INTO remiss_unsettled (remiss_id, deadline_on) VALUES (NEW.id, NEW.deadline_on);
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

CREATE TRIGGER remiss_unsettled_after_update AFTER UPDATE OF closed_on, deadline_on ON remiss
BEGIN
  DELETE FROM remiss_unsettled WHERE remiss_id = NEW.id;
  INSERT INTO remiss_unsettled (remiss_id, deadline_on)
  SELECT NEW.id, NEW.deadline_on
  WHERE NEW.closed_on IS NULL
    AND NOT EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = NEW.id AND x.withdrawn_on IS NULL
                    AND (x.kind = 'avstar' OR (x.kind = 'yttrande' AND ifnull(x.sent_on, x.approved_on) IS NOT NULL)));
END;

CREATE INDEX remiss_unsettled_deadline ON remiss_unsettled(deadline_on);

CREATE VIRTUAL TABLE search USING fts5(
  title, body, refs,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE 'search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

CREATE TABLE 'search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE sqlite_sequence(name,seq);

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

CREATE TRIGGER university_unit_audit_insert AFTER INSERT ON university_unit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'university_unit', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'region_id', NEW.region_id, 'area', NEW.area, 'body_id', NEW.body_id, 'designated_on', NEW.designated_on, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'university_unit';
END;

CREATE TRIGGER university_unit_audit_update AFTER UPDATE ON university_unit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'university_unit', NEW.id,
         json_object('id', OLD.id, 'name', OLD.name, 'region_id', OLD.region_id, 'area', OLD.area, 'body_id', OLD.body_id, 'designated_on', OLD.designated_on, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'name', NEW.name, 'region_id', NEW.region_id, 'area', NEW.area, 'body_id', NEW.body_id, 'designated_on', NEW.designated_on, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER university_unit_designated_on_real_day_insert BEFORE INSERT ON university_unit
WHEN NEW.designated_on IS date(NEW.designated_on) AND NEW.designated_on IS NOT date(NEW.designated_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: university_unit.designated_on is a day of the calendar'); END;

CREATE TRIGGER university_unit_designated_on_real_day_update BEFORE UPDATE OF designated_on ON university_unit
WHEN NEW.designated_on IS date(NEW.designated_on) AND NEW.designated_on IS NOT date(NEW.designated_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: university_unit.designated_on is a day of the calendar'); END;

CREATE TRIGGER university_unit_no_delete BEFORE DELETE ON university_unit
BEGIN SELECT RAISE(ABORT, 'university_unit: records are never deleted; end or correct them instead'); END;

CREATE INDEX university_unit_region ON university_unit(region_id);

CREATE TRIGGER university_unit_valid_to_real_day_insert BEFORE INSERT ON university_unit
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: university_unit.valid_to is a day of the calendar'); END;

CREATE TRIGGER university_unit_valid_to_real_day_update BEFORE UPDATE OF valid_to ON university_unit
WHEN NEW.valid_to IS date(NEW.valid_to) AND NEW.valid_to IS NOT date(NEW.valid_to, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: university_unit.valid_to is a day of the calendar'); END;

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

CREATE TRIGGER us_access_audit_insert AFTER INSERT ON us_access BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'us_access', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'home_id', NEW.home_id, 'measure', NEW.measure, 'unit', NEW.unit, 'total_count', NEW.total_count, 'within_90_count', NEW.within_90_count, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'us_access';
END;

CREATE TRIGGER us_access_audit_update AFTER UPDATE ON us_access BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'us_access', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'home_id', OLD.home_id, 'measure', OLD.measure, 'unit', OLD.unit, 'total_count', OLD.total_count, 'within_90_count', OLD.within_90_count, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'home_id', NEW.home_id, 'measure', NEW.measure, 'unit', NEW.unit, 'total_count', NEW.total_count, 'within_90_count', NEW.within_90_count, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER us_access_no_delete BEFORE DELETE ON us_access
BEGIN SELECT RAISE(ABORT, 'us_access: records are never deleted; end or correct them instead'); END;

CREATE TRIGGER us_access_withdrawn_on_real_day_insert BEFORE INSERT ON us_access
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: us_access.withdrawn_on is a day of the calendar'); END;

CREATE TRIGGER us_access_withdrawn_on_real_day_update BEFORE UPDATE OF withdrawn_on ON us_access
WHEN NEW.withdrawn_on IS date(NEW.withdrawn_on) AND NEW.withdrawn_on IS NOT date(NEW.withdrawn_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: us_access.withdrawn_on is a day of the calendar'); END;

CREATE TABLE web_session (
  id         TEXT PRIMARY KEY CHECK (length(id) = 64),
  user_id    INTEGER NOT NULL REFERENCES web_user(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL CHECK (length(csrf_token) = 64),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX web_session_user ON web_session(user_id);

CREATE TABLE web_user (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64 AND name NOT GLOB '*[^A-Za-z0-9._@-]*'),
  role          TEXT NOT NULL CHECK (role IN ('admin', 'registrator', 'analyst', 'reader')),
  password_hash TEXT NOT NULL CHECK (password_hash GLOB '$2[aby]$*'),
  created_at    TEXT NOT NULL,
  changed_at    TEXT NOT NULL,
  changed_by    TEXT NOT NULL,
  ended_on      TEXT CHECK (ended_on IS NULL OR ended_on IS date(ended_on))
) STRICT;

CREATE TRIGGER web_user_ended_on_real_day_insert BEFORE INSERT ON web_user
WHEN NEW.ended_on IS date(NEW.ended_on) AND NEW.ended_on IS NOT date(NEW.ended_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: web_user.ended_on is a day of the calendar'); END;

CREATE TRIGGER web_user_ended_on_real_day_update BEFORE UPDATE OF ended_on ON web_user
WHEN NEW.ended_on IS date(NEW.ended_on) AND NEW.ended_on IS NOT date(NEW.ended_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: web_user.ended_on is a day of the calendar'); END;

CREATE TABLE workload (
  id                    INTEGER PRIMARY KEY,
  specialty             TEXT NOT NULL CHECK (length(trim(specialty)) > 0),
  patient_group         TEXT,
  sending_region_id     INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  sending_unit          TEXT,
  performing_region_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  performing_unit       TEXT,
  decided_by_id         INTEGER REFERENCES body(id) ON DELETE RESTRICT,
  decision_id           INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
  status                TEXT NOT NULL CHECK (status IN ('utredning', 'beslutad', 'inford', 'uppfoljd', 'avslutad')),
  decided_on            TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on)),
  effective_on          TEXT CHECK (effective_on IS NULL OR effective_on IS date(effective_on)),
  ended_on              TEXT CHECK (ended_on IS NULL OR ended_on IS date(ended_on)),
  followup              TEXT,
  case_number           TEXT,
  case_issuer           TEXT,
  case_year             INTEGER,
  case_serial           TEXT,
  confidential          INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  note                  TEXT,
  source                TEXT,
  CHECK (effective_on IS NULL OR decided_on IS NULL OR effective_on >= decided_on),
  CHECK (ended_on IS NULL OR decided_on IS NULL OR ended_on >= decided_on),
  CHECK ((status = 'avslutad') = (ended_on IS NOT NULL)),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;

CREATE TRIGGER workload_audit_insert AFTER INSERT ON workload BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'workload', NEW.id,
         NULL, json_object('id', NEW.id, 'specialty', NEW.specialty, 'patient_group', NEW.patient_group, 'sending_region_id', NEW.sending_region_id, 'sending_unit', NEW.sending_unit, 'performing_region_id', NEW.performing_region_id, 'performing_unit', NEW.performing_unit, 'decided_by_id', NEW.decided_by_id, 'decision_id', NEW.decision_id, 'status', NEW.status, 'decided_on', NEW.decided_on, 'effective_on', NEW.effective_on, 'ended_on', NEW.ended_on, 'followup', NEW.followup, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'workload';
END;

CREATE TRIGGER workload_audit_update AFTER UPDATE ON workload BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'workload', NEW.id,
         json_object('id', OLD.id, 'specialty', OLD.specialty, 'patient_group', OLD.patient_group, 'sending_region_id', OLD.sending_region_id, 'sending_unit', OLD.sending_unit, 'performing_region_id', OLD.performing_region_id, 'performing_unit', OLD.performing_unit, 'decided_by_id', OLD.decided_by_id, 'decision_id', OLD.decision_id, 'status', OLD.status, 'decided_on', OLD.decided_on, 'effective_on', OLD.effective_on, 'ended_on', OLD.ended_on, 'followup', OLD.followup, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'confidential', OLD.confidential, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'specialty', NEW.specialty, 'patient_group', NEW.patient_group, 'sending_region_id', NEW.sending_region_id, 'sending_unit', NEW.sending_unit, 'performing_region_id', NEW.performing_region_id, 'performing_unit', NEW.performing_unit, 'decided_by_id', NEW.decided_by_id, 'decision_id', NEW.decision_id, 'status', NEW.status, 'decided_on', NEW.decided_on, 'effective_on', NEW.effective_on, 'ended_on', NEW.ended_on, 'followup', NEW.followup, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;

CREATE UNIQUE INDEX workload_case ON workload(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;

CREATE TRIGGER workload_decided_on_real_day_insert BEFORE INSERT ON workload
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: workload.decided_on is a day of the calendar'); END;

CREATE TRIGGER workload_decided_on_real_day_update BEFORE UPDATE OF decided_on ON workload
WHEN NEW.decided_on IS date(NEW.decided_on) AND NEW.decided_on IS NOT date(NEW.decided_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: workload.decided_on is a day of the calendar'); END;

CREATE TRIGGER workload_effective_on_real_day_insert BEFORE INSERT ON workload
WHEN NEW.effective_on IS date(NEW.effective_on) AND NEW.effective_on IS NOT date(NEW.effective_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: workload.effective_on is a day of the calendar'); END;

CREATE TRIGGER workload_effective_on_real_day_update BEFORE UPDATE OF effective_on ON workload
WHEN NEW.effective_on IS date(NEW.effective_on) AND NEW.effective_on IS NOT date(NEW.effective_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: workload.effective_on is a day of the calendar'); END;

CREATE TRIGGER workload_ended_on_real_day_insert BEFORE INSERT ON workload
WHEN NEW.ended_on IS date(NEW.ended_on) AND NEW.ended_on IS NOT date(NEW.ended_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: workload.ended_on is a day of the calendar'); END;

CREATE TRIGGER workload_ended_on_real_day_update BEFORE UPDATE OF ended_on ON workload
WHEN NEW.ended_on IS date(NEW.ended_on) AND NEW.ended_on IS NOT date(NEW.ended_on, '+0 days')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: workload.ended_on is a day of the calendar'); END;

CREATE TRIGGER workload_no_delete BEFORE DELETE ON workload
BEGIN SELECT RAISE(ABORT, 'workload: records are never deleted; end or correct them instead'); END;

CREATE INDEX workload_specialty ON workload(specialty, status);
