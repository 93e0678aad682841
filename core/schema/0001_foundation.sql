-- 0001 foundation: what every later migration stands on.
-- Runs inside one transaction opened by the migrator (core/db/migrator.cpp).

-- Substring search over Lao text (trigram indexes) comes in with the register; the extension
-- ships with postgresql-15 itself. Its schema is named, not left to the search path of whoever
-- migrates: on the private server that is "saraban" (the superuser's $user schema), on a
-- shared server it may be anyone.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA saraban;

-- Nobody but the schema's owner may create objects in it or see it unless granted.
REVOKE ALL ON SCHEMA saraban FROM PUBLIC;

-- One row that names this installation, so a client and `saraban-admin status` can tell two
-- servers apart ("which server am I on?") beyond their host names.
CREATE TABLE saraban.installation (
    singleton       boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    installation_id uuid        NOT NULL DEFAULT gen_random_uuid(),
    created_at      timestamptz NOT NULL DEFAULT now()
);
INSERT INTO saraban.installation DEFAULT VALUES;
