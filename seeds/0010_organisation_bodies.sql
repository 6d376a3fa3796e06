-- Seed: the bodies of Sydöstra sjukvårdsregionen (SÖSR), their aliases, and the six
-- samarbetsområden. Facts from /work/shared/seeds (000 = the 2024 agreement, 002 = RSL's
-- governance map 2021–2022, 003 = RJL's committee packet 2025-06-17); names the documents do
-- not give come from /work/shared/docs/domain.md and cite it ('domain.md:LINE').
-- Idempotent: every statement inserts only what is missing, by natural key (bodies by
-- short_name, aliases by body and alias, areas by code). Ids are never hard-coded.

-- ---------------------------------------------------------------------------------------
-- Samverkansnämnden (SVN): the joint political committee, hosted by Region Östergötland
-- (its cases are registered in RÖ's register: 'Dnr: RÖ 2024–6246', 003 line 23984).
INSERT INTO body (kind, name, short_name, host_region_id, note, source)
SELECT 'samverkansnamnd', 'Samverkansnämnden', 'SVN',
       (SELECT id FROM organisation WHERE code = 'RÖ'),
       'Hosted by RÖ (domain.md:10; its case numbers are RÖ''s, 003_2ec2799c06c93718.txt:23984).',
       '000_1b6127ee32d5d371.txt:941'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'SVN');

-- SVN's other names as written in the documents.
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Samverkansnämnden för Sydöstra sjukvårdsregionen', 'alias', '000_1b6127ee32d5d371.txt:941'
FROM body b WHERE b.short_name = 'SVN'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Samverkansnämnden för Sydöstra sjukvårdsregionen');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Samverkansnämnden för Sydöstra sjukvårdsregion', 'alias', '003_2ec2799c06c93718.txt:20619'
FROM body b WHERE b.short_name = 'SVN'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Samverkansnämnden för Sydöstra sjukvårdsregion');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Regionsjukvårdsnämnden', 'alias', '003_2ec2799c06c93718.txt:4101'
FROM body b WHERE b.short_name = 'SVN'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Regionsjukvårdsnämnden');

-- SVN's chair rotates between the regions (domain.md:11, in two-year periods: domain.md:135-136):
-- a role held by a region, so the membership names the region and no person. Region Kalmar
-- län chaired in 2024 (domain.md:11); the documents show the chair at work that year: she
-- approved (justerat) the protocol of 27 September 2024 (003_2ec2799c06c93718.txt:24067-24077)
-- and signed SVN's riksavtal answer as "ordförande samverkansnämnden"
-- (003_2ec2799c06c93718.txt:24485-24487). The period is the year the sources attest; the
-- two-year period's first and last day are not in them.
INSERT INTO membership (body_id, role, region_id, valid_from, valid_to, note, source)
SELECT b.id, 'ordforande', o.id, '2024-01-01', '2024-12-31',
       'Chair held by the region (rotates; domain.md:11, 135-136). The two-year period''s bounds are not in the sources: recorded for 2024, the year they attest.',
       '003_2ec2799c06c93718.txt:24485-24487'
FROM body b, organisation o WHERE b.short_name = 'SVN' AND o.code = 'RKL'
  AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.body_id = b.id AND m.role = 'ordforande' AND m.region_id = o.id
                  AND m.person_id IS NULL AND m.valid_from = '2024-01-01');

-- ---------------------------------------------------------------------------------------
-- Regionsjukvårdsledningen (RSL) with its working committee (RSL AU) and staff (RSL stab).
INSERT INTO body (kind, name, short_name, note, source)
SELECT 'rsl', 'Regionsjukvårdsledningen', 'RSL',
       'Prepares SVN''s matters and carries out its decisions (003_2ec2799c06c93718.txt:1760-1762).',
       '000_1b6127ee32d5d371.txt:939'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RSL');

INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Regionssjukvårdsledningen', 'alias', '002_d164aee6ea3e71c0.txt:44'
FROM body b WHERE b.short_name = 'RSL'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Regionssjukvårdsledningen');

INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'rsl_au', 'Regionsjukvårdsledningens arbetsutskott', 'RSL AU',
       (SELECT id FROM body WHERE short_name = 'RSL'),
       'Written ''RSL AU'' in the sources (AU = arbetsutskott).',
       '002_d164aee6ea3e71c0.txt:19'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RSL AU');

INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'rsl_stab', 'RSL stab', 'RSL stab',
       (SELECT id FROM body WHERE short_name = 'RSL'),
       'Also written ''Regionsjukvårdsstaben'' (the staff that keeps SVN''s protocol, 003_2ec2799c06c93718.txt:23952).',
       '002_d164aee6ea3e71c0.txt:103'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RSL stab');

INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Regionsjukvårdsstaben', 'alias', '003_2ec2799c06c93718.txt:23952'
FROM body b WHERE b.short_name = 'RSL stab'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Regionsjukvårdsstaben');

-- ---------------------------------------------------------------------------------------
-- Kunskapsråd: "Programområdena stöds av fyra kunskapsråd" (003 line 1781; again at 16322);
-- in the governance map they stand between RSL and the RPO (002 lines 44–54; 000 line 939:
-- "från regionala programområden via kunskapsråd till Regionsjukvårdsledningen"). The source
-- documents name none of them. Three names are the ones domain.md gives (domain.md:17–18);
-- the fourth is named nowhere we hold, so it is recorded under a name that says so rather
-- than left out (the count of four is the source's) and rather than guessed.
WITH v(name, short_name, note) AS (VALUES
  ('Kunskapsråd Hälsa och rehabilitering', 'Kunskapsråd Hälsa och rehabilitering',
   'The source documents do not name the kunskapsråd; the name is from domain.md:17.'),
  ('Kunskapsråd Diagnostik och sinnen', 'Kunskapsråd Diagnostik och sinnen',
   'The source documents do not name the kunskapsråd; the name is from domain.md:17.'),
  ('Kunskapsråd Kirurgi och cancer', 'Kunskapsråd Kirurgi och cancer',
   'The source documents do not name the kunskapsråd; the name is from domain.md:18.'),
  ('Kunskapsråd (fjärde, namn saknas i källorna)', 'Kunskapsråd 4',
   'The fourth of the four kunskapsråd of 003_2ec2799c06c93718.txt:1781: neither the source documents nor domain.md name it. Rename it (samreg body update) when its name is known.'))
INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'kunskapsrad', v.name, v.short_name,
       (SELECT id FROM body WHERE short_name = 'RSL'),
       v.note || ' Four kunskapsråd: 003_2ec2799c06c93718.txt:1781; under RSL: 002_d164aee6ea3e71c0.txt:44-54, 000_1b6127ee32d5d371.txt:939.',
       '003_2ec2799c06c93718.txt:1781'
FROM v
WHERE NOT EXISTS (SELECT 1 FROM body b WHERE b.short_name = v.short_name)
  -- The unnamed one only while fewer than four are recorded (it may have been renamed).
  AND (v.short_name <> 'Kunskapsråd 4' OR (SELECT count(*) FROM body b WHERE b.kind = 'kunskapsrad') < 4);

-- ---------------------------------------------------------------------------------------
-- The 26 nationella programområden (NPO). SÖSR hosts four (000 lines 355–363; 003 line 1605
-- "fyra av totalt 26"). The source documents name only the four hosted ones; the other names
-- are domain.md's list (lines 141–148), said in `note`, with 003 line 1605 (there are 26) as
-- the source. The 26th, Primärvård, is unverified.
WITH v(area, hosted, line, note) AS (VALUES
  ('Akut vård',                                             0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:141 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Barn och ungas hälsa',                                  1, '000_1b6127ee32d5d371.txt:357', 'Written ''barns och ungdomars hälsa'' in the 2024 agreement (000_1b6127ee32d5d371.txt:357); name from domain.md:141.'),
  ('Cancersjukdomar',                                       0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:141 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Endokrina sjukdomar',                                   0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:141 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Hjärt- och kärlsjukdomar',                              0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:142 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Hud- och könssjukdomar',                                0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:142 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Infektionssjukdomar',                                   0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:142 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Kirurgi och plastikkirurgi',                            0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:142 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Kvinnosjukdomar och förlossning',                       1, '000_1b6127ee32d5d371.txt:359', NULL),
  ('Levnadsvanor',                                          0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:143 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Lung- och allergisjukdomar',                            0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:143 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Mag- och tarmsjukdomar',                                0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:144 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Medicinsk diagnostik',                                  0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:144 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Nervsystemets sjukdomar',                               0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:144 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Njur- och urinvägssjukdomar',                           0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:145 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Perioperativ vård, intensivvård och transplantation',   1, '000_1b6127ee32d5d371.txt:361', NULL),
  ('Psykisk hälsa',                                         0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:145 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Rehabilitering, habilitering och försäkringsmedicin',   1, '000_1b6127ee32d5d371.txt:363', NULL),
  ('Reumatiska sjukdomar',                                  0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:146 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Rörelseorganens sjukdomar',                             0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:147 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Sällsynta sjukdomar',                                   0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:147 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Tandvård',                                              0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:147 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Äldres hälsa',                                          0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:147 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Ögonsjukdomar',                                         0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:147 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Öron-, näs- och halssjukdomar',                         0, '003_2ec2799c06c93718.txt:1605', 'Name from domain.md:148 (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'),
  ('Primärvård',                                            0, '003_2ec2799c06c93718.txt:1605', 'unverified: sources disagree (name from domain.md:148; 003_2ec2799c06c93718.txt:1605 says there are 26 NPO).'))
INSERT INTO body (kind, name, short_name, hosted_by_sosr, note, source)
SELECT 'npo', 'Nationellt programområde ' || v.area, 'NPO ' || v.area, v.hosted, v.note, v.line
FROM v
WHERE NOT EXISTS (SELECT 1 FROM body b WHERE b.short_name = 'NPO ' || v.area);

-- NPO names as written in the documents.
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Nationellt programområde barns och ungdomars hälsa', 'alias', '000_1b6127ee32d5d371.txt:357'
FROM body b WHERE b.short_name = 'NPO Barn och ungas hälsa'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Nationellt programområde barns och ungdomars hälsa');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'NPO Ögonsjukvård', 'alias', '003_2ec2799c06c93718.txt:7013'
FROM body b WHERE b.short_name = 'NPO Ögonsjukdomar'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'NPO Ögonsjukvård');

-- ---------------------------------------------------------------------------------------
-- The 26 regionala programområden (RPO), one per NPO (counterpart_id). The source documents
-- name no single RPO: "En stor del av den sjukvårdsregionala samverkan sker i regionala
-- programområden" (003 line 1779) is the source of each; the areas are the NPO's (domain.md:19,
-- 141–148). Which kunskapsråd each RPO belongs to is said nowhere (000 line 939 says only that
-- RPO report via kunskapsråd to RSL), so parent_id is left empty and the note says so.
WITH v(area, line) AS (VALUES
  ('Akut vård', '003_2ec2799c06c93718.txt:1779'),
  ('Barn och ungas hälsa', '003_2ec2799c06c93718.txt:1779'),
  ('Cancersjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Endokrina sjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Hjärt- och kärlsjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Hud- och könssjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Infektionssjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Kirurgi och plastikkirurgi', '003_2ec2799c06c93718.txt:1779'),
  ('Kvinnosjukdomar och förlossning', '003_2ec2799c06c93718.txt:1779'),
  ('Levnadsvanor', '003_2ec2799c06c93718.txt:1779'),
  ('Lung- och allergisjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Mag- och tarmsjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Medicinsk diagnostik', '003_2ec2799c06c93718.txt:1779'),
  ('Nervsystemets sjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Njur- och urinvägssjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Perioperativ vård, intensivvård och transplantation', '003_2ec2799c06c93718.txt:1779'),
  ('Psykisk hälsa', '003_2ec2799c06c93718.txt:1779'),
  ('Rehabilitering, habilitering och försäkringsmedicin', '003_2ec2799c06c93718.txt:1779'),
  ('Reumatiska sjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Rörelseorganens sjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Sällsynta sjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Tandvård', '003_2ec2799c06c93718.txt:1779'),
  ('Äldres hälsa', '003_2ec2799c06c93718.txt:1779'),
  ('Ögonsjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Öron-, näs- och halssjukdomar', '003_2ec2799c06c93718.txt:1779'),
  ('Primärvård', '003_2ec2799c06c93718.txt:1779'))
INSERT INTO body (kind, name, short_name, counterpart_id, note, source)
SELECT 'rpo', 'Regionalt programområde ' || v.area, 'RPO ' || v.area,
       (SELECT n.id FROM body n WHERE n.short_name = 'NPO ' || v.area),
       CASE WHEN v.area = 'Primärvård' THEN 'unverified: sources disagree (mirrors the unverified 26th NPO)'
            ELSE 'RPO mirror the 26 NPO (domain.md:19; 003_2ec2799c06c93718.txt:1605 says there are 26 NPO); the sources name no single RPO. Kunskapsråd (parent) not stated in the sources (000_1b6127ee32d5d371.txt:939 says only that RPO report via kunskapsråd), so it is left empty.' END,
       v.line
FROM v
WHERE NOT EXISTS (SELECT 1 FROM body b WHERE b.short_name = 'RPO ' || v.area);

-- ---------------------------------------------------------------------------------------
-- Regionala samverkansgrupper (RSG): 13 per domain.md; the documents name these four.
-- The governance map puts RSG under 'RSL stab/AU' (002 lines 56–58), which cannot be told
-- apart there, so the parent is RSL itself.
WITH v(topic, line) AS (VALUES
  ('Digital utveckling',       '002_d164aee6ea3e71c0.txt:46'),
  ('Uppföljning och analys',   '003_2ec2799c06c93718.txt:1782'),
  ('Läkemedel',                '003_2ec2799c06c93718.txt:1783'),
  ('Patientsäkerhet',          '003_2ec2799c06c93718.txt:1783'))
INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'rsg', 'Regional samverkansgrupp ' || lower(substr(v.topic, 1, 1)) || substr(v.topic, 2), 'RSG ' || v.topic,
       (SELECT id FROM body WHERE short_name = 'RSL'),
       'Placed under ''RSL stab/AU'' in the governance map (002_d164aee6ea3e71c0.txt:56-58).',
       v.line
FROM v
WHERE NOT EXISTS (SELECT 1 FROM body b WHERE b.short_name = 'RSG ' || v.topic);

-- ---------------------------------------------------------------------------------------
-- A local program area in Region Jönköpings län, written two ways in the same packet.
INSERT INTO body (kind, name, short_name, host_region_id, note, source)
SELECT 'lpo', 'Länsgemensamt programområde Ögonsjukvård', 'LPO Ögonsjukvård',
       (SELECT id FROM organisation WHERE code = 'RJL'),
       'Länsgemensamt programområde in RJL''s knowledge-management organisation; also written ''LPO Ögonsjukdomar'' (003_2ec2799c06c93718.txt:7676-7678).',
       '003_2ec2799c06c93718.txt:6499'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'LPO Ögonsjukvård');

INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'LPO Ögonsjukvård', 'alias', '003_2ec2799c06c93718.txt:6499'
FROM body b WHERE b.short_name = 'LPO Ögonsjukvård'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'LPO Ögonsjukvård');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'LPO Ögonsjukdomar', 'alias', '003_2ec2799c06c93718.txt:7676'
FROM body b WHERE b.short_name = 'LPO Ögonsjukvård'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'LPO Ögonsjukdomar');

-- ---------------------------------------------------------------------------------------
-- Knowledge centres (kunskapscentrum) shared by the three regions. RCC and CSD sit under a
-- kunskapsråd in the governance map (002 line 54), which one is not said. Host regions are
-- not stated in the documents and are left empty.
INSERT INTO body (kind, name, short_name, note, source)
SELECT 'kunskapscentrum', 'Regionalt cancercentrum sydöst', 'RCC Sydöst',
       'Financed with a wholly fixed payment (000_1b6127ee32d5d371.txt:862-889); under a kunskapsråd in the governance map (002_d164aee6ea3e71c0.txt:54).',
       '000_1b6127ee32d5d371.txt:889'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RCC Sydöst');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'RCC', 'alias', '002_d164aee6ea3e71c0.txt:54'
FROM body b WHERE b.short_name = 'RCC Sydöst'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'RCC');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'kunskapscentrum', 'Registercentrum sydost', 'RCSO',
       'Financed with a wholly fixed payment (000_1b6127ee32d5d371.txt:862-891); has its own styrgrupp (002_d164aee6ea3e71c0.txt:46-48).',
       '000_1b6127ee32d5d371.txt:891'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RCSO');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'kunskapscentrum', 'Centrum för sällsynta diagnoser', 'CSD',
       'Financed with a wholly fixed payment (000_1b6127ee32d5d371.txt:862-881); under a kunskapsråd in the governance map (002_d164aee6ea3e71c0.txt:54).',
       '000_1b6127ee32d5d371.txt:881'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'CSD');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'kunskapscentrum', 'Biverkningsenhet', 'Biverkningsenhet',
       'Listed as a kunskapscentrum with employees (002_d164aee6ea3e71c0.txt:116-126) and financed with a wholly fixed payment (000_1b6127ee32d5d371.txt:877).',
       '002_d164aee6ea3e71c0.txt:126'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Biverkningsenhet');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'kunskapscentrum', 'Biobankscentrum', 'Biobankscentrum',
       'Listed together with RCC as one item, ''RCC / Biobankscentrum'', among the kunskapscentrum with employees (002_d164aee6ea3e71c0.txt:116-118).',
       '002_d164aee6ea3e71c0.txt:118'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Biobankscentrum');

-- ---------------------------------------------------------------------------------------
-- Councils with members from outside the three regions (002 lines 60–72: "Styrgrupper
-- tillsammans med andra aktörer").
INSERT INTO body (kind, name, short_name, note, source)
SELECT 'rad', 'Vårdkompetensrådet', 'Vårdkompetensrådet',
       'The sjukvårdsregional vårdkompetensråd (000_1b6127ee32d5d371.txt:549); the higher-education institutions in SÖSR and the municipalities take part (002_d164aee6ea3e71c0.txt:64-66).',
       '002_d164aee6ea3e71c0.txt:64'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Vårdkompetensrådet');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT b.id, 'Det sjukvårdsregionala vårdkompetensrådet', 'alias', '000_1b6127ee32d5d371.txt:549'
FROM body b WHERE b.short_name = 'Vårdkompetensrådet'
  AND NOT EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = b.id AND a.alias = 'Det sjukvårdsregionala vårdkompetensrådet');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'rad', 'Forum Sydost', 'Forum Sydost',
       'Sjukvårdsregional support structure for clinical research (003_2ec2799c06c93718.txt:1855); Linköpings universitet takes part (002_d164aee6ea3e71c0.txt:62); also listed among the kunskapscentrum with employees (002_d164aee6ea3e71c0.txt:128).',
       '002_d164aee6ea3e71c0.txt:62'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Forum Sydost');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'rad', 'Forskningsrådet i sydöstra sjukvårdsregionen', 'FORSS',
       'Region Kronoberg takes part (002_d164aee6ea3e71c0.txt:72); finances research projects (000_1b6127ee32d5d371.txt:679).',
       '003_2ec2799c06c93718.txt:1857'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'FORSS');

INSERT INTO body (kind, name, short_name, note, source)
SELECT 'rad', 'Universitetssjukvårdskommittén', 'Universitetssjukvårdskommittén',
       'RSL is represented (002_d164aee6ea3e71c0.txt:68-70).',
       '002_d164aee6ea3e71c0.txt:68'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Universitetssjukvårdskommittén');

-- ---------------------------------------------------------------------------------------
-- Styrgrupper: "RCSO och RSG digital utveckling har egna styrgrupper" (002 lines 46–48).
-- The documents give them no names of their own; the names below only describe them.
INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'styrgrupp', 'Styrgrupp för Registercentrum sydost', 'Styrgrupp RCSO',
       (SELECT id FROM body WHERE short_name = 'RCSO'),
       'Descriptive name: the source says only that RCSO has its own styrgrupp.',
       '002_d164aee6ea3e71c0.txt:46'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Styrgrupp RCSO');

INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'styrgrupp', 'Styrgrupp för RSG digital utveckling', 'Styrgrupp RSG Digital utveckling',
       (SELECT id FROM body WHERE short_name = 'RSG Digital utveckling'),
       'Descriptive name: the source says only that RSG digital utveckling has its own styrgrupp.',
       '002_d164aee6ea3e71c0.txt:46'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'Styrgrupp RSG Digital utveckling');

-- ---------------------------------------------------------------------------------------
-- The six samarbetsområden, in the order of the 2024 agreement (000 lines 116–126).
WITH v(code, name, ordinal, line) AS (VALUES
  ('ledning',          'Ledning och styrning',                    1, '000_1b6127ee32d5d371.txt:116'),
  ('egenkraft',        'Patientens egenkraft och samskapande',    2, '000_1b6127ee32d5d371.txt:118'),
  ('kunskapsstyrning', 'Kunskapsstyrning',                        3, '000_1b6127ee32d5d371.txt:120'),
  ('arbetsfordelning', 'Långsiktig och hållbar arbetsfördelning', 4, '000_1b6127ee32d5d371.txt:122'),
  ('processer',        'Effektiva processer',                     5, '000_1b6127ee32d5d371.txt:124'),
  ('kompetens',        'Attrahera och utveckla kompetenser',      6, '000_1b6127ee32d5d371.txt:126'))
INSERT INTO cooperation_area (code, name, ordinal, source)
SELECT v.code, v.name, v.ordinal, v.line
FROM v
WHERE NOT EXISTS (SELECT 1 FROM cooperation_area c WHERE c.code = v.code);

-- ---------------------------------------------------------------------------------------
-- Registries seeded by an earlier version of this file cite domain.md as the source of the
-- kunskapsråd, NPO and RPO rows: point them at the source documents as above. Only rows that
-- still carry the earlier seed's own source are changed (a corrected row is left alone).
UPDATE body SET source = '003_2ec2799c06c93718.txt:1781',
       note = 'The source documents do not name the kunskapsråd; the name is from domain.md:17-18. Four kunskapsråd: 003_2ec2799c06c93718.txt:1781; under RSL: 002_d164aee6ea3e71c0.txt:44-54, 000_1b6127ee32d5d371.txt:939.'
WHERE kind = 'kunskapsrad' AND source IN ('domain.md:17', 'domain.md:18');
UPDATE body SET source = '003_2ec2799c06c93718.txt:1779',
       note = 'RPO mirror the 26 NPO (domain.md:19; 003_2ec2799c06c93718.txt:1605 says there are 26 NPO); the sources name no single RPO. Kunskapsråd (parent) not stated in the sources (000_1b6127ee32d5d371.txt:939 says only that RPO report via kunskapsråd), so it is left empty.'
WHERE kind = 'rpo' AND source LIKE 'domain.md:%' AND short_name IS NOT 'RPO Primärvård';
UPDATE body SET source = '003_2ec2799c06c93718.txt:1779'
WHERE kind = 'rpo' AND source LIKE 'domain.md:%' AND short_name IS 'RPO Primärvård';
UPDATE body SET source = '003_2ec2799c06c93718.txt:1605',
       note = CASE WHEN note IS NULL THEN 'Name from ' || source || ' (the source documents name only the four hosted NPO; 003_2ec2799c06c93718.txt:1605 says there are 26).'
                   ELSE note || ' (name from ' || source || '; 003_2ec2799c06c93718.txt:1605 says there are 26 NPO).' END
WHERE kind = 'npo' AND source LIKE 'domain.md:%';
