-- The audit trail: every insert and update of a record, with actor, time, the command that
-- made it, and the row before and after as JSON. Written by triggers, so no write escapes
-- it. Append-only: triggers refuse deletes and any update but sealing. samreg seals each
-- row in the transaction that wrote it with a SHA-256 hash chained to the row before
-- (`samreg audit verify` recomputes the chain); a row left unsealed was written outside samreg.
-- Records are never hard-deleted: deletes are refused on every record table (a body taken
-- off a remiss is the one audited delete).

CREATE TABLE audit (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  command    TEXT,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  tbl        TEXT NOT NULL,
  record_id  INTEGER NOT NULL,
  before     TEXT,
  after      TEXT,
  hash       TEXT
) STRICT;
CREATE INDEX audit_record ON audit(tbl, record_id);
CREATE INDEX audit_unsealed ON audit(seq) WHERE hash IS NULL;

-- Who is writing: samreg sets this at the start of each write transaction and clears it
-- before commit (write transactions are serialised, so one row serves all processes).
CREATE TABLE audit_context (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  actor    TEXT,
  command  TEXT
) STRICT;
INSERT INTO audit_context (id) VALUES (1);

CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
  OR NEW.actor IS NOT OLD.actor OR NEW.command IS NOT OLD.command OR NEW.action IS NOT OLD.action
  OR NEW.tbl IS NOT OLD.tbl OR NEW.record_id IS NOT OLD.record_id OR NEW.before IS NOT OLD.before
  OR NEW.after IS NOT OLD.after
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;


-- organisation
CREATE TRIGGER organisation_audit_insert AFTER INSERT ON organisation BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'organisation', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'sosr_party', NEW.sosr_party, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER organisation_audit_update AFTER UPDATE ON organisation BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'organisation', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'sosr_party', OLD.sosr_party, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'sosr_party', NEW.sosr_party, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER organisation_no_delete BEFORE DELETE ON organisation
BEGIN SELECT RAISE(ABORT, 'organisation: records are never deleted; end or correct them instead'); END;

-- body
CREATE TRIGGER body_audit_insert AFTER INSERT ON body BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body', NEW.id,
         NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'short_name', NEW.short_name, 'parent_id', NEW.parent_id, 'host_region_id', NEW.host_region_id, 'counterpart_id', NEW.counterpart_id, 'hosted_by_sosr', NEW.hosted_by_sosr, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER body_audit_update AFTER UPDATE ON body BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'body', NEW.id,
         json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'short_name', OLD.short_name, 'parent_id', OLD.parent_id, 'host_region_id', OLD.host_region_id, 'counterpart_id', OLD.counterpart_id, 'hosted_by_sosr', OLD.hosted_by_sosr, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'short_name', NEW.short_name, 'parent_id', NEW.parent_id, 'host_region_id', NEW.host_region_id, 'counterpart_id', NEW.counterpart_id, 'hosted_by_sosr', NEW.hosted_by_sosr, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER body_no_delete BEFORE DELETE ON body
BEGIN SELECT RAISE(ABORT, 'body: records are never deleted; end or correct them instead'); END;

-- body_alias
CREATE TRIGGER body_alias_audit_insert AFTER INSERT ON body_alias BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body_alias', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'alias', NEW.alias, 'kind', NEW.kind, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER body_alias_audit_update AFTER UPDATE ON body_alias BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'body_alias', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'alias', OLD.alias, 'kind', OLD.kind, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'alias', NEW.alias, 'kind', NEW.kind, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER body_alias_no_delete BEFORE DELETE ON body_alias
BEGIN SELECT RAISE(ABORT, 'body_alias: records are never deleted; end or correct them instead'); END;

-- cooperation_area
CREATE TRIGGER cooperation_area_audit_insert AFTER INSERT ON cooperation_area BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'cooperation_area', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'ordinal', NEW.ordinal, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER cooperation_area_audit_update AFTER UPDATE ON cooperation_area BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'cooperation_area', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'ordinal', OLD.ordinal, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'ordinal', NEW.ordinal, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER cooperation_area_no_delete BEFORE DELETE ON cooperation_area
BEGIN SELECT RAISE(ABORT, 'cooperation_area: records are never deleted; end or correct them instead'); END;

-- person
CREATE TRIGGER person_audit_insert AFTER INSERT ON person BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'person', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'title', NEW.title, 'organisation_id', NEW.organisation_id, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER person_audit_update AFTER UPDATE ON person BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'person', NEW.id,
         json_object('id', OLD.id, 'name', OLD.name, 'title', OLD.title, 'organisation_id', OLD.organisation_id, 'valid_to', OLD.valid_to, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'name', NEW.name, 'title', NEW.title, 'organisation_id', NEW.organisation_id, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN SELECT RAISE(ABORT, 'person: records are never deleted; end or correct them instead'); END;

-- membership
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

-- meeting
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

-- decision
CREATE TRIGGER decision_audit_insert AFTER INSERT ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'decision', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER decision_audit_update AFTER UPDATE ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'decision', NEW.id,
         json_object('id', OLD.id, 'body_id', OLD.body_id, 'meeting_id', OLD.meeting_id, 'decided_on', OLD.decided_on, 'paragraph', OLD.paragraph, 'paragraph_no', OLD.paragraph_no, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'kind', OLD.kind, 'title', OLD.title, 'text', OLD.text, 'basis', OLD.basis, 'recipients', OLD.recipients, 'remiss_id', OLD.remiss_id, 'permit_id', OLD.permit_id, 'workload_id', OLD.workload_id, 'confidential', OLD.confidential, 'revoked_on', OLD.revoked_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'decision: records are never deleted; end or correct them instead'); END;

-- reference
CREATE TRIGGER reference_audit_insert AFTER INSERT ON reference BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'reference', NEW.id,
         NULL, json_object('id', NEW.id, 'family', NEW.family, 'record_id', NEW.record_id, 'written', NEW.written, 'issuer', NEW.issuer, 'year', NEW.year, 'serial', NEW.serial, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER reference_audit_update AFTER UPDATE ON reference BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'reference', NEW.id,
         json_object('id', OLD.id, 'family', OLD.family, 'record_id', OLD.record_id, 'written', OLD.written, 'issuer', OLD.issuer, 'year', OLD.year, 'serial', OLD.serial, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'family', NEW.family, 'record_id', NEW.record_id, 'written', NEW.written, 'issuer', NEW.issuer, 'year', NEW.year, 'serial', NEW.serial, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER reference_no_delete BEFORE DELETE ON reference
BEGIN SELECT RAISE(ABORT, 'reference: records are never deleted; end or correct them instead'); END;

-- remiss
CREATE TRIGGER remiss_audit_insert AFTER INSERT ON remiss BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss', NEW.id,
         NULL, json_object('id', NEW.id, 'title', NEW.title, 'sender_id', NEW.sender_id, 'sender_ref', NEW.sender_ref, 'category', NEW.category, 'received_on', NEW.received_on, 'deadline_on', NEW.deadline_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'responsible', NEW.responsible, 'joint', NEW.joint, 'confidential', NEW.confidential, 'closed_on', NEW.closed_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER remiss_audit_update AFTER UPDATE ON remiss BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'remiss', NEW.id,
         json_object('id', OLD.id, 'title', OLD.title, 'sender_id', OLD.sender_id, 'sender_ref', OLD.sender_ref, 'category', OLD.category, 'received_on', OLD.received_on, 'deadline_on', OLD.deadline_on, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'responsible', OLD.responsible, 'joint', OLD.joint, 'confidential', OLD.confidential, 'closed_on', OLD.closed_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'title', NEW.title, 'sender_id', NEW.sender_id, 'sender_ref', NEW.sender_ref, 'category', NEW.category, 'received_on', NEW.received_on, 'deadline_on', NEW.deadline_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'responsible', NEW.responsible, 'joint', NEW.joint, 'confidential', NEW.confidential, 'closed_on', NEW.closed_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER remiss_no_delete BEFORE DELETE ON remiss
BEGIN SELECT RAISE(ABORT, 'remiss: records are never deleted; end or correct them instead'); END;

-- remiss_assignment
CREATE TRIGGER remiss_assignment_audit_insert AFTER INSERT ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss_assignment', NEW.id,
         NULL, json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'body_id', NEW.body_id)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER remiss_assignment_audit_update AFTER UPDATE ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'remiss_assignment', NEW.id,
         json_object('id', OLD.id, 'remiss_id', OLD.remiss_id, 'body_id', OLD.body_id), json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'body_id', NEW.body_id)
  FROM audit_context WHERE id = 1;
END;
-- A body can be taken off a remiss; the removal is audited like any change.
CREATE TRIGGER remiss_assignment_audit_delete AFTER DELETE ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'delete', 'remiss_assignment', OLD.id,
         json_object('id', OLD.id, 'remiss_id', OLD.remiss_id, 'body_id', OLD.body_id), NULL
  FROM audit_context WHERE id = 1;
END;

-- remiss_response
CREATE TRIGGER remiss_response_audit_insert AFTER INSERT ON remiss_response BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss_response', NEW.id,
         NULL, json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'scope', NEW.scope, 'region_id', NEW.region_id, 'kind', NEW.kind, 'approved_by_id', NEW.approved_by_id, 'decision_id', NEW.decision_id, 'approved_on', NEW.approved_on, 'sent_on', NEW.sent_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'position', NEW.position, 'confidential', NEW.confidential, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER remiss_response_audit_update AFTER UPDATE ON remiss_response BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'remiss_response', NEW.id,
         json_object('id', OLD.id, 'remiss_id', OLD.remiss_id, 'scope', OLD.scope, 'region_id', OLD.region_id, 'kind', OLD.kind, 'approved_by_id', OLD.approved_by_id, 'decision_id', OLD.decision_id, 'approved_on', OLD.approved_on, 'sent_on', OLD.sent_on, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'position', OLD.position, 'confidential', OLD.confidential, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'scope', NEW.scope, 'region_id', NEW.region_id, 'kind', NEW.kind, 'approved_by_id', NEW.approved_by_id, 'decision_id', NEW.decision_id, 'approved_on', NEW.approved_on, 'sent_on', NEW.sent_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'position', NEW.position, 'confidential', NEW.confidential, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER remiss_response_no_delete BEFORE DELETE ON remiss_response
BEGIN SELECT RAISE(ABORT, 'remiss_response: records are never deleted; end or correct them instead'); END;

-- permit
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

-- goal
CREATE TRIGGER goal_audit_insert AFTER INSERT ON goal BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'goal', NEW.id,
         NULL, json_object('id', NEW.id, 'subject', NEW.subject, 'holder_id', NEW.holder_id, 'min_count', NEW.min_count, 'max_count', NEW.max_count, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER goal_audit_update AFTER UPDATE ON goal BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'goal', NEW.id,
         json_object('id', OLD.id, 'subject', OLD.subject, 'holder_id', OLD.holder_id, 'min_count', OLD.min_count, 'max_count', OLD.max_count, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'source', OLD.source), json_object('id', NEW.id, 'subject', NEW.subject, 'holder_id', NEW.holder_id, 'min_count', NEW.min_count, 'max_count', NEW.max_count, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER goal_no_delete BEFORE DELETE ON goal
BEGIN SELECT RAISE(ABORT, 'goal: records are never deleted; end or correct them instead'); END;

-- workload
CREATE TRIGGER workload_audit_insert AFTER INSERT ON workload BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'workload', NEW.id,
         NULL, json_object('id', NEW.id, 'specialty', NEW.specialty, 'patient_group', NEW.patient_group, 'sending_region_id', NEW.sending_region_id, 'sending_unit', NEW.sending_unit, 'performing_region_id', NEW.performing_region_id, 'performing_unit', NEW.performing_unit, 'decided_by_id', NEW.decided_by_id, 'decision_id', NEW.decision_id, 'status', NEW.status, 'decided_on', NEW.decided_on, 'effective_on', NEW.effective_on, 'ended_on', NEW.ended_on, 'followup', NEW.followup, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER workload_audit_update AFTER UPDATE ON workload BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'workload', NEW.id,
         json_object('id', OLD.id, 'specialty', OLD.specialty, 'patient_group', OLD.patient_group, 'sending_region_id', OLD.sending_region_id, 'sending_unit', OLD.sending_unit, 'performing_region_id', OLD.performing_region_id, 'performing_unit', OLD.performing_unit, 'decided_by_id', OLD.decided_by_id, 'decision_id', OLD.decision_id, 'status', OLD.status, 'decided_on', OLD.decided_on, 'effective_on', OLD.effective_on, 'ended_on', OLD.ended_on, 'followup', OLD.followup, 'case_number', OLD.case_number, 'case_issuer', OLD.case_issuer, 'case_year', OLD.case_year, 'case_serial', OLD.case_serial, 'confidential', OLD.confidential, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'specialty', NEW.specialty, 'patient_group', NEW.patient_group, 'sending_region_id', NEW.sending_region_id, 'sending_unit', NEW.sending_unit, 'performing_region_id', NEW.performing_region_id, 'performing_unit', NEW.performing_unit, 'decided_by_id', NEW.decided_by_id, 'decision_id', NEW.decision_id, 'status', NEW.status, 'decided_on', NEW.decided_on, 'effective_on', NEW.effective_on, 'ended_on', NEW.ended_on, 'followup', NEW.followup, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER workload_no_delete BEFORE DELETE ON workload
BEGIN SELECT RAISE(ABORT, 'workload: records are never deleted; end or correct them instead'); END;

-- flow
CREATE TRIGGER flow_audit_insert AFTER INSERT ON flow BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'flow', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'performing_id', NEW.performing_id, 'home_id', NEW.home_id, 'drg_sum', NEW.drg_sum, 'cases', NEW.cases, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER flow_audit_update AFTER UPDATE ON flow BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'flow', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'performing_id', OLD.performing_id, 'home_id', OLD.home_id, 'drg_sum', OLD.drg_sum, 'cases', OLD.cases, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'performing_id', NEW.performing_id, 'home_id', NEW.home_id, 'drg_sum', NEW.drg_sum, 'cases', NEW.cases, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow
BEGIN SELECT RAISE(ABORT, 'flow: records are never deleted; end or correct them instead'); END;

-- contract
CREATE TRIGGER contract_audit_insert AFTER INSERT ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'contract', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'fixed_tkr', NEW.fixed_tkr, 'variable_outcome_tkr', NEW.variable_outcome_tkr, 'variable_budget_tkr', NEW.variable_budget_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contract_audit_update AFTER UPDATE ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'contract', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'payer_id', OLD.payer_id, 'receiver_id', OLD.receiver_id, 'part', OLD.part, 'fixed_tkr', OLD.fixed_tkr, 'variable_outcome_tkr', OLD.variable_outcome_tkr, 'variable_budget_tkr', OLD.variable_budget_tkr, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'fixed_tkr', NEW.fixed_tkr, 'variable_outcome_tkr', NEW.variable_outcome_tkr, 'variable_budget_tkr', NEW.variable_budget_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contract_no_delete BEFORE DELETE ON contract
BEGIN SELECT RAISE(ABORT, 'contract: records are never deleted; end or correct them instead'); END;

-- price
CREATE TRIGGER price_audit_insert AFTER INSERT ON price BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'price', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'drg_price_kr', NEW.drg_price_kr, 'invoiced_kr', NEW.invoiced_kr, 'fixed_share_pct', NEW.fixed_share_pct, 'variable_share_pct', NEW.variable_share_pct, 'index_pct', NEW.index_pct, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER price_audit_update AFTER UPDATE ON price BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'price', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'drg_price_kr', OLD.drg_price_kr, 'invoiced_kr', OLD.invoiced_kr, 'fixed_share_pct', OLD.fixed_share_pct, 'variable_share_pct', OLD.variable_share_pct, 'index_pct', OLD.index_pct, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'drg_price_kr', NEW.drg_price_kr, 'invoiced_kr', NEW.invoiced_kr, 'fixed_share_pct', NEW.fixed_share_pct, 'variable_share_pct', NEW.variable_share_pct, 'index_pct', NEW.index_pct, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER price_no_delete BEFORE DELETE ON price
BEGIN SELECT RAISE(ABORT, 'price: records are never deleted; end or correct them instead'); END;

-- indicator
CREATE TRIGGER indicator_audit_insert AFTER INSERT ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_audit_update AFTER UPDATE ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator', NEW.id,
         json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'promise', OLD.promise, 'unit', OLD.unit, 'direction', OLD.direction, 'target', OLD.target, 'target_text', OLD.target_text, 'periodicity', OLD.periodicity, 'ended_on', OLD.ended_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_no_delete BEFORE DELETE ON indicator
BEGIN SELECT RAISE(ABORT, 'indicator: records are never deleted; end or correct them instead'); END;

-- indicator_value
CREATE TRIGGER indicator_value_audit_insert AFTER INSERT ON indicator_value BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_value', NEW.id,
         NULL, json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'region_id', NEW.region_id, 'period', NEW.period, 'value', NEW.value, 'missing', NEW.missing, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_value_audit_update AFTER UPDATE ON indicator_value BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'indicator_value', NEW.id,
         json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'region_id', OLD.region_id, 'period', OLD.period, 'value', OLD.value, 'missing', OLD.missing, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'region_id', NEW.region_id, 'period', NEW.period, 'value', NEW.value, 'missing', NEW.missing, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER indicator_value_no_delete BEFORE DELETE ON indicator_value
BEGIN SELECT RAISE(ABORT, 'indicator_value: records are never deleted; end or correct them instead'); END;

-- adoption
CREATE TRIGGER adoption_audit_insert AFTER INSERT ON adoption BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'adoption', NEW.id,
         NULL, json_object('id', NEW.id, 'recommendation_id', NEW.recommendation_id, 'region_id', NEW.region_id, 'outcome', NEW.outcome, 'decision_id', NEW.decision_id, 'reference', NEW.reference, 'decided_on', NEW.decided_on, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER adoption_audit_update AFTER UPDATE ON adoption BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'adoption', NEW.id,
         json_object('id', OLD.id, 'recommendation_id', OLD.recommendation_id, 'region_id', OLD.region_id, 'outcome', OLD.outcome, 'decision_id', OLD.decision_id, 'reference', OLD.reference, 'decided_on', OLD.decided_on, 'withdrawn_on', OLD.withdrawn_on, 'note', OLD.note, 'source', OLD.source), json_object('id', NEW.id, 'recommendation_id', NEW.recommendation_id, 'region_id', NEW.region_id, 'outcome', NEW.outcome, 'decision_id', NEW.decision_id, 'reference', NEW.reference, 'decided_on', NEW.decided_on, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER adoption_no_delete BEFORE DELETE ON adoption
BEGIN SELECT RAISE(ABORT, 'adoption: records are never deleted; end or correct them instead'); END;

-- narrative
CREATE TRIGGER narrative_audit_insert AFTER INSERT ON narrative BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'narrative', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'section', NEW.section, 'text', NEW.text, 'withdrawn_on', NEW.withdrawn_on, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER narrative_audit_update AFTER UPDATE ON narrative BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'update', 'narrative', NEW.id,
         json_object('id', OLD.id, 'year', OLD.year, 'section', OLD.section, 'text', OLD.text, 'withdrawn_on', OLD.withdrawn_on, 'source', OLD.source), json_object('id', NEW.id, 'year', NEW.year, 'section', NEW.section, 'text', NEW.text, 'withdrawn_on', NEW.withdrawn_on, 'source', NEW.source)
  FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER narrative_no_delete BEFORE DELETE ON narrative
BEGIN SELECT RAISE(ABORT, 'narrative: records are never deleted; end or correct them instead'); END;
