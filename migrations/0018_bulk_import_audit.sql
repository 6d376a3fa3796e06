-- Imports audit their new records in bulk (issue 13). While samreg imports into a table it names
-- that table in audit_context.bulk; the table's insert trigger then writes nothing, and samreg
-- itself appends one sealed `insert` entry per new record, with the same after-image (the
-- json_object of every column the trigger writes), the importing actor and command and the
-- time of the import, before the transaction commits (Importer, AuditTrail.appendInserts).
-- Nothing else changes: updates and every other write are audited by the triggers as before.
-- A row inserted with bulk set by anyone else has no audit entry, which `audit verify` and
-- `check` report as for a dropped trigger ("has no audit entry").

ALTER TABLE audit_context ADD COLUMN bulk TEXT;

DROP TRIGGER adoption_audit_insert;
CREATE TRIGGER adoption_audit_insert AFTER INSERT ON adoption BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'adoption', NEW.id,
         NULL, json_object('id', NEW.id, 'recommendation_id', NEW.recommendation_id, 'region_id', NEW.region_id, 'outcome', NEW.outcome, 'decision_id', NEW.decision_id, 'reference', NEW.reference, 'decided_on', NEW.decided_on, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'adoption';
END;

DROP TRIGGER body_alias_audit_insert;
CREATE TRIGGER body_alias_audit_insert AFTER INSERT ON body_alias BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body_alias', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'alias', NEW.alias, 'kind', NEW.kind, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'body_alias';
END;

DROP TRIGGER body_audit_insert;
CREATE TRIGGER body_audit_insert AFTER INSERT ON body BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body', NEW.id,
         NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'short_name', NEW.short_name, 'parent_id', NEW.parent_id, 'host_region_id', NEW.host_region_id, 'counterpart_id', NEW.counterpart_id, 'hosted_by_sosr', NEW.hosted_by_sosr, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'body';
END;

DROP TRIGGER body_name_history_audit_insert;
CREATE TRIGGER body_name_history_audit_insert AFTER INSERT ON body_name_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'body_name_history', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'body_name_history';
END;

DROP TRIGGER contract_audit_insert;
CREATE TRIGGER contract_audit_insert AFTER INSERT ON contract BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'contract', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'payer_id', NEW.payer_id, 'receiver_id', NEW.receiver_id, 'part', NEW.part, 'basis', NEW.basis, 'fixed_tkr', NEW.fixed_tkr, 'variable_tkr', NEW.variable_tkr, 'volume_drg', NEW.volume_drg, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'contract';
END;

DROP TRIGGER cooperation_area_audit_insert;
CREATE TRIGGER cooperation_area_audit_insert AFTER INSERT ON cooperation_area BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'cooperation_area', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'ordinal', NEW.ordinal, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'cooperation_area';
END;

DROP TRIGGER decision_audit_insert;
CREATE TRIGGER decision_audit_insert AFTER INSERT ON decision BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'decision', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'meeting_id', NEW.meeting_id, 'decided_on', NEW.decided_on, 'paragraph', NEW.paragraph, 'paragraph_no', NEW.paragraph_no, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'kind', NEW.kind, 'title', NEW.title, 'text', NEW.text, 'basis', NEW.basis, 'recipients', NEW.recipients, 'remiss_id', NEW.remiss_id, 'permit_id', NEW.permit_id, 'workload_id', NEW.workload_id, 'confidential', NEW.confidential, 'revoked_on', NEW.revoked_on, 'note', NEW.note, 'source', NEW.source, 'area', NEW.area)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'decision';
END;

DROP TRIGGER flow_audit_insert;
CREATE TRIGGER flow_audit_insert AFTER INSERT ON flow BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'flow', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'performing_id', NEW.performing_id, 'home_id', NEW.home_id, 'drg_sum', NEW.drg_sum, 'cases', NEW.cases, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'flow';
END;

DROP TRIGGER goal_audit_insert;
CREATE TRIGGER goal_audit_insert AFTER INSERT ON goal BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'goal', NEW.id,
         NULL, json_object('id', NEW.id, 'subject', NEW.subject, 'holder_id', NEW.holder_id, 'min_count', NEW.min_count, 'max_count', NEW.max_count, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'goal';
END;

DROP TRIGGER indicator_audit_insert;
CREATE TRIGGER indicator_audit_insert AFTER INSERT ON indicator BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'promise', NEW.promise, 'unit', NEW.unit, 'value_kind', NEW.value_kind, 'direction', NEW.direction, 'target', NEW.target, 'target_text', NEW.target_text, 'periodicity', NEW.periodicity, 'ended_on', NEW.ended_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator';
END;

DROP TRIGGER indicator_set_audit_insert;
CREATE TRIGGER indicator_set_audit_insert AFTER INSERT ON indicator_set BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_set', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator_set';
END;

DROP TRIGGER indicator_set_member_audit_insert;
CREATE TRIGGER indicator_set_member_audit_insert AFTER INSERT ON indicator_set_member BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_set_member', NEW.id,
         NULL, json_object('id', NEW.id, 'set_id', NEW.set_id, 'indicator_id', NEW.indicator_id, 'position', NEW.position, 'promise', NEW.promise, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator_set_member';
END;

DROP TRIGGER indicator_value_audit_insert;
CREATE TRIGGER indicator_value_audit_insert AFTER INSERT ON indicator_value BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'indicator_value', NEW.id,
         NULL, json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'region_id', NEW.region_id, 'period', NEW.period, 'value', NEW.value, 'missing', NEW.missing, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'indicator_value';
END;

DROP TRIGGER meeting_audit_insert;
CREATE TRIGGER meeting_audit_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'meeting', NEW.id,
         NULL, json_object('id', NEW.id, 'body_id', NEW.body_id, 'held_on', NEW.held_on, 'place', NEW.place, 'protocol_approved_on', NEW.protocol_approved_on, 'cancelled_on', NEW.cancelled_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'meeting';
END;

DROP TRIGGER membership_audit_insert;
CREATE TRIGGER membership_audit_insert AFTER INSERT ON membership BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'membership', NEW.id,
         NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'body_id', NEW.body_id, 'role', NEW.role, 'region_id', NEW.region_id, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'membership';
END;

DROP TRIGGER membership_role_history_audit_insert;
CREATE TRIGGER membership_role_history_audit_insert AFTER INSERT ON membership_role_history BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'membership_role_history', NEW.id,
         NULL, json_object('id', NEW.id, 'membership_id', NEW.membership_id, 'role', NEW.role, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'membership_role_history';
END;

DROP TRIGGER narrative_audit_insert;
CREATE TRIGGER narrative_audit_insert AFTER INSERT ON narrative BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'narrative', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'section', NEW.section, 'text', NEW.text, 'withdrawn_on', NEW.withdrawn_on, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'narrative';
END;

DROP TRIGGER organisation_audit_insert;
CREATE TRIGGER organisation_audit_insert AFTER INSERT ON organisation BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'organisation', NEW.id,
         NULL, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'sosr_party', NEW.sosr_party, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'organisation';
END;

DROP TRIGGER outside_care_audit_insert;
CREATE TRIGGER outside_care_audit_insert AFTER INSERT ON outside_care BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'outside_care', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'region_id', NEW.region_id, 'kind', NEW.kind, 'cost_tkr', NEW.cost_tkr, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'outside_care';
END;

DROP TRIGGER permit_audit_insert;
CREATE TRIGGER permit_audit_insert AFTER INSERT ON permit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'permit', NEW.id,
         NULL, json_object('id', NEW.id, 'care_area', NEW.care_area, 'holder_id', NEW.holder_id, 'unit', NEW.unit, 'status', NEW.status, 'applied_on', NEW.applied_on, 'decided_on', NEW.decided_on, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'scope', NEW.scope, 'parent_id', NEW.parent_id, 'consequence_analysis', NEW.consequence_analysis, 'remiss_id', NEW.remiss_id, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'permit';
END;

DROP TRIGGER person_audit_insert;
CREATE TRIGGER person_audit_insert AFTER INSERT ON person BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'person', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'title', NEW.title, 'organisation_id', NEW.organisation_id, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'person';
END;

DROP TRIGGER price_audit_insert;
CREATE TRIGGER price_audit_insert AFTER INSERT ON price BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'price', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'drg_price_kr', NEW.drg_price_kr, 'invoiced_kr', NEW.invoiced_kr, 'fixed_share_pct', NEW.fixed_share_pct, 'variable_share_pct', NEW.variable_share_pct, 'index_pct', NEW.index_pct, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'price';
END;

DROP TRIGGER reference_audit_insert;
CREATE TRIGGER reference_audit_insert AFTER INSERT ON reference BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'reference', NEW.id,
         NULL, json_object('id', NEW.id, 'family', NEW.family, 'record_id', NEW.record_id, 'written', NEW.written, 'issuer', NEW.issuer, 'year', NEW.year, 'serial', NEW.serial, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'reference';
END;

DROP TRIGGER remiss_assignment_audit_insert;
CREATE TRIGGER remiss_assignment_audit_insert AFTER INSERT ON remiss_assignment BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss_assignment', NEW.id,
         NULL, json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'body_id', NEW.body_id)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'remiss_assignment';
END;

DROP TRIGGER remiss_audit_insert;
CREATE TRIGGER remiss_audit_insert AFTER INSERT ON remiss BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss', NEW.id,
         NULL, json_object('id', NEW.id, 'title', NEW.title, 'sender_id', NEW.sender_id, 'sender_ref', NEW.sender_ref, 'category', NEW.category, 'received_on', NEW.received_on, 'deadline_on', NEW.deadline_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'responsible', NEW.responsible, 'joint', NEW.joint, 'confidential', NEW.confidential, 'closed_on', NEW.closed_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'remiss';
END;

DROP TRIGGER remiss_response_audit_insert;
CREATE TRIGGER remiss_response_audit_insert AFTER INSERT ON remiss_response BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'remiss_response', NEW.id,
         NULL, json_object('id', NEW.id, 'remiss_id', NEW.remiss_id, 'scope', NEW.scope, 'region_id', NEW.region_id, 'kind', NEW.kind, 'approved_by_id', NEW.approved_by_id, 'decision_id', NEW.decision_id, 'approved_on', NEW.approved_on, 'sent_on', NEW.sent_on, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'position', NEW.position, 'confidential', NEW.confidential, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'remiss_response';
END;

DROP TRIGGER university_unit_audit_insert;
CREATE TRIGGER university_unit_audit_insert AFTER INSERT ON university_unit BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'university_unit', NEW.id,
         NULL, json_object('id', NEW.id, 'name', NEW.name, 'region_id', NEW.region_id, 'area', NEW.area, 'body_id', NEW.body_id, 'designated_on', NEW.designated_on, 'valid_to', NEW.valid_to, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'university_unit';
END;

DROP TRIGGER us_access_audit_insert;
CREATE TRIGGER us_access_audit_insert AFTER INSERT ON us_access BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'us_access', NEW.id,
         NULL, json_object('id', NEW.id, 'year', NEW.year, 'home_id', NEW.home_id, 'measure', NEW.measure, 'unit', NEW.unit, 'total_count', NEW.total_count, 'within_90_count', NEW.within_90_count, 'withdrawn_on', NEW.withdrawn_on, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'us_access';
END;

DROP TRIGGER workload_audit_insert;
CREATE TRIGGER workload_audit_insert AFTER INSERT ON workload BEGIN
  INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ifnull(actor, 'utanför samreg'), command, 'insert', 'workload', NEW.id,
         NULL, json_object('id', NEW.id, 'specialty', NEW.specialty, 'patient_group', NEW.patient_group, 'sending_region_id', NEW.sending_region_id, 'sending_unit', NEW.sending_unit, 'performing_region_id', NEW.performing_region_id, 'performing_unit', NEW.performing_unit, 'decided_by_id', NEW.decided_by_id, 'decision_id', NEW.decision_id, 'status', NEW.status, 'decided_on', NEW.decided_on, 'effective_on', NEW.effective_on, 'ended_on', NEW.ended_on, 'followup', NEW.followup, 'case_number', NEW.case_number, 'case_issuer', NEW.case_issuer, 'case_year', NEW.case_year, 'case_serial', NEW.case_serial, 'confidential', NEW.confidential, 'note', NEW.note, 'source', NEW.source)
  FROM audit_context WHERE id = 1 AND bulk IS NOT 'workload';
END;
