-- NHV permits (nationell högspecialiserad vård), the region's permit goal, and
-- workload-division decisions (arbetsfördelning).

CREATE TABLE permit (
  id                    INTEGER PRIMARY KEY,
  care_area             TEXT NOT NULL CHECK (length(trim(care_area)) > 0),
  holder_id             INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  unit                  TEXT,
  status                TEXT NOT NULL CHECK (status IN ('forberedelse', 'ansokt', 'beviljat', 'avslaget',
                          'i_drift', 'avslutat')),
  applied_on            TEXT CHECK (applied_on IS NULL OR applied_on IS date(applied_on)),
  decided_on            TEXT CHECK (decided_on IS NULL OR decided_on IS date(decided_on)),
  start_on              TEXT CHECK (start_on IS NULL OR start_on IS date(start_on)),
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
  CHECK (decided_on IS NULL OR applied_on IS NULL OR decided_on >= applied_on),
  CHECK (start_on IS NULL OR decided_on IS NULL OR start_on >= decided_on),
  CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
  CHECK (end_on IS NULL OR decided_on IS NULL OR end_on >= decided_on),
  CHECK (status <> 'avslutat' OR end_on IS NOT NULL),
  CHECK (status NOT IN ('forberedelse', 'ansokt', 'avslaget') OR start_on IS NULL),
  CHECK (parent_id IS NULL OR parent_id <> id),
  CHECK ((case_number IS NULL) = (case_issuer IS NULL))
) STRICT;
CREATE UNIQUE INDEX permit_case ON permit(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;
CREATE INDEX permit_holder ON permit(holder_id, status);

-- The region's stated goal for the number of NHV permits (10–12, 000 line 745).
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
CREATE UNIQUE INDEX workload_case ON workload(case_issuer, case_year, case_serial) WHERE case_issuer IS NOT NULL;
CREATE INDEX workload_specialty ON workload(specialty, status);
