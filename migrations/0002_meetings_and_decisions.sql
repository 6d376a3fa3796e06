-- Meetings and decisions: the backbone the other record families point to.
-- A decision is final when its meeting's protocol is approved (justerat); decisions taken
-- outside a meeting (delegation) are final when taken. Decisions are never deleted: a
-- revoked or corrected decision keeps its row and gets `revoked_on`.

CREATE TABLE meeting (
  id                   INTEGER PRIMARY KEY,
  body_id              INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  held_on              TEXT NOT NULL CHECK (held_on IS date(held_on)),
  place                TEXT,
  protocol_approved_on TEXT CHECK (protocol_approved_on IS NULL OR protocol_approved_on IS date(protocol_approved_on)),
  cancelled_on         TEXT CHECK (cancelled_on IS NULL OR cancelled_on IS date(cancelled_on)),
  note                 TEXT,
  source               TEXT,
  UNIQUE (body_id, held_on),
  CHECK (protocol_approved_on IS NULL OR protocol_approved_on >= held_on)
) STRICT;

CREATE TABLE decision (
  id            INTEGER PRIMARY KEY,
  body_id       INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  meeting_id    INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
  decided_on    TEXT NOT NULL CHECK (decided_on IS date(decided_on)),
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
  CHECK (revoked_on IS NULL OR revoked_on >= decided_on),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;
-- § numbers are unique within one body and year; delegation decisions have their own series.
CREATE UNIQUE INDEX decision_paragraph ON decision(body_id, substr(decided_on, 1, 4), paragraph_no)
  WHERE paragraph_no IS NOT NULL AND kind <> 'delegationsbeslut';
CREATE INDEX decision_body_date ON decision(body_id, decided_on);
CREATE INDEX decision_date ON decision(decided_on);
CREATE INDEX decision_case ON decision(case_issuer, case_year, case_serial);
CREATE INDEX decision_remiss ON decision(remiss_id) WHERE remiss_id IS NOT NULL;
CREATE INDEX decision_permit ON decision(permit_id) WHERE permit_id IS NOT NULL;
CREATE INDEX decision_workload ON decision(workload_id) WHERE workload_id IS NOT NULL;

-- Further references a record carries (one matter has one case number per organisation).
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
CREATE INDEX reference_case ON reference(issuer, year, serial);
