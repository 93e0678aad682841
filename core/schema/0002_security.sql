-- 0002 security: the roles, the error convention and the helpers every later function uses.
-- Runs inside one transaction opened by the migrator, as the cluster's superuser.
--
-- WHO IS WHO
--   saraban_owner      NOLOGIN. Owns every table and function in schema saraban. Its
--                      functions are the only way anything changes (SECURITY DEFINER, with
--                      SET search_path = saraban, pg_temp). CREATEROLE, so that `user add`
--                      can create a person's login role from inside a checked function.
--   saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin
--                      NOLOGIN groups. A person's login role is a member of the group of every
--                      role the person holds somewhere. The groups carry only EXECUTE on
--                      functions and SELECT on tables (through row-level security); which
--                      unit a person acts for lives in saraban.memberships, not in the groups,
--                      because a person may be a clerk in one unit and an officer in another.
--   person login roles  one per person, created by saraban.person_add(). Never any INSERT,
--                      UPDATE or DELETE on any table.
-- Roles are cluster-wide while this migration runs once per database (tests make many
-- databases on one cluster, possibly at the same moment), so role creation is idempotent and
-- tolerates a concurrent creator.
--
-- WHO IS CALLING
--   Inside a SECURITY DEFINER function current_user is saraban_owner, so functions identify
--   the caller by session_user: the login role, which a non-superuser cannot change (SET ROLE
--   changes current_user only). A superuser acting for a person uses SET SESSION AUTHORIZATION.
--
-- ERRORS (the convention every function follows; core/services/servererror.cpp parses it)
--   RAISE EXCEPTION through saraban.fail():
--     SQLSTATE  class 'SB': SBVAL bad input, SBPRM not allowed, SBNFD not found,
--               SBCON conflict with the current state (number already used...)
--     MESSAGE   '<code>: <English sentence>'   code is stable, dotted lower case:
--               'letter.subject.too_long'
--     DETAIL    'lo: <the same sentence in Lao>'
--     HINT      'field=<input field or empty>; rule=<rule name>'
--   One line each, no line breaks. Raising aborts the statement, so nothing is changed. In
--   psql it reads:  ERROR:  letter.subject.empty: The subject is empty.
--                   DETAIL:  lo: ຫົວເລື່ອງຫວ່າງເປົ່າ.
--                   HINT:  field=subject; rule=required

DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['saraban_owner', 'saraban_clerk', 'saraban_officer',
                                'saraban_head', 'saraban_archivist', 'saraban_admin']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database's migration created it a moment ago
            END;
        END IF;
    END LOOP;
    -- Altered only when needed: two migrations altering one role at the same moment would
    -- fail with "tuple concurrently updated".
    IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'saraban_owner') THEN
        ALTER ROLE saraban_owner CREATEROLE;
    END IF;
END
$roles$;

GRANT USAGE ON SCHEMA saraban TO saraban_owner, saraban_clerk, saraban_officer, saraban_head,
    saraban_archivist, saraban_admin;
-- Migrations create objects as the superuser and hand them to the owner at the end; the owner
-- never needs CREATE itself.
ALTER TABLE saraban.installation OWNER TO saraban_owner;
-- A client checks the schema version and the installation as whoever signs in.
GRANT SELECT ON saraban.schema_version, saraban.installation TO saraban_clerk, saraban_officer,
    saraban_head, saraban_archivist, saraban_admin;

-- Settings an administrator may change (file size limit, time zone of the office...).
CREATE TABLE saraban.settings (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
    value       text NOT NULL,
    description text NOT NULL DEFAULT ''
);
INSERT INTO saraban.settings (key, value, description) VALUES
    ('max_file_bytes', '104857600', 'Largest file accepted, in bytes (100 MB).'),
    ('time_zone', 'Asia/Vientiane', 'Time zone of registration dates and yearly number resets.'),
    ('subject_max_length', '500', 'Longest subject of a letter, in characters.'),
    ('earliest_letter_date', '1900-01-01', 'Letter dates before this are refused.');

-- The error convention above, in one place.
CREATE FUNCTION saraban.fail(state text, code text, field text, rule text, english text,
                             lao text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = state,
        MESSAGE = code || ': ' || english,
        DETAIL = 'lo: ' || lao,
        HINT = 'field=' || coalesce(field, '') || '; rule=' || rule;
END
$$;

CREATE FUNCTION saraban.setting(p_key text)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$ SELECT value FROM saraban.settings WHERE key = p_key $$;

-- Today's date where the office is: registration dates and yearly resets follow it.
CREATE FUNCTION saraban.office_today()
    RETURNS date
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$ SELECT (now() AT TIME ZONE saraban.setting('time_zone'))::date $$;

-- Text from people: refuse what a correct client never sends. PostgreSQL itself refuses bytes
-- that are not UTF-8 (SQLSTATE 22021) before any function runs; a client that decoded bad
-- bytes leniently sends U+FFFD instead, which is refused here. Control characters other than
-- tab and line breaks have no place in a subject or a name. Returns the trimmed text, or NULL
-- for an empty optional value.
CREATE FUNCTION saraban.check_text(p_value text, p_code text, p_field text, p_label_en text,
                                   p_label_lo text, p_max integer, p_required boolean)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v text := btrim(p_value, E' \t\r\n');
BEGIN
    IF v IS NULL OR v = '' THEN
        IF p_required THEN
            PERFORM saraban.fail('SBVAL', p_code || '.empty', p_field, 'required',
                                 p_label_en || ' is empty.', p_label_lo || ' ຫວ່າງເປົ່າ.');
        END IF;
        RETURN NULL;
    END IF;
    IF position(U&'\FFFD' IN v) > 0 THEN
        PERFORM saraban.fail('SBVAL', p_code || '.encoding', p_field, 'utf8',
                             p_label_en || ' is not valid UTF-8 text.',
                             p_label_lo || ' ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 ທີ່ຖືກຕ້ອງ.');
    END IF;
    IF v ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' THEN
        PERFORM saraban.fail('SBVAL', p_code || '.control', p_field, 'no_control_characters',
                             p_label_en || ' contains control characters.',
                             p_label_lo || ' ມີຕົວອັກສອນຄວບຄຸມ.');
    END IF;
    IF char_length(v) > p_max THEN
        PERFORM saraban.fail('SBVAL', p_code || '.too_long', p_field, 'max_length',
                             p_label_en || ' is too long: at most ' || p_max || ' characters.',
                             p_label_lo || ' ຍາວເກີນໄປ: ບໍ່ໃຫ້ເກີນ ' || p_max || ' ຕົວອັກສອນ.');
    END IF;
    RETURN v;
END
$$;

-- Every migration ends with this: what it created belongs to saraban_owner, and none of our
-- functions is executable by PUBLIC (the default for new functions, and default privileges
-- cannot be revoked per schema); each migration then grants what it means, one function at a
-- time. The migrator's own table stays the superuser's. Functions are handed over when they
-- still belong to the migrating superuser, so each is handled once, in the migration that
-- created it.
CREATE FUNCTION saraban.hand_over_to_owner()
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'saraban' AND c.relkind IN ('r', 'p', 'v', 'm')
               AND pg_catalog.pg_get_userbyid(c.relowner) <> 'saraban_owner'
               AND c.relname <> 'schema_version' LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO saraban_owner', r.name);
    END LOOP;
    -- Not the functions of extensions (pg_trgm may live in this schema): they stay as the
    -- extension made them.
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'saraban'
               AND pg_catalog.pg_get_userbyid(p.proowner) <> 'saraban_owner'
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                                 AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO saraban_owner', r.name);
        EXECUTE format('REVOKE EXECUTE ON ROUTINE %s FROM PUBLIC', r.name);
    END LOOP;
END
$$;

SELECT saraban.hand_over_to_owner();
GRANT SELECT ON saraban.settings TO saraban_clerk, saraban_officer, saraban_head,
    saraban_archivist, saraban_admin;
