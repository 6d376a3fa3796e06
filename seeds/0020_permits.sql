-- Seed: Region Östergötland's permits for nationell högspecialiserad vård (NHV), its refused
-- applications, and the region's goal of 10–12 permits.
-- The permits and start dates are those of the 2024 agreement (000 lines 721–737), held by
-- RÖ through Universitetssjukhuset i Linköping. Socialstyrelsen's decision dates are not in
-- the documents: the few known from public sources are listed in domain.md (lines 158–160)
-- and cited as 'domain.md: public sources'. No date is guessed: unknown dates stay NULL.
-- Status is as of the agreement's start, 2024-01-01 (000 line 1314).
-- Idempotent: a permit is inserted only if none with the same care area and holder exists.

-- ---------------------------------------------------------------------------------------
-- Permits in operation or granted, as listed in the 2024 agreement.
WITH v(care_area, status, decided_on, start_on, scope, note, source) AS (VALUES
  ('behandling av svåra brännskador', 'i_drift', NULL, NULL, NULL,
   'Decision date not in the sources.',
   '000_1b6127ee32d5d371.txt:725'),
  ('inkontinens och fistlar efter förlossning', 'i_drift', '2021-10-14', NULL, NULL,
   'Decision date from public sources (domain.md:159, there written ''anal inkontinens/fistlar efter förlossning'').',
   '000_1b6127ee32d5d371.txt:727; decided_on: domain.md: public sources'),
  ('neuromuskulära sjukdomar', 'i_drift', '2022-03-09', NULL, NULL,
   'Decision date from public sources (domain.md:159-160).',
   '000_1b6127ee32d5d371.txt:729; decided_on: domain.md: public sources'),
  ('osteogenesis imperfecta', 'i_drift', '2022-05-18', NULL, 'vuxna',
   'Adult care only; decision date and scope from public sources (domain.md:160).',
   '000_1b6127ee32d5d371.txt:731; decided_on, scope: domain.md: public sources'),
  ('vulvacancer', 'i_drift', NULL, NULL, NULL,
   'Decision date not in the sources.',
   '000_1b6127ee32d5d371.txt:733'),
  ('könsdysfori', 'i_drift', NULL, '2024-01-01', NULL,
   'Care starts 2024-01-01, the first day of the agreement; decision date not in the sources.',
   '000_1b6127ee32d5d371.txt:735'),
  ('svåra hudsymtom', 'beviljat', NULL, '2024-07-01', NULL,
   'Granted; care starts 2024-07-01 (after the agreement''s start), so not yet in operation on 2024-01-01. Decision date not in the sources.',
   '000_1b6127ee32d5d371.txt:737'))
INSERT INTO permit (care_area, holder_id, unit, status, decided_on, start_on, scope, note, source)
SELECT v.care_area, (SELECT id FROM organisation WHERE code = 'RÖ'), 'Universitetssjukhuset i Linköping',
       v.status, v.decided_on, v.start_on, v.scope, v.note, v.source
FROM v
WHERE NOT EXISTS (SELECT 1 FROM permit p
                  WHERE p.care_area = v.care_area
                    AND p.holder_id = (SELECT id FROM organisation WHERE code = 'RÖ'));

-- ---------------------------------------------------------------------------------------
-- A permit known only from public sources: högisoleringsvård, granted with sub-permits.
-- It is not in the agreement's list; the sub-permits, unit and start date are not known
-- here, so they are not recorded.
INSERT INTO permit (care_area, holder_id, status, decided_on, note, source)
SELECT 'högisoleringsvård', (SELECT id FROM organisation WHERE code = 'RÖ'), 'beviljat', '2023-12-13',
       'Granted with sub-permits (not itemised in the sources); not in the 2024 agreement''s list (000_1b6127ee32d5d371.txt:721-737); unit and start date not stated (domain.md:160).',
       'domain.md: public sources'
WHERE NOT EXISTS (SELECT 1 FROM permit p
                  WHERE p.care_area = 'högisoleringsvård'
                    AND p.holder_id = (SELECT id FROM organisation WHERE code = 'RÖ'));

-- ---------------------------------------------------------------------------------------
-- Refused applications (domain.md line 158). Only the year is known, so decided_on is NULL.
WITH v(care_area, note) AS (VALUES
  ('ryggmärgsskador', 'Application refused in 2021; exact decision date not known (domain.md:158).'),
  ('NET i buken',     'Application refused in 2022; exact decision date not known (domain.md:158).'))
INSERT INTO permit (care_area, holder_id, status, note, source)
SELECT v.care_area, (SELECT id FROM organisation WHERE code = 'RÖ'), 'avslaget', v.note, 'domain.md: public sources'
FROM v
WHERE NOT EXISTS (SELECT 1 FROM permit p
                  WHERE p.care_area = v.care_area
                    AND p.holder_id = (SELECT id FROM organisation WHERE code = 'RÖ'));

-- ---------------------------------------------------------------------------------------
-- The goal: "Vårt gemensamma mål är att få 10–12 tillstånd för nationellt vårdåtagande".
INSERT INTO goal (subject, holder_id, min_count, max_count, source)
SELECT 'nhv_permits', (SELECT id FROM organisation WHERE code = 'RÖ'), 10, 12, '000_1b6127ee32d5d371.txt:745'
WHERE NOT EXISTS (SELECT 1 FROM goal g
                  WHERE g.subject = 'nhv_permits'
                    AND g.holder_id = (SELECT id FROM organisation WHERE code = 'RÖ'));
