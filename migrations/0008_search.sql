-- Full-text search over titles, texts and references of decisions, remisser, permits and
-- workload decisions. `remove_diacritics 2` lets `brannskador` find `brännskador`.
-- samreg keeps it in step (row by row on add/update, in bulk after an import);
-- the rowid is family_number << 32 | record id (1 decision, 2 remiss, 3 permit, 4 workload).
CREATE VIRTUAL TABLE search USING fts5(
  title, body, refs,
  tokenize = 'unicode61 remove_diacritics 2'
);
