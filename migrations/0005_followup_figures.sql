-- Follow-up figures: care produced for each other under the regional agreement, the
-- contract model's amounts, the yearly DRG price, and indicators (systemmått) with values.
-- A figure found wrong is corrected by update (the audit trail keeps the old value) or
-- withdrawn; it is never deleted.

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

-- Amounts in tkr per payer × receiver and year. part: 'vard' is the fixed part for care
-- (D7.3), 'samverkan' the fixed part for cooperation (D3.2).
CREATE TABLE contract (
  id                    INTEGER PRIMARY KEY,
  year                  INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  payer_id              INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  receiver_id           INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
  part                  TEXT NOT NULL DEFAULT 'vard' CHECK (part IN ('vard', 'samverkan')),
  fixed_tkr             REAL CHECK (fixed_tkr IS NULL OR fixed_tkr >= 0),
  variable_outcome_tkr  REAL CHECK (variable_outcome_tkr IS NULL OR variable_outcome_tkr >= 0),
  variable_budget_tkr   REAL CHECK (variable_budget_tkr IS NULL OR variable_budget_tkr >= 0),
  withdrawn_on          TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on IS date(withdrawn_on)),
  note                  TEXT,
  source                TEXT,
  UNIQUE (year, payer_id, receiver_id, part),
  CHECK (part = 'samverkan' OR payer_id <> receiver_id)
) STRICT;

-- The contract model's yearly parameters.
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

CREATE TABLE indicator (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  promise      TEXT NOT NULL CHECK (promise IN ('forebyggande', 'jamlik', 'kostnadseffektiv',
                 'delaktighet', 'tillganglig', 'saker')),
  unit         TEXT,
  direction    TEXT NOT NULL CHECK (direction IN ('hog', 'lag')),
  target       REAL,
  target_text  TEXT,
  periodicity  TEXT NOT NULL DEFAULT 'ar' CHECK (periodicity IN ('manad', 'tertial', 'ar')),
  ended_on     TEXT CHECK (ended_on IS NULL OR ended_on IS date(ended_on)),
  note         TEXT,
  source       TEXT
) STRICT;

-- period: a year (2024), a tertial (2024-T1 … 2024-T3) or a month (2024-05).
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
