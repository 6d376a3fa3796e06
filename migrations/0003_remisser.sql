-- Remisser (consultations sent to the region for comment) and the answers given to them.
-- Not patient referrals: those are not recorded here.
-- A remiss's status follows from the recorded facts (see the view remiss_state).

CREATE TABLE remiss (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
  sender_id     INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  sender_ref    TEXT,
  category      TEXT NOT NULL CHECK (category IN ('kunskapsstyrning', 'nhv', 'myndighet')),
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
CREATE UNIQUE INDEX remiss_case ON remiss(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;
CREATE UNIQUE INDEX remiss_sender_ref ON remiss(sender_id, sender_ref) WHERE sender_ref IS NOT NULL;
CREATE INDEX remiss_deadline ON remiss(deadline_on);
CREATE INDEX remiss_received ON remiss(received_on);
CREATE INDEX remiss_category ON remiss(category, received_on);

-- Which RPO/RSG prepares the answer (propose clarifications, report consequences for
-- planning, prepare introduction).
CREATE TABLE remiss_assignment (
  id         INTEGER PRIMARY KEY,
  remiss_id  INTEGER NOT NULL REFERENCES remiss(id) ON DELETE RESTRICT,
  body_id    INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  UNIQUE (remiss_id, body_id)
) STRICT;
CREATE INDEX remiss_assignment_body ON remiss_assignment(body_id);

-- An answer (yttrande) or a recorded decision not to answer (avstår); jointly for SÖSR or
-- for one region. At most one per remiss and scope.
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
CREATE UNIQUE INDEX remiss_response_scope ON remiss_response(remiss_id, scope, ifnull(region_id, 0));
CREATE INDEX remiss_response_sent ON remiss_response(sent_on);

-- An answer cannot be approved or sent before the remiss arrived.
CREATE TRIGGER remiss_response_after_receipt BEFORE INSERT ON remiss_response
WHEN EXISTS (SELECT 1 FROM remiss r WHERE r.id = NEW.remiss_id
             AND (NEW.sent_on < r.received_on OR NEW.approved_on < r.received_on))
BEGIN SELECT RAISE(ABORT, 'remiss_response: date before the remiss was received'); END;
CREATE TRIGGER remiss_response_after_receipt_update BEFORE UPDATE ON remiss_response
WHEN EXISTS (SELECT 1 FROM remiss r WHERE r.id = NEW.remiss_id
             AND (NEW.sent_on < r.received_on OR NEW.approved_on < r.received_on))
BEGIN SELECT RAISE(ABORT, 'remiss_response: date before the remiss was received'); END;

-- The state of each remiss, from the facts: answered (a yttrande was sent), declined (a
-- decision not to answer), closed (closed without either), otherwise open. Whether an open
-- remiss is overdue depends on the day asked about, so queries compare deadline_on themselves.
CREATE VIEW remiss_state AS
SELECT r.id AS remiss_id,
       (SELECT min(x.sent_on) FROM remiss_response x
         WHERE x.remiss_id = r.id AND x.kind = 'yttrande' AND x.withdrawn_on IS NULL) AS answered_on,
       CASE
         WHEN EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.kind = 'yttrande'
                      AND x.sent_on IS NOT NULL AND x.withdrawn_on IS NULL) THEN 'besvarad'
         WHEN EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = r.id AND x.kind = 'avstar'
                      AND x.withdrawn_on IS NULL) THEN 'avstar'
         WHEN r.closed_on IS NOT NULL THEN 'stangd'
         ELSE 'oppen'
       END AS state
FROM remiss r;
