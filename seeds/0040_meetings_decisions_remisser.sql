-- Seed 0040: meetings, decisions and remisser from the Region Jönköpings län committee packet
-- of 2025-06-17 (003_2ec2799c06c93718.txt): the full life of the riksavtal remiss
-- (SKR2024/01345 → joint SÖSR yttrande RÖ 2024-6246 → SVN § 51-2024 → RJL 2024/2313 →
-- SKR2025/00294), the incoming May-2025 remisser of RJL's remiss register, the committee's meeting of
-- 2025-06-17 with its presidium's proposals, delegation decisions and anmälningsärenden, and
-- RSL's recommendation on free HPV vaccination up to 26 years.
--
-- Runs after 0010–0030, which create SVN, RSL and the other SÖSR bodies (looked up here by
-- short_name). Idempotent: every INSERT adds a row only when its natural key is missing.
-- Ids are never hard-coded. Personal names of officials are left out (public exports).
--
-- Dates the documents do not state are not guessed: where a NOT NULL column needs a date that
-- the documents give only as a bound, the row uses the earliest dated document that attests the
-- fact and says so in `note` (the riksavtal remiss's received_on, RSL's HPV recommendation).

-- Organisations: the one sender in RJL's May-2025 remiss register that migration 0001 lacks
-- (Jönköpings kommun, via its Stadsbyggnadskontoret).
INSERT INTO organisation (code, name, kind, sosr_party, note, source)
SELECT 'JkpgK',
       'Jönköpings kommun',
       'annan',
       0,
       'Kommun; avsändare av remissen Trafikstrategi för Jönköpings kommun (Stadsbyggnadskontoret Jönköpings kommun).',
       '003_2ec2799c06c93718.txt:624'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'JkpgK');

-- Bodies outside SÖSR's own structure that these decisions need: RJL's Nämnd för folkhälsa och
-- sjukvård and its presidium, and SKR's styrelse.
INSERT INTO body (kind, name, short_name, host_region_id, hosted_by_sosr, note, source)
SELECT 'namnd',
       'Nämnd för folkhälsa och sjukvård',
       'RJL FS-nämnd',
       (SELECT id FROM organisation WHERE code = 'RJL'),
       0,
       'Nämnd i Region Jönköpings län; förkortas NFS i beslutsunderlag (rad 25830).',
       '003_2ec2799c06c93718.txt:10'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RJL FS-nämnd');
INSERT INTO body (kind, name, short_name, parent_id, host_region_id, hosted_by_sosr, note, source)
SELECT 'presidium',
       'Nämnd för folkhälsa och sjukvård – presidium',
       'RJL FS presidium',
       (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       0,
       'Bereder nämndens ärenden och lämnar förslag till beslut (protokollsutdrag 2025-06-04).',
       '003_2ec2799c06c93718.txt:20579'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'RJL FS presidium');
INSERT INTO body (kind, name, short_name, host_region_id, hosted_by_sosr, note, source)
SELECT 'annan',
       'Styrelsen för Sveriges Kommuner och Regioner',
       'SKR styrelse',
       (SELECT id FROM organisation WHERE code = 'SKR'),
       0,
       'SKR:s förbundsstyrelse; host_region_id pekar på organisationen SKR.',
       '003_2ec2799c06c93718.txt:20713'
WHERE NOT EXISTS (SELECT 1 FROM body WHERE short_name = 'SKR styrelse');

-- Other names of these bodies as the packet writes them.
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       'Nämnden för folkhälsa och sjukvård',
       'alias',
       '003_2ec2799c06c93718.txt:26024'
WHERE NOT EXISTS (SELECT 1 FROM body_alias WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND alias = 'Nämnden för folkhälsa och sjukvård');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       'NFS',
       'alias',
       '003_2ec2799c06c93718.txt:25830'
WHERE NOT EXISTS (SELECT 1 FROM body_alias WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND alias = 'NFS');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT (SELECT id FROM body WHERE short_name = 'SKR styrelse'),
       'SKR:s styrelse',
       'alias',
       '003_2ec2799c06c93718.txt:20830'
WHERE NOT EXISTS (SELECT 1 FROM body_alias WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND alias = 'SKR:s styrelse');
INSERT INTO body_alias (body_id, alias, kind, source)
SELECT (SELECT id FROM body WHERE short_name = 'SKR styrelse'),
       'Förbundsstyrelsen',
       'alias',
       '003_2ec2799c06c93718.txt:20712'
WHERE NOT EXISTS (SELECT 1 FROM body_alias WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND alias = 'Förbundsstyrelsen');

-- Meetings. protocol_approved_on stays NULL where the documents give no date of approval
-- (SVN's extract says 'Justerat' without a date; the committee's 2025-06-17 packet is the
-- kallelse, its protocol is not included).
INSERT INTO meeting (body_id, held_on, place, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'SVN'),
       '2024-09-27',
       NULL,
       'Klockan 10.00-15.00. Protokollet är justerat (rad 24073) men justeringsdatum anges inte.',
       '003_2ec2799c06c93718.txt:23956'
WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND held_on = '2024-09-27');
INSERT INTO meeting (body_id, held_on, place, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'SKR styrelse'),
       '2025-04-11',
       NULL,
       'Sammanträde där SKR:s styrelse godkände det nya riksavtalet för utomlänsvård.',
       '003_2ec2799c06c93718.txt:20714'
WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND held_on = '2025-04-11');
INSERT INTO meeting (body_id, held_on, place, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       '2025-04-01',
       NULL,
       'Datum ur beslutsunderlaget "Beslut NFS 2025-04-01" (§ 51, initiativärende om HPV-vaccination).',
       '003_2ec2799c06c93718.txt:25830'
WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-04-01');
INSERT INTO meeting (body_id, held_on, place, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       '2025-05-27',
       NULL,
       'Protokollet anmäls till nämnden 2025-06-17 (övriga anmälningsärenden).',
       '003_2ec2799c06c93718.txt:786'
WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-05-27');
INSERT INTO meeting (body_id, held_on, place, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS presidium'),
       '2025-06-04',
       NULL,
       'Protokollsutdrag, bestyrkande (§§ 82–84): förslag till nämndens sammanträde 2025-06-17.',
       '003_2ec2799c06c93718.txt:20587'
WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND held_on = '2025-06-04');
INSERT INTO meeting (body_id, held_on, place, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       '2025-06-17',
       'Spira, Insikten',
       'Kallelse, tid 13.00 (rad 12). Handlingarna är kallelsen med bilagor; protokollet ingår inte, så nämndens egna beslut och paragrafnummer för dagen framgår inte.',
       '003_2ec2799c06c93718.txt:14'
WHERE NOT EXISTS (SELECT 1 FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17');

-- The riksavtal remiss: SKR's 'Förslag på reviderat Riksavtal för utomlänsvård, för yttrande'
-- (25581), sender ref SKR2024/01345 (24102), answer wanted by 1 november 2024 (25659). SÖSR answered
-- jointly; SVN's case is registered in Region Östergötland (RÖ 2024-6246), RJL's in RJL 2024/2313.
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, closed_on, note, source)
SELECT 'Reviderat riksavtal för utomlänsvård',
       (SELECT id FROM organisation WHERE code = 'SKR'),
       'SKR2024/01345',
       'myndighet',
       '2024-09-06',
       '2024-11-01',
       'RÖ 2024-6246',
       'RÖ',
       2024,
       '6246',
       NULL,
       1,
       '2025-04-11',
       'Mottagningsdatum framgår inte av handlingarna: remissversionen är daterad "Maj 2024" (rad 24820) och SÖSR:s yttrande är daterat 2024-09-06 (rad 24094); received_on är detta senaste belagda datum, inte det faktiska. Svar senast 1 november 2024 (rad 25659). Remissen skickades till regionernas kanslier och samverkansnämnderna; beslut om remiss togs av SKR:s sjukvårdsdelegation (rad 25586). closed_on = 2025-04-11 då SKR:s styrelse beslutade om det nya riksavtalet (SKR2025/00294, rad 20714); SKR:s remissammanställning anger att tre regioner svarade gemensamt via sin samverkansnämnd (rad 21903). Avsändningsdatum för SÖSR:s yttrande anges inte.',
       '003_2ec2799c06c93718.txt:25581'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345');

-- Decisions on the riksavtal: SVN § 51-2024 (approves the joint answer and recommends each region
-- to adopt it), SKR's styrelse 2025-04-11 (SKR2025/00294), RJL's committee presidium § 83.
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'SVN'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND held_on = '2024-09-27'),
       '2024-09-27',
       '§ 51',
       51,
       'RÖ 2024–6246',
       'RÖ',
       2024,
       '6246',
       'rekommendation',
       'Yttrande över remiss Reviderat riksavtal för utomlänsvård',
       'Samverkansnämnden för Sydöstra sjukvårdsregionen godkänner redovisat yttrande över remissen Reviderat riksavtal för utomlänsvård samt rekommenderar respektive region att anta detsamma.',
       '1. Tjänsteskrivelse daterad 2024-09-20. 2. Yttrande över förslag på reviderat riksavtal för utomlänsvård. 3. Remissversion av Riksavtal för utomlänsvård (Sveriges kommuner och regioner.',
       'Region Östergötland; Region Jönköpings län; Region Kalmar län',
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'Citeras SVN § 51-2024 (rad 20625). Beslutet både godkänner SÖSR:s gemensamma yttrande (se remiss_response) och rekommenderar regionerna att anta det; registrerat som kind rekommendation så att regionernas beslut kan följas i adoption. Diarienumret skrivs här med tankstreck som i protokollet (rad 23984).',
       '003_2ec2799c06c93718.txt:24016'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'SKR styrelse'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND held_on = '2025-04-11'),
       '2025-04-11',
       NULL,
       NULL,
       'SKR2025/00294',
       'SKR',
       2025,
       '00294',
       'beslut',
       'Riksavtalet för utomlänsvård',
       'Styrelsen för Sveriges Kommuner och Regioner (SKR) har vid sammanträde den 11 april 2025 beslutat att godkänna ett nytt riksavtal för utomlänsvård, med giltighetstid fr.om 1 september 2025; att i skrivelse till regionerna rekommendera dem att godkänna och tillämpa riksavtalet för utomlänsvård (rekommendationen); att regionerna ombeds behandla rekommendationen och inkomma med beslut om rekommendationen senast den 15 augusti.',
       NULL,
       NULL,
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'Förbundsstyrelsens beslut efter remissen SKR2024/01345. Regionernas beslut skickas till SKR med hänvisning till SKR2025/00294 (rad 20755–20756). Rekommendationen till regionerna registreras inte som kind rekommendation: adoption följer SVN:s och RSL:s rekommendationer. Paragrafnummer anges inte.',
       '003_2ec2799c06c93718.txt:20714'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND decided_on = '2025-04-11' AND kind = 'beslut' AND title = 'Riksavtalet för utomlänsvård' AND case_number IS 'SKR2025/00294');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS presidium'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND held_on = '2025-06-04'),
       '2025-06-04',
       '§ 83',
       83,
       'RJL 2024/2313',
       'RJL',
       2024,
       '2313',
       'beslut',
       'Remiss: Reviderat riksavtal för utomlänsvård',
       'Presidiet föreslår Nämnd för folkhälsa och sjukvård att godkänna det nya riksavtalet för utomlänsvård.',
       'Tjänsteskrivelse: Reviderat riksavtal för utomlänsvård; Meddelande: Riksavtal för utomlänsvård; Protokollsutdrag SVN § 51-2024; Yttrande: 06. RÖ 2024-6246 Yttrande över förslag om revidering av riksavtalet för utomlänsvård; 06. RÖ 2024-6246 Beslutsunderlag SÖSR Riksavtal för utomlänsvård; Missiv: Förslag på reviderat Riksavtal för utomlänsvård; Remiss: Förslag på reviderat Riksavtal för utomlänsvård',
       'Nämnd för folkhälsa och sjukvård',
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'Presidiets förslag; nämnden behandlar ärendet 2025-06-17 (ärende 12 i kallelsen) och dess beslut ingår inte i handlingarna. Förvaltningens tjänsteskrivelse 2025-05-16 föreslår att beslutet skickas till Sveriges kommuner och regioner (SKR) och Regionledningskontoret – Folkhälsa och sjukvård (rad 20701–20703).',
       '003_2ec2799c06c93718.txt:20598'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut');

-- Answers to the riksavtal remiss: the joint SÖSR yttrande approved by SVN § 51-2024, and RJL's own
-- decision on the outcome (the committee decides 2025-06-17; not yet in the documents).
INSERT INTO remiss_response (remiss_id, scope, region_id, kind, approved_by_id, decision_id, approved_on, sent_on, case_number, case_issuer, case_year, case_serial, position, note, source)
SELECT (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'sosr',
       NULL,
       'yttrande',
       (SELECT id FROM body WHERE short_name = 'SVN'),
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut'),
       '2024-09-27',
       NULL,
       'RÖ 2024–6246',
       'RÖ',
       2024,
       '6246',
       'Region Jönköpings län, Region Kalmar län och Region Östergötland har valt att yttra sig gemensamt inom ramen för samverkan inom den Sydöstra sjukvårdsregionen. Sydöstra sjukvårdsregionen har tagit del av förslaget och finner att det gjorts välkomna förtydliganden men också att förslaget innehåller delar som blivit otydligare. [...] Sydöstra sjukvårdsregionen anser vidare att processen för framtagande av förslaget varit bristande då endast kapitel 8 beretts i ett nationellt nätverk innan förslaget kom ut.',
       'Yttrandet är daterat 2024-09-06 (rad 24094), ställt till SKR med deras dnr SKR2024/01345 och undertecknat "För regionerna i Sydöstra sjukvårdsregionen". Godkänt av SVN 2024-09-27. Datum då det skickades anges inte.',
       '003_2ec2799c06c93718.txt:24094'
WHERE NOT EXISTS (SELECT 1 FROM remiss_response WHERE remiss_id = (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345') AND scope = 'sosr' AND region_id IS NULL);
INSERT INTO remiss_response (remiss_id, scope, region_id, kind, approved_by_id, decision_id, approved_on, sent_on, case_number, case_issuer, case_year, case_serial, position, note, source)
SELECT (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'region',
       (SELECT id FROM organisation WHERE code = 'RJL'),
       'yttrande',
       (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       NULL,
       NULL,
       'RJL 2024/2313',
       'RJL',
       2024,
       '2313',
       'Presidiet föreslår nämnden att godkänna det nya riksavtalet för utomlänsvård (§ 83, 2025-06-04).',
       'RJL svarade på remissen genom SÖSR:s gemensamma yttrande; detta är regionens beslut på SKR:s rekommendation SKR2025/00294 (svar senast 15 augusti) och SVN:s rekommendation, i samma ärende RJL 2024/2313. Nämnden behandlar det 2025-06-17; beslutet och dess datum ingår inte i handlingarna, därför saknas approved_on, decision_id och sent_on.',
       '003_2ec2799c06c93718.txt:20606'
WHERE NOT EXISTS (SELECT 1 FROM remiss_response WHERE remiss_id = (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345') AND scope = 'region' AND region_id = (SELECT id FROM organisation WHERE code = 'RJL'));

-- Every case number the riksavtal records carry (one per organisation the matter passed).
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'SKR2024/01345',
       'SKR',
       2024,
       '01345',
       'SKR:s diarienummer för remissen',
       '003_2ec2799c06c93718.txt:24102'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345') AND issuer = 'SKR' AND year = 2024 AND serial = '01345');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'RÖ 2024-6246',
       'RÖ',
       2024,
       '6246',
       'SÖSR:s gemensamma ärende, registrerat i Region Östergötland',
       '003_2ec2799c06c93718.txt:20629'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345') AND issuer = 'RÖ' AND year = 2024 AND serial = '6246');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'RJL 2024/2313',
       'RJL',
       2024,
       '2313',
       'Region Jönköpings läns ärende',
       '003_2ec2799c06c93718.txt:20601'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345') AND issuer = 'RJL' AND year = 2024 AND serial = '2313');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345'),
       'SKR2025/00294',
       'SKR',
       2025,
       '00294',
       'SKR:s ärende för det beslutade riksavtalet och rekommendationen',
       '003_2ec2799c06c93718.txt:20710'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE sender_id = (SELECT id FROM organisation WHERE code = 'SKR') AND sender_ref = 'SKR2024/01345') AND issuer = 'SKR' AND year = 2025 AND serial = '00294');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut'),
       'RÖ 2024–6246',
       'RÖ',
       2024,
       '6246',
       NULL,
       '003_2ec2799c06c93718.txt:23984'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut') AND issuer = 'RÖ' AND year = 2024 AND serial = '6246');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND decided_on = '2025-04-11' AND kind = 'beslut' AND title = 'Riksavtalet för utomlänsvård' AND case_number IS 'SKR2025/00294'),
       'SKR2025/00294',
       'SKR',
       2025,
       '00294',
       NULL,
       '003_2ec2799c06c93718.txt:20710'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SKR styrelse') AND decided_on = '2025-04-11' AND kind = 'beslut' AND title = 'Riksavtalet för utomlänsvård' AND case_number IS 'SKR2025/00294') AND issuer = 'SKR' AND year = 2025 AND serial = '00294');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut'),
       'RJL 2024/2313',
       'RJL',
       2024,
       '2313',
       NULL,
       '003_2ec2799c06c93718.txt:20601'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut') AND issuer = 'RJL' AND year = 2024 AND serial = '2313');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut'),
       'RÖ 2024-6246',
       'RÖ',
       2024,
       '6246',
       'I beslutsunderlaget (SÖSR:s yttrande)',
       '003_2ec2799c06c93718.txt:20629'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut') AND issuer = 'RÖ' AND year = 2024 AND serial = '6246');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut'),
       'SKR2025/00294',
       'SKR',
       2025,
       '00294',
       'SKR:s ärende som regionens beslut ska hänvisa till',
       '003_2ec2799c06c93718.txt:20756'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 83 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut') AND issuer = 'SKR' AND year = 2025 AND serial = '00294');

-- Each region's decision on SVN § 51-2024. None is in the documents yet: RJL's committee decides
-- 2025-06-17 on its presidium's proposal; RÖ's and RKL's decisions are not in the packet.
INSERT INTO adoption (recommendation_id, region_id, outcome, decision_id, reference, decided_on, note, source)
SELECT (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut'),
       (SELECT id FROM organisation WHERE code = 'RÖ'),
       'pagaende',
       NULL,
       NULL,
       NULL,
       'Region Östergötlands beslut framgår inte av handlingarna.',
       '003_2ec2799c06c93718.txt:24042'
WHERE NOT EXISTS (SELECT 1 FROM adoption WHERE recommendation_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut') AND region_id = (SELECT id FROM organisation WHERE code = 'RÖ'));
INSERT INTO adoption (recommendation_id, region_id, outcome, decision_id, reference, decided_on, note, source)
SELECT (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut'),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       'pagaende',
       NULL,
       'RJL 2024/2313',
       NULL,
       'Presidiet föreslår (§ 83, 2025-06-04) att nämnden godkänner det nya riksavtalet; nämnden behandlar ärendet 2025-06-17 (ärende 12). Beslutet ingår inte i handlingarna.',
       '003_2ec2799c06c93718.txt:20606'
WHERE NOT EXISTS (SELECT 1 FROM adoption WHERE recommendation_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut') AND region_id = (SELECT id FROM organisation WHERE code = 'RJL'));
INSERT INTO adoption (recommendation_id, region_id, outcome, decision_id, reference, decided_on, note, source)
SELECT (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut'),
       (SELECT id FROM organisation WHERE code = 'RKL'),
       'pagaende',
       NULL,
       NULL,
       NULL,
       'Region Kalmar läns beslut framgår inte av handlingarna.',
       '003_2ec2799c06c93718.txt:24046'
WHERE NOT EXISTS (SELECT 1 FROM adoption WHERE recommendation_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'SVN') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2024' AND kind <> 'delegationsbeslut') AND region_id = (SELECT id FROM organisation WHERE code = 'RKL'));

-- RJL's remiss register, incoming remisser May 2025 (lines 601–767). Each row: title is the
-- ärendemening, received_on the Datum column, deadline_on the 'Svar senast' date in the note column,
-- case_number RJL's own case. Category: the schema has kunskapsstyrning / nhv / myndighet; all nine are
-- 'myndighet' (ministries and authorities; municipal and regional senders are public authorities too).
-- joint = 0: these are Region Jönköpings län's own remisser, not joint SÖSR answers.
-- Left out: Id 344159 (K, 'Remissversion Regional utvecklingsstrategi 2025-2035', RJL 2025/1064, line
-- 609) is RJL's own outgoing consultation from Regionstyrelsens arbetsutskott, kept (K) not received,
-- and has no 'Svar senast' date. Ids 2025.6991 and 2025.6992 are volume 1 and 2 of the same remiss
-- (same case RJL 2025/1644 and same Dnr S2025/00922) and are one remiss row.
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Remiss - Trafikstrategi för Jönköpings kommun',
       (SELECT id FROM organisation WHERE code = 'JkpgK'),
       NULL,
       'myndighet',
       '2025-05-08',
       '2025-08-31',
       'RJL 2025/1638',
       'RJL',
       2025,
       '1638',
       'Regionledningskontoret',
       0,
       'Id 2025.6975. Avsändare: Stadsbyggnadskontoret Jönköpings kommun. Svar senast 2025-08-31 (rad 625).',
       '003_2ec2799c06c93718.txt:622'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1638');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Remiss- Stärkt pandemiberedskap (SOU 2025:48)',
       (SELECT id FROM organisation WHERE code = 'S'),
       'S2025/00922',
       'myndighet',
       '2025-05-08',
       '2025-08-25',
       'RJL 2025/1644',
       'RJL',
       2025,
       '1644',
       'Regionledningskontoret',
       0,
       'Id 2025.6991 (Vol 1, rad 629) och 2025.6992 (Vol 2, rad 645): två handlingar i samma ärende. Dnr S2025/00922 (rad 637). Svar senast 2025-08-25 (rad 635).',
       '003_2ec2799c06c93718.txt:629'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1644');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Remiss - Transportstrategi för hållbar tillgänglighet i hela Skåne',
       (SELECT id FROM organisation WHERE code = 'RSk'),
       '2024-POL000448',
       'myndighet',
       '2025-05-12',
       '2025-10-31',
       'RJL 2025/1673',
       'RJL',
       2025,
       '1673',
       'Regionledningskontoret',
       0,
       'Id 2025.7148, handling "Remiss - Transportstrategi version april 2025". sender_ref är texten 2024-POL000448 i noteringsfältet (rad 664), sannolikt Region Skånes diarienummer; den följer inte formen för diarienummer och finns därför inte i reference. Svar senast 2025-10-31 (rad 666).',
       '003_2ec2799c06c93718.txt:661'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1673');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Tekniska krav för elektroniska journalsystem (EPJ) och viktiga systemgränssnitt, D5.1, Xt-EHR (EHDS) - Technical requirements EHR / EEHRxF',
       (SELECT id FROM organisation WHERE code = 'EHM'),
       NULL,
       'myndighet',
       '2025-05-12',
       '2025-06-20',
       'RJL 2025/1591',
       'RJL',
       2025,
       '1591',
       'Regionledningskontoret',
       0,
       'Id 2025.7185, handling "Remiss - Technical Requirements for EHRs and key system interfaces D5.1". Svar senast 2025-06-20 (rad 680).',
       '003_2ec2799c06c93718.txt:674'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1591');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Tekniska krav för European Electronic Health Record Exchange Format (EEHRxF) metadata, D5.2 Xt-EHR (EHDS) - Technical requirements EHR / EEHRxF',
       (SELECT id FROM organisation WHERE code = 'EHM'),
       NULL,
       'myndighet',
       '2025-05-12',
       '2025-06-20',
       'RJL 2025/1595',
       'RJL',
       2025,
       '1595',
       'Regionledningskontoret',
       0,
       'Id 2025.7195, handling "Remiss - Technical Requirements for EEHRxF metadata for stakeholder consultation D5.2". Svar senast 2025-06-20 (rad 695).',
       '003_2ec2799c06c93718.txt:689'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1595');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Remiss- Tekniska specifikationer om tillgängligheten av hälsodata i gränsöverskridande telemedicintjänster, D9.2',
       (SELECT id FROM organisation WHERE code = 'EHM'),
       NULL,
       'myndighet',
       '2025-05-14',
       '2025-09-15',
       'RJL 2025/1722',
       'RJL',
       2025,
       '1722',
       'Regionledningskontoret',
       0,
       'Id 2025.7491. Notering: "D9.2 Technical specifications on the availability of health data in cross-border telemedicine services". Svar senast 2025-09-15 (rad 716).',
       '003_2ec2799c06c93718.txt:704'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1722');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Remiss - Skattelättnad för förmån av resor med kollektivtrafik',
       (SELECT id FROM organisation WHERE code = 'Fi'),
       'Fi2025/01063',
       'myndighet',
       '2025-05-19',
       '2025-08-08',
       'RJL 2025/1780',
       'RJL',
       2025,
       '1780',
       'Regionledningskontoret',
       0,
       'Id 2025.7617. Dnr Fi2025/01063 (rad 735). Svar senast 2025-08-08 (rad 732).',
       '003_2ec2799c06c93718.txt:726'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1780');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Samråd ESF+-projekt Småland och öarna 2024:2',
       (SELECT id FROM organisation WHERE code = 'RKr'),
       NULL,
       'myndighet',
       '2025-05-19',
       '2025-05-29',
       'RJL 2025/1784',
       'RJL',
       2025,
       '1784',
       'Regionledningskontoret',
       0,
       'Id 2025.7627, handling "Remiss - ESF+-projekt Småland och öarna 2024:2". Avsändare: Regional utveckling Region Kronoberg. Svar senast 2025-05-29 (rad 751): tio dagars svarstid.',
       '003_2ec2799c06c93718.txt:745'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1784');
INSERT INTO remiss (title, sender_id, sender_ref, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial, responsible, joint, note, source)
SELECT 'Samråd gällande ERUF-projekt Småland och Öarna 2025:1',
       (SELECT id FROM organisation WHERE code = 'RKr'),
       NULL,
       'myndighet',
       '2025-05-19',
       '2025-05-29',
       'RJL 2025/1786',
       'RJL',
       2025,
       '1786',
       'Regionledningskontoret',
       0,
       'Id 2025.7628, handling "Remiss - ERUF-projekt Småland och Öarna 2025:1". Avsändare: Regional utveckling Region Kronoberg. Svar senast 2025-05-29 (rad 764).',
       '003_2ec2799c06c93718.txt:758'
WHERE NOT EXISTS (SELECT 1 FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1786');

-- Their case numbers (RJL's own, and the sender's where it is a case number).
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1638'),
       'RJL 2025/1638',
       'RJL',
       2025,
       '1638',
       NULL,
       '003_2ec2799c06c93718.txt:625'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1638') AND issuer = 'RJL' AND year = 2025 AND serial = '1638');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1644'),
       'RJL 2025/1644',
       'RJL',
       2025,
       '1644',
       NULL,
       '003_2ec2799c06c93718.txt:635'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1644') AND issuer = 'RJL' AND year = 2025 AND serial = '1644');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1644'),
       'S2025/00922',
       'S',
       2025,
       '00922',
       'Avsändarens diarienummer',
       '003_2ec2799c06c93718.txt:637'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1644') AND issuer = 'S' AND year = 2025 AND serial = '00922');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1673'),
       'RJL 2025/1673',
       'RJL',
       2025,
       '1673',
       NULL,
       '003_2ec2799c06c93718.txt:664'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1673') AND issuer = 'RJL' AND year = 2025 AND serial = '1673');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1591'),
       'RJL 2025/1591',
       'RJL',
       2025,
       '1591',
       NULL,
       '003_2ec2799c06c93718.txt:680'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1591') AND issuer = 'RJL' AND year = 2025 AND serial = '1591');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1595'),
       'RJL 2025/1595',
       'RJL',
       2025,
       '1595',
       NULL,
       '003_2ec2799c06c93718.txt:695'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1595') AND issuer = 'RJL' AND year = 2025 AND serial = '1595');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1722'),
       'RJL 2025/1722',
       'RJL',
       2025,
       '1722',
       NULL,
       '003_2ec2799c06c93718.txt:711'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1722') AND issuer = 'RJL' AND year = 2025 AND serial = '1722');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1780'),
       'RJL 2025/1780',
       'RJL',
       2025,
       '1780',
       NULL,
       '003_2ec2799c06c93718.txt:732'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1780') AND issuer = 'RJL' AND year = 2025 AND serial = '1780');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1780'),
       'Fi2025/01063',
       'FI',
       2025,
       '01063',
       'Avsändarens diarienummer',
       '003_2ec2799c06c93718.txt:735'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1780') AND issuer = 'FI' AND year = 2025 AND serial = '01063');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1784'),
       'RJL 2025/1784',
       'RJL',
       2025,
       '1784',
       NULL,
       '003_2ec2799c06c93718.txt:751'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1784') AND issuer = 'RJL' AND year = 2025 AND serial = '1784');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'remiss',
       (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1786'),
       'RJL 2025/1786',
       'RJL',
       2025,
       '1786',
       NULL,
       '003_2ec2799c06c93718.txt:764'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'remiss' AND record_id = (SELECT id FROM remiss WHERE case_issuer = 'RJL' AND case_year = 2025 AND case_serial = '1786') AND issuer = 'RJL' AND year = 2025 AND serial = '1786');

-- The committee presidium's other proposals of 2025-06-04 and the committee's § 51 of 2025-04-01.
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS presidium'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND held_on = '2025-06-04'),
       '2025-06-04',
       '§ 82',
       82,
       'RJL 2025/8',
       'RJL',
       2025,
       '8',
       'beslut',
       'Budget 2026 med flerårsplan för 2027–2028 Nämnd för folkhälsa och sjukvård',
       'Presidiet föreslår Nämnd för folkhälsa och sjukvård att överlämna förslag inklusive bilagor till Budget 2026 med flerårsplan för 2027–2028 Nämnd för folkhälsa och sjukvård till regionstyrelsen.',
       'Missiv: Budget 2026 med flerårsplan för 2027–2028 Nämnd för folkhälsa och sjukvård; Budget 2026 med flerårsplan för 2027–2028 Nämnd för folkhälsa och sjukvård; Bilaga: Egenavgifter och bidrag 2026 – hjälpmedelsområdet; Bilaga: Patientavgifter i vården 2026; Bilaga: Regelbok 2026 Specialiserad ögonsjukvård inom vårdval Region Jönköpings län; Bilaga: Regelbok 2026 Primärvård inom vårdval Region Jönköpings län',
       'Nämnd för folkhälsa och sjukvård',
       NULL,
       'Nämnden ska senast den 17 juni 2025 överlämna ett förslag till regionstyrelsen (rad 828). Ärende 11 i kallelsen till 2025-06-17.',
       '003_2ec2799c06c93718.txt:810'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 82 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS presidium'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND held_on = '2025-06-04'),
       '2025-06-04',
       '§ 84',
       84,
       'RJL 2025/1044',
       'RJL',
       2025,
       '1044',
       'uppdrag',
       'Initiativärende: Kostnadsfri HPV-vaccination upp till 26 år i Region Jönköpings län',
       'Presidiet föreslår att initiativärendet anses vara besvarat. Presidiet ger i uppdrag åt förvaltningen att göra tjänsteskrivelse med kompletterad information.',
       'Tjänsteskrivelse: Initiativärende (KD): Kostnadsfri HPV-vaccination upp till 26 år i Region Jönköpings län; Beslut NFS 2025-04-01 Initiativärende (KD): Kostnadsfri HPV-vaccination upp till 26 år i Region Jönköpings län; Initiativärende (KD): Kostnadsfri HPV-vaccination upp till 26 år i Region Jönköpings län',
       'Nämnd för folkhälsa och sjukvård',
       NULL,
       'Kind uppdrag: presidiets eget beslut är uppdraget till förvaltningen; resten är förslag till nämnden (ärende 13 i kallelsen till 2025-06-17).',
       '003_2ec2799c06c93718.txt:25794'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 84 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-04-01'),
       '2025-04-01',
       '§ 51',
       51,
       'RJL 2025/1044',
       'RJL',
       2025,
       '1044',
       'beslut',
       'Initiativärende (KD): Kostnadsfri HPV-vaccination upp till 26 år i Region Jönköpings län',
       'Nämnden för folkhälsa och sjukvård beslutar att ärendet ska beredas.',
       'Initiativärende (KD): Kostnadsfri HPV-vaccination upp till 26 år i Region Jönköpings län',
       'Regionledningskontoret – Folkhälsa och sjukvård',
       NULL,
       'Protokollsutdraget anger inget datum; 2025-04-01 ur beslutsunderlaget "Beslut NFS 2025-04-01" (rad 25830). Samma paragrafnummer som SVN § 51-2024 i en annan nämnd och ett annat år.',
       '003_2ec2799c06c93718.txt:26017'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 82 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut'),
       'RJL 2025/8',
       'RJL',
       2025,
       '8',
       NULL,
       '003_2ec2799c06c93718.txt:814'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 82 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut') AND issuer = 'RJL' AND year = 2025 AND serial = '8');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 84 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut'),
       'RJL 2025/1044',
       'RJL',
       2025,
       '1044',
       NULL,
       '003_2ec2799c06c93718.txt:25798'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS presidium') AND paragraph_no = 84 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut') AND issuer = 'RJL' AND year = 2025 AND serial = '1044');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut'),
       'RJL 2025/1044',
       'RJL',
       2025,
       '1044',
       NULL,
       '003_2ec2799c06c93718.txt:26021'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND paragraph_no = 51 AND substr(decided_on, 1, 4) = '2025' AND kind <> 'delegationsbeslut') AND issuer = 'RJL' AND year = 2025 AND serial = '1044');

-- Delegation decisions reported to the committee 2025-06-17 (ärende 3): reports of personal-data
-- incidents to Integritetsskyddsmyndigheten under delegation point FS 4.5.4. Numbered per delegation
-- point and year, so paragraph is kept as written and paragraph_no is NULL. The register lists them
-- out of order (§31 before §30, §41 before §40) and Id 2025.7512 has the description as written,
-- 'Anmälan av personuppgiftsincident2025-1731'. Taken outside a meeting: meeting_id NULL.
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-09',
       'FS 4.5.4 §28/2025',
       NULL,
       'RJL 2025/1618',
       'RJL',
       2025,
       '1618',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7040. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:275'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §28/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-13',
       'FS 4.5.4 §29/2025',
       NULL,
       'RJL 2025/1677',
       'RJL',
       2025,
       '1677',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7202. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:282'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §29/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-15',
       'FS 4.5.4 §31/2025',
       NULL,
       'RJL 2025/1731',
       'RJL',
       2025,
       '1731',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident2025-1731',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7512. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:289'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §31/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-19',
       'FS 4.5.4 §32/2025',
       NULL,
       'RJL 2025/1772',
       'RJL',
       2025,
       '1772',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7629. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:296'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §32/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-15',
       'FS 4.5.4 §30/2025',
       NULL,
       'RJL 2025/1678',
       'RJL',
       2025,
       '1678',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7650. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:303'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §30/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-20',
       'FS 4.5.4 §33/2025',
       NULL,
       'RJL 2025/1808',
       'RJL',
       2025,
       '1808',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7717. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:310'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §33/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-20',
       'FS 4.5.4 §34/2025',
       NULL,
       'RJL 2025/1809',
       'RJL',
       2025,
       '1809',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7728. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:317'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §34/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-22',
       'FS 4.5.4 §35/2025',
       NULL,
       'RJL 2025/1830',
       'RJL',
       2025,
       '1830',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7817. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:324'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §35/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-23',
       'FS 4.5.4 §36/2025',
       NULL,
       'RJL 2025/1850',
       'RJL',
       2025,
       '1850',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7964. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:330'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §36/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-23',
       'FS 4.5.4 §37/2025',
       NULL,
       'RJL 2025/1857',
       'RJL',
       2025,
       '1857',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.7965. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:337'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §37/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-27',
       'FS 4.5.4 §38/2025',
       NULL,
       'RJL 2025/1877',
       'RJL',
       2025,
       '1877',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.8130. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:344'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §38/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-27',
       'FS 4.5.4 §39/2025',
       NULL,
       'RJL 2025/1894',
       'RJL',
       2025,
       '1894',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.8131. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:351'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §39/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-28',
       'FS 4.5.4 §41/2025',
       NULL,
       'RJL 2025/1897',
       'RJL',
       2025,
       '1897',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.8189. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:358'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §41/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-28',
       'FS 4.5.4 §40/2025',
       NULL,
       'RJL 2025/1896',
       'RJL',
       2025,
       '1896',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.8190. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:365'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §40/2025');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       NULL,
       '2025-05-30',
       'FS 4.5.4 §42/2025',
       NULL,
       'RJL 2025/1915',
       'RJL',
       2025,
       '1915',
       'delegationsbeslut',
       'Anmälan av personuppgiftsincident',
       'Ärendemening: Personuppgiftsincident. Kategori: FS 4.5.4.',
       NULL,
       'Integritetsskyddsmyndigheten',
       NULL,
       'Id 2025.8195. Anmält till nämnden 2025-06-17 (Anmälan av delegationsbeslut).',
       '003_2ec2799c06c93718.txt:372'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §42/2025');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §28/2025'),
       'RJL 2025/1618',
       'RJL',
       2025,
       '1618',
       NULL,
       '003_2ec2799c06c93718.txt:279'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §28/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1618');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §29/2025'),
       'RJL 2025/1677',
       'RJL',
       2025,
       '1677',
       NULL,
       '003_2ec2799c06c93718.txt:286'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §29/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1677');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §31/2025'),
       'RJL 2025/1731',
       'RJL',
       2025,
       '1731',
       NULL,
       '003_2ec2799c06c93718.txt:293'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §31/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1731');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §32/2025'),
       'RJL 2025/1772',
       'RJL',
       2025,
       '1772',
       NULL,
       '003_2ec2799c06c93718.txt:300'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §32/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1772');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §30/2025'),
       'RJL 2025/1678',
       'RJL',
       2025,
       '1678',
       NULL,
       '003_2ec2799c06c93718.txt:307'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §30/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1678');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §33/2025'),
       'RJL 2025/1808',
       'RJL',
       2025,
       '1808',
       NULL,
       '003_2ec2799c06c93718.txt:314'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §33/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1808');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §34/2025'),
       'RJL 2025/1809',
       'RJL',
       2025,
       '1809',
       NULL,
       '003_2ec2799c06c93718.txt:321'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §34/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1809');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §35/2025'),
       'RJL 2025/1830',
       'RJL',
       2025,
       '1830',
       NULL,
       '003_2ec2799c06c93718.txt:327'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §35/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1830');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §36/2025'),
       'RJL 2025/1850',
       'RJL',
       2025,
       '1850',
       NULL,
       '003_2ec2799c06c93718.txt:334'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §36/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1850');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §37/2025'),
       'RJL 2025/1857',
       'RJL',
       2025,
       '1857',
       NULL,
       '003_2ec2799c06c93718.txt:341'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §37/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1857');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §38/2025'),
       'RJL 2025/1877',
       'RJL',
       2025,
       '1877',
       NULL,
       '003_2ec2799c06c93718.txt:348'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §38/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1877');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §39/2025'),
       'RJL 2025/1894',
       'RJL',
       2025,
       '1894',
       NULL,
       '003_2ec2799c06c93718.txt:355'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §39/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1894');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §41/2025'),
       'RJL 2025/1897',
       'RJL',
       2025,
       '1897',
       NULL,
       '003_2ec2799c06c93718.txt:362'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §41/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1897');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §40/2025'),
       'RJL 2025/1896',
       'RJL',
       2025,
       '1896',
       NULL,
       '003_2ec2799c06c93718.txt:369'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §40/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1896');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §42/2025'),
       'RJL 2025/1915',
       'RJL',
       2025,
       '1915',
       NULL,
       '003_2ec2799c06c93718.txt:376'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND kind = 'delegationsbeslut' AND paragraph = 'FS 4.5.4 §42/2025') AND issuer = 'RJL' AND year = 2025 AND serial = '1915');

-- Anmälningsärenden (ärende 4) and information items (ärenden 6–8) of the committee's meeting
-- 2025-06-17, recorded as kind 'information'. The protocol is not in the packet, so paragraph is NULL.
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       'RJL 2025/1201',
       'RJL',
       2025,
       '1201',
       'information',
       'Patientärende, lex Maria',
       'Inkomna handlingar – Beslut från Inspektionen för vård och omsorg (IVO).',
       NULL,
       NULL,
       NULL,
       'Anmälningsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:776'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende, lex Maria' AND case_number IS 'RJL 2025/1201');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       'RJL 2025/261',
       'RJL',
       2025,
       '261',
       'information',
       'Patientärende, lex Maria',
       'Inkomna handlingar – Beslut från Inspektionen för vård och omsorg (IVO).',
       NULL,
       NULL,
       NULL,
       'Anmälningsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:777'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende, lex Maria' AND case_number IS 'RJL 2025/261');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       'RJL 2025/1650',
       'RJL',
       2025,
       '1650',
       'information',
       'Anmälan av brister i säkerheten',
       'Inkomna handlingar – Beslut från Inspektionen för vård och omsorg (IVO).',
       NULL,
       NULL,
       NULL,
       'Anmälningsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:778'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Anmälan av brister i säkerheten' AND case_number IS 'RJL 2025/1650');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       'RJL 2025/1993',
       'RJL',
       2025,
       '1993',
       'information',
       'Skrivelse till Länsrådet för funktionsnedsättningar',
       'Inkomna handlingar – Skrivelser från organisationer.',
       NULL,
       NULL,
       NULL,
       'Anmälningsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:782'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Skrivelse till Länsrådet för funktionsnedsättningar' AND case_number IS 'RJL 2025/1993');
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       'information',
       'Protokoll Nämnd för folkhälsa och sjukvård 2025-05-27',
       'Upprättade handlingar – Protokoll.',
       NULL,
       NULL,
       NULL,
       'Anmälningsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:786'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Protokoll Nämnd för folkhälsa och sjukvård 2025-05-27' AND case_number IS NULL);
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       'information',
       'Patientärende',
       'Ärende registrerat 2025-05-13, avsändare Inspektionen för vård och omsorg, avdelning Regionledningskontoret.',
       NULL,
       NULL,
       NULL,
       'Ärendelistan skriver ärendenumret 2025/1706 utan prefix (diarieenhet Region Jönköpings län); det följer inte formen för diarienummer och lagras därför inte i case_number.',
       '003_2ec2799c06c93718.txt:475'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende' AND case_number IS NULL);
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       'information',
       'Smittskydd och vårdhygien',
       'Information (ärende 6 i kallelsen).',
       NULL,
       NULL,
       NULL,
       'Informationsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:44'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Smittskydd och vårdhygien' AND case_number IS NULL);
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       'information',
       'Tillgänglighet med fokus på standardiserade vårdförlopp (SVF) vid cancer',
       'Information (ärende 7 i kallelsen).',
       NULL,
       NULL,
       NULL,
       'Informationsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:49'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Tillgänglighet med fokus på standardiserade vårdförlopp (SVF) vid cancer' AND case_number IS NULL);
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd'),
       (SELECT id FROM meeting WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND held_on = '2025-06-17'),
       '2025-06-17',
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       'information',
       'Intern kontroll – Månadsrapport 2025 Nämnd för folkhälsa och sjukvård',
       'Information (ärende 8 i kallelsen).',
       NULL,
       NULL,
       NULL,
       'Informationsärende på kallelsen till 2025-06-17; paragraf framgår inte.',
       '003_2ec2799c06c93718.txt:55'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Intern kontroll – Månadsrapport 2025 Nämnd för folkhälsa och sjukvård' AND case_number IS NULL);
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende, lex Maria' AND case_number IS 'RJL 2025/1201'),
       'RJL 2025/1201',
       'RJL',
       2025,
       '1201',
       NULL,
       '003_2ec2799c06c93718.txt:776'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende, lex Maria' AND case_number IS 'RJL 2025/1201') AND issuer = 'RJL' AND year = 2025 AND serial = '1201');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende, lex Maria' AND case_number IS 'RJL 2025/261'),
       'RJL 2025/261',
       'RJL',
       2025,
       '261',
       NULL,
       '003_2ec2799c06c93718.txt:777'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Patientärende, lex Maria' AND case_number IS 'RJL 2025/261') AND issuer = 'RJL' AND year = 2025 AND serial = '261');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Anmälan av brister i säkerheten' AND case_number IS 'RJL 2025/1650'),
       'RJL 2025/1650',
       'RJL',
       2025,
       '1650',
       NULL,
       '003_2ec2799c06c93718.txt:778'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Anmälan av brister i säkerheten' AND case_number IS 'RJL 2025/1650') AND issuer = 'RJL' AND year = 2025 AND serial = '1650');
INSERT INTO reference (family, record_id, written, issuer, year, serial, note, source)
SELECT 'decision',
       (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Skrivelse till Länsrådet för funktionsnedsättningar' AND case_number IS 'RJL 2025/1993'),
       'RJL 2025/1993',
       'RJL',
       2025,
       '1993',
       NULL,
       '003_2ec2799c06c93718.txt:782'
WHERE NOT EXISTS (SELECT 1 FROM reference WHERE family = 'decision' AND record_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RJL FS-nämnd') AND decided_on = '2025-06-17' AND kind = 'information' AND title = 'Skrivelse till Länsrådet för funktionsnedsättningar' AND case_number IS 'RJL 2025/1993') AND issuer = 'RJL' AND year = 2025 AND serial = '1993');

-- RSL's recommendation that the three regions offer free HPV vaccination up to and including 26
-- years from 2025/2026, as reported in RJL's tjänsteskrivelse, and each region's decision on it.
INSERT INTO decision (body_id, meeting_id, decided_on, paragraph, paragraph_no, case_number, case_issuer, case_year, case_serial, kind, title, text, basis, recipients, remiss_id, note, source)
SELECT (SELECT id FROM body WHERE short_name = 'RSL'),
       NULL,
       '2025-05-26',
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       NULL,
       'rekommendation',
       'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026',
       'Rekommendationen därifrån är att Region Kalmar, Region Östergötland och Region Jönköpings län ska göra lika, med avgiftsfri vaccination för alla upp till och med 26 år, från årsskiftet 2025/2026. Sydöstra sjukvårdsregionen kommer följa rekommendationen som förväntas komma från Folkhälsomyndigheten kring antal doser.',
       NULL,
       NULL,
       NULL,
       'Återgiven i RJL:s tjänsteskrivelse 2025-05-26 (RJL 2025/1044, rad 25935); RSL:s eget beslutsdatum, paragraf och diarienummer anges inte. decided_on är tjänsteskrivelsens datum, alltså senast belagda datum, inte beslutsdagen. Bakgrund: Folkhälsomyndighetens rekommendation om ikappvaccination i slutet av 2024.',
       '003_2ec2799c06c93718.txt:25985'
WHERE NOT EXISTS (SELECT 1 FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL);
INSERT INTO adoption (recommendation_id, region_id, outcome, decision_id, reference, decided_on, note, source)
SELECT (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL),
       (SELECT id FROM organisation WHERE code = 'RÖ'),
       'pagaende',
       NULL,
       NULL,
       NULL,
       'Region Östergötlands beslut framgår inte av handlingarna.',
       '003_2ec2799c06c93718.txt:25985'
WHERE NOT EXISTS (SELECT 1 FROM adoption WHERE recommendation_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL) AND region_id = (SELECT id FROM organisation WHERE code = 'RÖ'));
INSERT INTO adoption (recommendation_id, region_id, outcome, decision_id, reference, decided_on, note, source)
SELECT (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL),
       (SELECT id FROM organisation WHERE code = 'RJL'),
       'pagaende',
       NULL,
       'RJL 2025/1044',
       NULL,
       'Budgetförslaget 2026 för Nämnd för folkhälsa och sjukvård: "Under 2026 införs avgiftsfri vaccinering mot HPV för alla personer upp till 26 års ålder" (rad 2370); presidiet föreslår att initiativärendet anses besvarat (§ 84, 2025-06-04). Nämndens beslut 2025-06-17 och regionens budgetbeslut ingår inte i handlingarna.',
       '003_2ec2799c06c93718.txt:2370'
WHERE NOT EXISTS (SELECT 1 FROM adoption WHERE recommendation_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL) AND region_id = (SELECT id FROM organisation WHERE code = 'RJL'));
INSERT INTO adoption (recommendation_id, region_id, outcome, decision_id, reference, decided_on, note, source)
SELECT (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL),
       (SELECT id FROM organisation WHERE code = 'RKL'),
       'pagaende',
       NULL,
       NULL,
       NULL,
       'Region Kalmar läns beslut framgår inte av handlingarna.',
       '003_2ec2799c06c93718.txt:25985'
WHERE NOT EXISTS (SELECT 1 FROM adoption WHERE recommendation_id = (SELECT id FROM decision WHERE body_id = (SELECT id FROM body WHERE short_name = 'RSL') AND decided_on = '2025-05-26' AND kind = 'rekommendation' AND title = 'Avgiftsfri HPV-vaccination för alla upp till och med 26 år från årsskiftet 2025/2026' AND case_number IS NULL) AND region_id = (SELECT id FROM organisation WHERE code = 'RKL'));
