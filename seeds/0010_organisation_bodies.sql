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
-- Kunskapsråd: there are four (003 line 1781) under RSL in the governance map (002 line 52);
-- the documents name none of them. The three names below are the ones domain.md gives;
-- the fourth is not named anywhere we have, so it is not seeded.
WITH v(name, line) AS (VALUES
  ('Kunskapsråd Hälsa och rehabilitering', 'domain.md:17'),
  ('Kunskapsråd Diagnostik och sinnen',    'domain.md:17'),
  ('Kunskapsråd Kirurgi och cancer',       'domain.md:18'))
INSERT INTO body (kind, name, short_name, parent_id, note, source)
SELECT 'kunskapsrad', v.name, v.name,
       (SELECT id FROM body WHERE short_name = 'RSL'),
       'Name from domain.md, not from the source documents (003_2ec2799c06c93718.txt:1781 says there are four kunskapsråd; 002_d164aee6ea3e71c0.txt:52 places them under RSL).',
       v.line
FROM v
WHERE NOT EXISTS (SELECT 1 FROM body b WHERE b.short_name = v.name);

-- ---------------------------------------------------------------------------------------
-- The 26 nationella programområden (NPO). SÖSR hosts four (000 lines 355–363; 003 line 1605
-- "fyra av totalt 26"). Names from domain.md's list (lines 141–148); the 26th, Primärvård,
-- is unverified.
WITH v(area, hosted, line, note) AS (VALUES
  ('Akut vård',                                             0, 'domain.md:141', NULL),
  ('Barn och ungas hälsa',                                  1, '000_1b6127ee32d5d371.txt:357', 'Written ''barns och ungdomars hälsa'' in the 2024 agreement (000_1b6127ee32d5d371.txt:357); name from domain.md:141.'),
  ('Cancersjukdomar',                                       0, 'domain.md:141', NULL),
  ('Endokrina sjukdomar',                                   0, 'domain.md:141', NULL),
  ('Hjärt- och kärlsjukdomar',                              0, 'domain.md:142', NULL),
  ('Hud- och könssjukdomar',                                0, 'domain.md:142', NULL),
  ('Infektionssjukdomar',                                   0, 'domain.md:142', NULL),
  ('Kirurgi och plastikkirurgi',                            0, 'domain.md:142', NULL),
  ('Kvinnosjukdomar och förlossning',                       1, '000_1b6127ee32d5d371.txt:359', NULL),
  ('Levnadsvanor',                                          0, 'domain.md:143', NULL),
  ('Lung- och allergisjukdomar',                            0, 'domain.md:143', NULL),
  ('Mag- och tarmsjukdomar',                                0, 'domain.md:144', NULL),
  ('Medicinsk diagnostik',                                  0, 'domain.md:144', NULL),
  ('Nervsystemets sjukdomar',                               0, 'domain.md:144', NULL),
  ('Njur- och urinvägssjukdomar',                           0, 'domain.md:145', NULL),
  ('Perioperativ vård, intensivvård och transplantation',   1, '000_1b6127ee32d5d371.txt:361', NULL),
  ('Psykisk hälsa',                                         0, 'domain.md:145', NULL),
  ('Rehabilitering, habilitering och försäkringsmedicin',   1, '000_1b6127ee32d5d371.txt:363', NULL),
  ('Reumatiska sjukdomar',                                  0, 'domain.md:146', NULL),
  ('Rörelseorganens sjukdomar',                             0, 'domain.md:147', NULL),
  ('Sällsynta sjukdomar',                                   0, 'domain.md:147', NULL),
  ('Tandvård',                                              0, 'domain.md:147', NULL),
  ('Äldres hälsa',                                          0, 'domain.md:147', NULL),
  ('Ögonsjukdomar',                                         0, 'domain.md:147', NULL),
  ('Öron-, näs- och halssjukdomar',                         0, 'domain.md:148', NULL),
  ('Primärvård',                                            0, 'domain.md:148', 'unverified: sources disagree'))
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
-- The 26 regionala programområden (RPO), one per NPO (counterpart_id). The documents do not
-- say which kunskapsråd each RPO belongs to, so parent_id is left empty.
WITH v(area, line) AS (VALUES
  ('Akut vård', 'domain.md:141'),
  ('Barn och ungas hälsa', 'domain.md:141'),
  ('Cancersjukdomar', 'domain.md:141'),
  ('Endokrina sjukdomar', 'domain.md:141'),
  ('Hjärt- och kärlsjukdomar', 'domain.md:142'),
  ('Hud- och könssjukdomar', 'domain.md:142'),
  ('Infektionssjukdomar', 'domain.md:142'),
  ('Kirurgi och plastikkirurgi', 'domain.md:142'),
  ('Kvinnosjukdomar och förlossning', 'domain.md:143'),
  ('Levnadsvanor', 'domain.md:143'),
  ('Lung- och allergisjukdomar', 'domain.md:143'),
  ('Mag- och tarmsjukdomar', 'domain.md:144'),
  ('Medicinsk diagnostik', 'domain.md:144'),
  ('Nervsystemets sjukdomar', 'domain.md:144'),
  ('Njur- och urinvägssjukdomar', 'domain.md:145'),
  ('Perioperativ vård, intensivvård och transplantation', 'domain.md:145'),
  ('Psykisk hälsa', 'domain.md:145'),
  ('Rehabilitering, habilitering och försäkringsmedicin', 'domain.md:146'),
  ('Reumatiska sjukdomar', 'domain.md:146'),
  ('Rörelseorganens sjukdomar', 'domain.md:147'),
  ('Sällsynta sjukdomar', 'domain.md:147'),
  ('Tandvård', 'domain.md:147'),
  ('Äldres hälsa', 'domain.md:147'),
  ('Ögonsjukdomar', 'domain.md:147'),
  ('Öron-, näs- och halssjukdomar', 'domain.md:148'),
  ('Primärvård', 'domain.md:148'))
INSERT INTO body (kind, name, short_name, counterpart_id, note, source)
SELECT 'rpo', 'Regionalt programområde ' || v.area, 'RPO ' || v.area,
       (SELECT n.id FROM body n WHERE n.short_name = 'NPO ' || v.area),
       CASE WHEN v.area = 'Primärvård' THEN 'unverified: sources disagree (mirrors the unverified 26th NPO)'
            ELSE 'RPO mirror the 26 NPO (domain.md:19; 000_1b6127ee32d5d371.txt:170); kunskapsråd not stated in the sources.' END,
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
