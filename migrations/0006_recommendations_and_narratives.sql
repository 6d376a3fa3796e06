-- Recommendations from SVN or RSL to the regions and each region's own decision on them,
-- and the narrative text a secretary records per year and section of the annual summary.

-- One row per recommendation (a decision of kind 'rekommendation') and region.
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

-- The recommendation must be a decision of kind 'rekommendation'.
CREATE TRIGGER adoption_of_recommendation BEFORE INSERT ON adoption
WHEN (SELECT kind FROM decision WHERE id = NEW.recommendation_id) IS NOT 'rekommendation'
BEGIN SELECT RAISE(ABORT, 'adoption: recommendation_id is not a decision of kind rekommendation'); END;
CREATE TRIGGER adoption_of_recommendation_update BEFORE UPDATE OF recommendation_id ON adoption
WHEN (SELECT kind FROM decision WHERE id = NEW.recommendation_id) IS NOT 'rekommendation'
BEGIN SELECT RAISE(ABORT, 'adoption: recommendation_id is not a decision of kind rekommendation'); END;

-- Narrative per year and section of the annual summary (Markdown). One current text per
-- year and section; earlier versions are kept in the audit trail.
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
