-- Case numbers compare as people read them: the issuer column holds the issuer's key, its
-- letters in Unicode NFC and upper case (`rö`, `RÖ` with O + U+0308 → `RÖ`; `Fi` → `FI`), so
-- that the unique indexes on (issuer, year, serial) refuse one case stored twice in two
-- spellings. Dashes were already only a separator; the text as written stays in case_number
-- (reference.written) for display. samreg_issuer_key is samreg's own function
-- (CaseNumber.issuerKey); the rows this changes are audited and sealed as samreg init's.
-- A registry that already holds one case twice in two spellings keeps both rows as they
-- were (updating one would break the unique index); correct one of them with `update`.

UPDATE remiss SET case_issuer = samreg_issuer_key(case_issuer)
WHERE case_issuer IS NOT samreg_issuer_key(case_issuer)
  AND NOT EXISTS (SELECT 1 FROM remiss o WHERE o.id <> remiss.id AND o.case_year = remiss.case_year
                  AND o.case_serial = remiss.case_serial AND samreg_issuer_key(o.case_issuer) = samreg_issuer_key(remiss.case_issuer));

UPDATE permit SET case_issuer = samreg_issuer_key(case_issuer)
WHERE case_issuer IS NOT samreg_issuer_key(case_issuer)
  AND NOT EXISTS (SELECT 1 FROM permit o WHERE o.id <> permit.id AND o.case_year = permit.case_year
                  AND o.case_serial = permit.case_serial AND samreg_issuer_key(o.case_issuer) = samreg_issuer_key(permit.case_issuer));

UPDATE workload SET case_issuer = samreg_issuer_key(case_issuer)
WHERE case_issuer IS NOT samreg_issuer_key(case_issuer)
  AND NOT EXISTS (SELECT 1 FROM workload o WHERE o.id <> workload.id AND o.case_year = workload.case_year
                  AND o.case_serial = workload.case_serial AND samreg_issuer_key(o.case_issuer) = samreg_issuer_key(workload.case_issuer));

UPDATE decision SET case_issuer = samreg_issuer_key(case_issuer)
WHERE case_issuer IS NOT samreg_issuer_key(case_issuer);

UPDATE remiss_response SET case_issuer = samreg_issuer_key(case_issuer)
WHERE case_issuer IS NOT samreg_issuer_key(case_issuer);

UPDATE reference SET issuer = samreg_issuer_key(issuer)
WHERE issuer IS NOT samreg_issuer_key(issuer)
  AND NOT EXISTS (SELECT 1 FROM reference o WHERE o.id <> reference.id AND o.family = reference.family
                  AND o.record_id = reference.record_id AND o.year = reference.year AND o.serial = reference.serial
                  AND samreg_issuer_key(o.issuer) = samreg_issuer_key(reference.issuer));
