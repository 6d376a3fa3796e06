-- Organisations (regions, authorities, ministries, SKR, riket), bodies of every kind with
-- aliases and name history, the six samarbetsområden, people and memberships.
-- Every date is ISO 8601 (YYYY-MM-DD): `x IS date(x)` rejects 2025-02-30 and 2025-2-1.

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
CREATE INDEX body_kind ON body(kind);
CREATE INDEX body_parent ON body(parent_id);

-- Other names a body is known by: aliases in use, and former names with their period.
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

-- The six cooperation areas reported on yearly.
CREATE TABLE cooperation_area (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (code IN ('ledning', 'egenkraft', 'kunskapsstyrning',
                'arbetsfordelning', 'processer', 'kompetens')),
  name        TEXT NOT NULL,
  ordinal     INTEGER NOT NULL UNIQUE CHECK (ordinal BETWEEN 1 AND 6),
  source      TEXT
) STRICT;

CREATE TABLE person (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title            TEXT,
  organisation_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  valid_to         TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note             TEXT,
  source           TEXT
) STRICT;

CREATE TABLE membership (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
  body_id     INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
  role        TEXT NOT NULL CHECK (role IN ('ordforande', 'vice_ordforande', 'ledamot', 'ersattare',
                'processledare', 'sekreterare', 'adjungerad')),
  region_id   INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
  valid_from  TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from)),
  valid_to    TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to)),
  note        TEXT,
  source      TEXT,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX membership_body ON membership(body_id);
CREATE INDEX membership_person ON membership(person_id);

-- Reference data shipped with the schema: Sweden's 21 regions, riket, and the national
-- organisations that send remisser or decide on permits. The three SÖSR parties carry the
-- codes the source documents use (RÖ, RJL, RKL; 000 line 751).
INSERT INTO organisation (code, name, kind, sosr_party, source) VALUES
  ('RÖ',   'Region Östergötland',            'region', 1, '000_1b6127ee32d5d371.txt:751'),
  ('RJL',  'Region Jönköpings län',          'region', 1, '000_1b6127ee32d5d371.txt:751'),
  ('RKL',  'Region Kalmar län',              'region', 1, '000_1b6127ee32d5d371.txt:751'),
  ('RS',   'Region Stockholm',               'region', 0, '004_513c37d2c5b70d72.txt:12'),
  ('RUp',  'Region Uppsala',                 'region', 0, NULL),
  ('RSö',  'Region Sörmland',                'region', 0, NULL),
  ('RKr',  'Region Kronoberg',               'region', 0, NULL),
  ('RG',   'Region Gotland',                 'region', 0, NULL),
  ('RB',   'Region Blekinge',                'region', 0, NULL),
  ('RSk',  'Region Skåne',                   'region', 0, NULL),
  ('RH',   'Region Halland',                 'region', 0, NULL),
  ('VGR',  'Västra Götalandsregionen',       'region', 0, NULL),
  ('RV',   'Region Värmland',                'region', 0, NULL),
  ('RÖr',  'Region Örebro län',              'region', 0, NULL),
  ('RVm',  'Region Västmanland',             'region', 0, NULL),
  ('RD',   'Region Dalarna',                 'region', 0, NULL),
  ('RGä',  'Region Gävleborg',               'region', 0, NULL),
  ('RVn',  'Region Västernorrland',          'region', 0, NULL),
  ('RJH',  'Region Jämtland Härjedalen',     'region', 0, NULL),
  ('RVb',  'Region Västerbotten',            'region', 0, NULL),
  ('RN',   'Region Norrbotten',              'region', 0, NULL),
  ('SE',   'Riket',                          'riket', 0, NULL),
  ('SKR',  'Sveriges Kommuner och Regioner', 'skr', 0, NULL),
  ('SoS',  'Socialstyrelsen',                'myndighet', 0, NULL),
  ('TLV',  'Tandvårds- och läkemedelsförmånsverket', 'myndighet', 0, NULL),
  ('LV',   'Läkemedelsverket',               'myndighet', 0, NULL),
  ('IVO',  'Inspektionen för vård och omsorg', 'myndighet', 0, NULL),
  ('EHM',  'E-hälsomyndigheten',             'myndighet', 0, NULL),
  ('FHM',  'Folkhälsomyndigheten',           'myndighet', 0, NULL),
  ('SBU',  'Statens beredning för medicinsk och social utvärdering', 'myndighet', 0, NULL),
  ('S',    'Socialdepartementet',            'departement', 0, NULL),
  ('Fi',   'Finansdepartementet',            'departement', 0, NULL),
  ('U',    'Utbildningsdepartementet',       'departement', 0, NULL),
  ('Ju',   'Justitiedepartementet',          'departement', 0, NULL),
  ('A',    'Arbetsmarknadsdepartementet',    'departement', 0, NULL),
  ('LiU',  'Linköpings universitet',         'universitet', 0, NULL),
  ('NKS',  'Kunskapsstyrning hälso- och sjukvård (nationellt system)', 'annan', 0, NULL);
