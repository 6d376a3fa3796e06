-- Seed 0050: indicators (mätetal) from Region Jönköpings län's budget 2026 for Nämnd för folkhälsa
-- och sjukvård (003_2ec2799c06c93718.txt lines 940–2666; tables Mätetal | Målvärde | Resultat 2023 |
-- Resultat 2024 | Periodicitet), with the results for 2023 and 2024 for region RJL. The tables give no
-- value for riket. Målvärde is the target for 2026 (the region-wide budget's copy of the tables heads
-- the column "Målvärde 2026", line 14023). One more indicator, staffing-agency cost, comes from the
-- region-wide part of the same packet (line 14174).
--
-- Mapping to the six patient promises of the SÖSR agreement (000 lines 64–80):
--   tillganglig  – waiting times, access, ambulance, follow-up visits, SVF lead time ("lätt tillgänglig
--                  för kontakt, bedömning och besök")
--   delaktighet  – patient satisfaction and public trust (patient-reported experience)
--   forebyggande – outreach oral-health assessments and caries-free 19-year-olds
--   jamlik       – Öppna jämförelser indicators and share of patients assessed within SVF
--   saker        – vårdprevention (falls, pressure ulcers, malnutrition, oral health; line 1688)
--   kostnadseffektiv – staffing-agency cost share
-- Left out: research measures (forskarutbildade, publikationer), Ekonomi i balans / Prognos (no
-- patient promise fits; the economy figures are the committee's, not the region's), and the other
-- staff and environment measures of the region-wide budget, among them 'Andel chefer med färre än
-- 35 medarbetare' whose results read 'Ny mätmetod' (line 14251). The only missing results among the
-- stored indicators are Vårdprevention's 'Resultat saknas' (line 2413).
-- Value kind: every stored indicator is a share, in per cent (value_kind 'share').
-- Direction: every health indicator has a minimum target (e.g. 90 %), so higher is better; the
-- staffing-agency cost is to be reduced (line 13713), so lower is better.
-- Where the region-wide budget's copy of a table (lines 16509–17148) differs, the committee budget's
-- figure is stored and the other is named in the value's note.

-- Indicators.
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'nojda_patienter',
       'Patienttillfredsställelse - andel nöjda patienter',
       'delaktighet',
       '%',
       'share',
       'hog',
       90,
       '90 %',
       'ar',
       'Perspektiv Medborgare och kund, framgångsfaktor Nöjda kunder och intressenter. Löfte: delaktighet (patientupplevd vård).',
       '003_2ec2799c06c93718.txt:1990'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'nojda_patienter');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'tillgang_vard_jag_behover',
       'Jag har tillgång till den hälso- och sjukvård jag behöver - Instämmer helt/delvis',
       'tillganglig',
       '%',
       'share',
       'hog',
       90,
       '90 %',
       'ar',
       'Framgångsfaktor Nöjda kunder och intressenter; mäter upplevd tillgång till vård. Löfte: tillganglig.',
       '003_2ec2799c06c93718.txt:1995'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'tillgang_vard_jag_behover');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'fortroende_halso_sjukvard',
       'Andel i befolkningen som har stort/mycket stort förtroende för hälso- och sjukvården i sin helhet i sin region',
       'delaktighet',
       '%',
       'share',
       'hog',
       75,
       '75 %',
       'ar',
       'Framgångsfaktor Nöjda kunder och intressenter. Löfte: delaktighet (befolkningens upplevelse av vården; inget löfte avser förtroende direkt).',
       '003_2ec2799c06c93718.txt:2001'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'fortroende_halso_sjukvard');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'med_bedomning_pv_3d',
       'Medicinsk bedömning i primärvården inom tre dagar',
       'tillganglig',
       '%',
       'share',
       'hog',
       90,
       '90 %',
       'manad',
       'Framgångsfaktor God tillgänglighet. Löfte: tillganglig.',
       '003_2ec2799c06c93718.txt:2114'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'med_bedomning_pv_3d');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'vantetid_forsta_besok_60d',
       'Faktisk väntetid till första besök inom 60 dagar i specialiserad vård nationell rapportering',
       'tillganglig',
       '%',
       'share',
       'hog',
       80,
       '80 %',
       'manad',
       'Framgångsfaktor God tillgänglighet. Löfte: tillganglig.',
       '003_2ec2799c06c93718.txt:2119'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'vantetid_forsta_besok_60d');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'vantetid_operation_60d',
       'Faktisk väntetid till operation/åtgärd inom 60 dagar i specialiserad vård nationell rapportering',
       'tillganglig',
       '%',
       'share',
       'hog',
       80,
       '80 %',
       'manad',
       'Framgångsfaktor God tillgänglighet. Löfte: tillganglig.',
       '003_2ec2799c06c93718.txt:2125'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'vantetid_operation_60d');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'aterbesok_medicinskt_maldatum',
       'Genomförda återbesök inom medicinskt måldatum',
       'tillganglig',
       '%',
       'share',
       'hog',
       90,
       '90 %',
       'manad',
       'Framgångsfaktor God tillgänglighet. Löfte: tillganglig (besök i tid; kunde också räknas som säker vård).',
       '003_2ec2799c06c93718.txt:2132'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'aterbesok_medicinskt_maldatum');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'ambulans_prio1_20min',
       'Tid till ambulans - andel prio 1 larm inom 20 minuter',
       'tillganglig',
       '%',
       'share',
       'hog',
       80,
       '80 %',
       'manad',
       'Framgångsfaktor God tillgänglighet. Löfte: tillganglig.',
       '003_2ec2799c06c93718.txt:2137'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'ambulans_prio1_20min');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'munhalsobedomning_tackning',
       'Täckningsgrad för den uppsökande verksamheten (munhälsobedömningar)',
       'forebyggande',
       '%',
       'share',
       'hog',
       90,
       '90 %',
       'tertial',
       'Framgångsfaktor God tillgänglighet; uppsökande munhälsobedömningar är förebyggande. Löfte: forebyggande.',
       '003_2ec2799c06c93718.txt:2142'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'munhalsobedomning_tackning');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'specialisttandvard_60d',
       'Tillgänglighet specialisttandvård inom 60 dagar efter remiss',
       'tillganglig',
       '%',
       'share',
       'hog',
       80,
       '80 %',
       'manad',
       'Framgångsfaktor God tillgänglighet. Löfte: tillganglig.',
       '003_2ec2799c06c93718.txt:2147'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'specialisttandvard_60d');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'kariesfria_19ar',
       'Andel approximalt kariesfria 19-åringar',
       'forebyggande',
       '%',
       'share',
       'hog',
       70,
       '70 %',
       'ar',
       'Framgångsfaktor God och jämlik hälsa; resultat av förebyggande tandvård. Löfte: forebyggande.',
       '003_2ec2799c06c93718.txt:2242'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'kariesfria_19ar');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'vardprevention',
       'Vårdprevention',
       'saker',
       '%',
       'share',
       'hog',
       90,
       '90 %',
       'tertial',
       'Framgångsfaktor Säker verksamhet; vårdprevention minskar risk för fallskada, trycksår, undernäring och ohälsa i munnen (rad 1688). Löfte: saker.',
       '003_2ec2799c06c93718.txt:2413'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'vardprevention');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'oppna_jamforelser',
       'Indikatorer i öppna jämförelser',
       'jamlik',
       '%',
       'share',
       'hog',
       60,
       '60 %',
       'ar',
       'Framgångsfaktor Ändamålsenliga, resurseffektiva och hållbara processer; uppdraget gäller nationella kunskapsstöd för god och jämlik vård (rad 2419). Löfte: jamlik.',
       '003_2ec2799c06c93718.txt:2552'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'oppna_jamforelser');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'svf_max_ledtid',
       'Standardiserade vårdförlopp - andel inom max ledtid',
       'tillganglig',
       '%',
       'share',
       'hog',
       80,
       '80 %',
       'manad',
       'Framgångsfaktor Ändamålsenliga, resurseffektiva och hållbara processer. Löfte: tillganglig (ledtid).',
       '003_2ec2799c06c93718.txt:2554'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'svf_max_ledtid');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'svf_andel_utredda',
       'Standardiserade vårdförlopp - andel utredda patienter i SVF',
       'jamlik',
       '%',
       'share',
       'hog',
       70,
       '70 %',
       'manad',
       'Framgångsfaktor Ändamålsenliga, resurseffektiva och hållbara processer; alla med misstänkt cancer ska utredas i samma standardiserade förlopp. Löfte: jamlik.',
       '003_2ec2799c06c93718.txt:2559'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'svf_andel_utredda');
INSERT INTO indicator (code, name, promise, unit, value_kind, direction, target, target_text, periodicity, note, source)
SELECT 'hyrkostnad_andel',
       'Kostnad för bemanningsföretag (hyrkostnad som andel av egna personalkostnader)',
       'kostnadseffektiv',
       '%',
       'share',
       'lag',
       2,
       '2 %',
       'manad',
       'Regionövergripande (Medarbetare, framgångsfaktor Rätt kompetens och bemanning). Lägre är bättre: kostnaderna för hyrbemanning ska minska (rad 13713). Löfte: kostnadseffektiv.',
       '003_2ec2799c06c93718.txt:14174'
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'hyrkostnad_andel');

-- Results per year for Region Jönköpings län (value, or the table's text when the result is missing).
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'nojda_patienter'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       88,
       NULL,
       'Regionbudgetens kopia av tabellen anger 88 utan procenttecken (rad 16514).',
       '003_2ec2799c06c93718.txt:1993'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'nojda_patienter') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'nojda_patienter'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       81,
       NULL,
       'Regionbudgetens kopia av tabellen anger 81,2 (rad 16514).',
       '003_2ec2799c06c93718.txt:1993'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'nojda_patienter') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'tillgang_vard_jag_behover'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       92,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:1999'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'tillgang_vard_jag_behover') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'tillgang_vard_jag_behover'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       91,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:1999'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'tillgang_vard_jag_behover') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'fortroende_halso_sjukvard'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       79,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2005'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'fortroende_halso_sjukvard') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'fortroende_halso_sjukvard'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       82,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2005'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'fortroende_halso_sjukvard') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'med_bedomning_pv_3d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       85,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2117'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'med_bedomning_pv_3d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'med_bedomning_pv_3d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       89,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2117'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'med_bedomning_pv_3d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'vantetid_forsta_besok_60d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       69,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2123'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'vantetid_forsta_besok_60d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'vantetid_forsta_besok_60d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       72,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2123'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'vantetid_forsta_besok_60d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'vantetid_operation_60d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       73,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2130'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'vantetid_operation_60d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'vantetid_operation_60d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       75,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2130'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'vantetid_operation_60d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'aterbesok_medicinskt_maldatum'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       78,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2135'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'aterbesok_medicinskt_maldatum') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'aterbesok_medicinskt_maldatum'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       79,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2135'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'aterbesok_medicinskt_maldatum') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'ambulans_prio1_20min'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       71,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2140'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'ambulans_prio1_20min') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'ambulans_prio1_20min'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       72,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2140'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'ambulans_prio1_20min') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'munhalsobedomning_tackning'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       91,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2145'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'munhalsobedomning_tackning') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'munhalsobedomning_tackning'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       89,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2145'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'munhalsobedomning_tackning') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'specialisttandvard_60d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       59,
       NULL,
       'Regionbudgetens kopia av tabellen anger 85 % (rad 16631).',
       '003_2ec2799c06c93718.txt:2150'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'specialisttandvard_60d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'specialisttandvard_60d'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       64,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2150'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'specialisttandvard_60d') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'kariesfria_19ar'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       75,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2245'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'kariesfria_19ar') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'kariesfria_19ar'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       72,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2245'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'kariesfria_19ar') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'vardprevention'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       NULL,
       'Resultat saknas',
       NULL,
       '003_2ec2799c06c93718.txt:2413'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'vardprevention') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'vardprevention'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       NULL,
       'Resultat saknas',
       NULL,
       '003_2ec2799c06c93718.txt:2413'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'vardprevention') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'oppna_jamforelser'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       48,
       NULL,
       'Regionbudgetens kopia av tabellen anger 48,4 % (rad 17032).',
       '003_2ec2799c06c93718.txt:2552'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'oppna_jamforelser') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'oppna_jamforelser'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       71,
       NULL,
       'Regionbudgetens kopia av tabellen anger 70,5 % (rad 17032).',
       '003_2ec2799c06c93718.txt:2552'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'oppna_jamforelser') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'svf_max_ledtid'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       33,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2557'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'svf_max_ledtid') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'svf_max_ledtid'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       43,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2557'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'svf_max_ledtid') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'svf_andel_utredda'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       97,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2562'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'svf_andel_utredda') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'svf_andel_utredda'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       91,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:2562'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'svf_andel_utredda') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'hyrkostnad_andel'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2023',
       5,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:14178'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'hyrkostnad_andel') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2023');
INSERT INTO indicator_value (indicator_id, region_id, period, value, missing, note, source)
SELECT (SELECT id FROM indicator WHERE code = 'hyrkostnad_andel'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       '2024',
       3.4,
       NULL,
       NULL,
       '003_2ec2799c06c93718.txt:14178'
WHERE NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'hyrkostnad_andel') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL') AND period = '2024');
