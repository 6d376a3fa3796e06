-- Seed: workload division (arbetsfördelning) by specialty as of the 2024 agreement, and the
-- 2024 contract model: the fixed parts per payer × receiver (tkr) and the DRG price.
-- Only facts from the agreement (000); nothing is derived or guessed.
-- Idempotent: workload rows by specialty, contract rows by (year, payer, receiver, part),
-- price by year.

-- ---------------------------------------------------------------------------------------
-- Workload division by specialty (000 lines 429–437). "Hittills har sjukvårdsregionen
-- infört viss arbetsfördelning inom gynekologi, ögonsjukvård, allmänkirurgi och urologi"
-- → introduced; "Under 2024 utreder vi ... ortopedi, öron-, näs- och halssjukvård samt
-- kärl- och plastikkirurgi" → under investigation. The agreement names no patient groups,
-- units, deciding body or dates, so those stay empty.
WITH v(specialty, status, note, source) AS (VALUES
  ('gynekologi',     'inford',
   'Some workload division introduced before 2024; patient groups, units and decisions not stated in the agreement.',
   '000_1b6127ee32d5d371.txt:431'),
  ('ögonsjukvård',   'inford',
   'Some workload division introduced before 2024; patient groups, units and decisions not stated in the agreement.',
   '000_1b6127ee32d5d371.txt:431'),
  ('allmänkirurgi',  'inford',
   'Some workload division introduced before 2024; patient groups, units and decisions not stated in the agreement.',
   '000_1b6127ee32d5d371.txt:431'),
  ('urologi',        'inford',
   'Some workload division introduced before 2024; patient groups, units and decisions not stated in the agreement.',
   '000_1b6127ee32d5d371.txt:433'),
  ('ortopedi',       'utredning',
   'Joint planning and workload division under investigation during 2024.',
   '000_1b6127ee32d5d371.txt:435'),
  ('öron-, näs- och halssjukvård', 'utredning',
   'Joint planning and workload division under investigation during 2024.',
   '000_1b6127ee32d5d371.txt:435'),
  ('kärl- och plastikkirurgi', 'utredning',
   'Joint planning and workload division under investigation during 2024; the agreement names kärl- och plastikkirurgi together, kept as one row.',
   '000_1b6127ee32d5d371.txt:435'))
INSERT INTO workload (specialty, status, note, source)
SELECT v.specialty, v.status, v.note, v.source
FROM v
WHERE NOT EXISTS (SELECT 1 FROM workload w WHERE w.specialty = v.specialty);

-- ---------------------------------------------------------------------------------------
-- 2024 fixed part for care (D7.3, 000 lines 1211–1222), part 'vard'. Rows are payers,
-- columns receivers RÖ, RJL, RKL; the diagonal is empty, and the extract drops the empty
-- cell: the RÖ row's two figures are RJL and RKL, the RJL row's are RÖ and RKL (double
-- space where the RJL cell was), the RKL row's are RÖ and RJL.
WITH v(payer, receiver, tkr, source) AS (VALUES
  ('RÖ',  'RJL',  36044, '000_1b6127ee32d5d371.txt:1218'),
  ('RÖ',  'RKL',  13405, '000_1b6127ee32d5d371.txt:1218'),
  ('RJL', 'RÖ',  378026, '000_1b6127ee32d5d371.txt:1220'),
  ('RJL', 'RKL',   7872, '000_1b6127ee32d5d371.txt:1220'),
  ('RKL', 'RÖ',  311279, '000_1b6127ee32d5d371.txt:1222'),
  ('RKL', 'RJL',   7482, '000_1b6127ee32d5d371.txt:1222'))
INSERT INTO contract (year, payer_id, receiver_id, part, fixed_tkr, note, source)
SELECT 2024, p.id, r.id, 'vard', v.tkr,
       'Fixed part for care 2024 (D7.3), paid regardless of use; the extract loses the empty diagonal cell, receiver read from the column order RÖ, RJL, RKL.',
       v.source
FROM v
JOIN organisation p ON p.code = v.payer
JOIN organisation r ON r.code = v.receiver
WHERE NOT EXISTS (SELECT 1 FROM contract c
                  WHERE c.year = 2024 AND c.payer_id = p.id AND c.receiver_id = r.id AND c.part = 'vard');

-- ---------------------------------------------------------------------------------------
-- 2024 fixed part for cooperation (the wholly fixed activities of D3.2, 000 lines
-- 1226–1242), part 'samverkan'. Each payer row has two figures and the extract does not
-- show which columns they stood in. Reading: the first figure is receiver RÖ (no empty-cell
-- break before it, unlike the RÖ row of D7.3); the second is receiver RJL (single space
-- after the first figure, i.e. the adjacent cell, and two trailing spaces on the RKL row as
-- for the empty RKL cell in D7.3). The second figures split 43/34/23 %, the population
-- shares by which joint activities are financed (000 line 911). The second column could
-- also be RKL: the rows read as receiver RJL say so in their note.
WITH v(payer, receiver, tkr, note, source) AS (VALUES
  ('RÖ',  'RÖ',  33484, 'Fixed part for cooperation 2024 (D3.2); first figure of the row, read as receiver RÖ.', '000_1b6127ee32d5d371.txt:1236'),
  ('RÖ',  'RJL',  2662, 'Fixed part for cooperation 2024 (D3.2); ambiguous in the extract: second figure of the row, read as receiver RJL (could be RKL).', '000_1b6127ee32d5d371.txt:1236'),
  ('RJL', 'RÖ',  19722, 'Fixed part for cooperation 2024 (D3.2); first figure of the row, read as receiver RÖ.', '000_1b6127ee32d5d371.txt:1239'),
  ('RJL', 'RJL',  2082, 'Fixed part for cooperation 2024 (D3.2); ambiguous in the extract: second figure of the row, read as receiver RJL (could be RKL).', '000_1b6127ee32d5d371.txt:1239'),
  ('RKL', 'RÖ',  15245, 'Fixed part for cooperation 2024 (D3.2); first figure of the row, read as receiver RÖ.', '000_1b6127ee32d5d371.txt:1242'),
  ('RKL', 'RJL',  1397, 'Fixed part for cooperation 2024 (D3.2); ambiguous in the extract: second figure of the row, read as receiver RJL (could be RKL).', '000_1b6127ee32d5d371.txt:1242'))
INSERT INTO contract (year, payer_id, receiver_id, part, fixed_tkr, note, source)
SELECT 2024, p.id, r.id, 'samverkan', v.tkr, v.note, v.source
FROM v
JOIN organisation p ON p.code = v.payer
JOIN organisation r ON r.code = v.receiver
WHERE NOT EXISTS (SELECT 1 FROM contract c
                  WHERE c.year = 2024 AND c.payer_id = p.id AND c.receiver_id = r.id AND c.part = 'samverkan');

-- ---------------------------------------------------------------------------------------
-- 2024 price: DRG 1,0-pris 86 656 kr, invoiced 30 330 kr (35 %) (000 lines 1250–1252);
-- fixed share 65 % (000 lines 817–819), variable 35 % (000 lines 838–840); the contract
-- frames were raised by 4,1 % for 2024 (000 line 1191).
INSERT INTO price (year, drg_price_kr, invoiced_kr, fixed_share_pct, variable_share_pct, index_pct, note, source)
SELECT 2024, 86656, 30330, 65, 35, 4.1,
       'Fixed share 65 % (000_1b6127ee32d5d371.txt:817-819), variable 35 % (000_1b6127ee32d5d371.txt:838-840); index 4,1 %: the uprating of the contract frames for 2024, LPIK May forecast excluding drugs (000_1b6127ee32d5d371.txt:1191-1195).',
       '000_1b6127ee32d5d371.txt:1250'
WHERE NOT EXISTS (SELECT 1 FROM price WHERE year = 2024);
