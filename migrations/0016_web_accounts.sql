-- The web registry's accounts and sessions (issue 12, `samreg serve`, `samreg user`).
--
-- An account has a name, a role and a bcrypt hash of its password (hummingbird-auth's
-- Bcrypt, `$2b$…`); it is never deleted: `samreg user end` sets ended_on, and an ended
-- account can no longer log in (its sessions are deleted with it). Who changed an account
-- last, and when, is kept on the row (changed_by, changed_at); accounts are not records of
-- the registry and not in the audit trail (a password hash must not be copied into it), but
-- every record written through the web is, with the account's name as actor.
--
-- A session is kept here, so that restarting the server logs nobody out. The id stored is the
-- SHA-256 (hex) of the cookie's random value, never the value itself: reading the file does
-- not give a usable session. Each session has its own CSRF token, which every form carries.

CREATE TABLE web_user (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64 AND name NOT GLOB '*[^A-Za-z0-9._@-]*'),
  role          TEXT NOT NULL CHECK (role IN ('admin', 'registrator', 'analyst', 'reader')),
  password_hash TEXT NOT NULL CHECK (password_hash GLOB '$2[aby]$*'),
  created_at    TEXT NOT NULL,
  changed_at    TEXT NOT NULL,
  changed_by    TEXT NOT NULL,
  ended_on      TEXT CHECK (ended_on IS NULL OR ended_on IS date(ended_on))
) STRICT;

CREATE TABLE web_session (
  id         TEXT PRIMARY KEY CHECK (length(id) = 64),
  user_id    INTEGER NOT NULL REFERENCES web_user(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL CHECK (length(csrf_token) = 64),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX web_session_user ON web_session(user_id);
