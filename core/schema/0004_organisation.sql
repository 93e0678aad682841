-- 0004 organisation: units, people, their memberships, outside organisations and contacts,
-- and the functions that say who the caller is and what they may do.
-- Conventions (roles, errors, who is calling): see 0002_security.sql.

-- Configurable levels (lao.md: offered defaults, the official words are not confirmed).
-- A level is a small number; a higher number is more urgent or more secret, so a person's
-- clearance compares with a letter's confidentiality directly.
CREATE TABLE saraban.confidentiality_levels (
    level   smallint PRIMARY KEY CHECK (level BETWEEN 0 AND 9),
    name_lo text NOT NULL,
    name_en text NOT NULL
);
INSERT INTO saraban.confidentiality_levels VALUES
    (0, 'ທຳມະດາ', 'Ordinary'),
    (1, 'ລັບ', 'Confidential'),
    (2, 'ລັບສຸດຍອດ', 'Top secret');

CREATE TABLE saraban.urgency_levels (
    level         smallint PRIMARY KEY CHECK (level BETWEEN 0 AND 9),
    name_lo       text    NOT NULL,
    name_en       text    NOT NULL,
    deadline_days integer CHECK (deadline_days > 0) -- for reminders (routing, issue 4)
);
INSERT INTO saraban.urgency_levels VALUES
    (0, 'ທຳມະດາ', 'Normal', 30),
    (1, 'ດ່ວນ', 'Urgent', 8),
    (2, 'ດ່ວນທີ່ສຸດ', 'Most urgent', 4);

-- The unit tree: ministry or province, department, division, section.
CREATE TABLE saraban.units (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text    NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
    parent_id    integer REFERENCES saraban.units,
    kind         text    NOT NULL CHECK (kind IN ('ministry', 'province', 'department',
                                                  'division', 'section', 'office')),
    name_lo      text    NOT NULL,
    name_en      text    NOT NULL DEFAULT '',
    -- what numbers carry: 'ປທສ' in '330/ປທສ'
    abbreviation text    NOT NULL,
    active       boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_id <> id)
);
CREATE INDEX units_parent ON saraban.units (parent_id);

-- A person is a PostgreSQL login role of the same name.
CREATE TABLE saraban.people (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login       text     NOT NULL UNIQUE,
    full_name   text     NOT NULL,
    title       text     NOT NULL DEFAULT '',
    clearance   smallint NOT NULL DEFAULT 0 REFERENCES saraban.confidentiality_levels,
    active      boolean  NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz
);

CREATE TABLE saraban.memberships (
    id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  integer NOT NULL REFERENCES saraban.people,
    unit_id    integer NOT NULL REFERENCES saraban.units,
    role       text    NOT NULL CHECK (role IN ('clerk', 'officer', 'head', 'archivist', 'admin')),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, unit_id, role)
);
CREATE INDEX memberships_unit ON saraban.memberships (unit_id);

-- Outside organisations that write to us or that we write to, and people there.
CREATE TABLE saraban.organisations (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_lo      text    NOT NULL,
    name_en      text    NOT NULL DEFAULT '',
    abbreviation text    NOT NULL DEFAULT '',
    active       boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE saraban.contacts (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id integer REFERENCES saraban.organisations,
    full_name       text    NOT NULL,
    title           text    NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------------------
-- Who is calling

CREATE FUNCTION saraban.caller_is_superuser()
    RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$ SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user),
                      false) $$;

-- The calling person, when active; NULL otherwise.
CREATE FUNCTION saraban.caller_person_id()
    RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$ SELECT id FROM saraban.people WHERE login = session_user AND active $$;

CREATE FUNCTION saraban.require_person()
    RETURNS saraban.people
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.people;
BEGIN
    SELECT * INTO v FROM saraban.people WHERE login = session_user AND active;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBPRM', 'auth.not_person', NULL, 'active_person',
                             'Only an active Saraban user may do this; ' || session_user ||
                             ' is not one.',
                             'ສະເພາະຜູ້ໃຊ້ Saraban ທີ່ຍັງເຄື່ອນໄຫວ ເທົ່ານັ້ນ ຈຶ່ງເຮັດສິ່ງນີ້ໄດ້; ' ||
                             session_user || ' ບໍ່ແມ່ນຜູ້ໃຊ້ດັ່ງກ່າວ.');
    END IF;
    RETURN v;
END
$$;

-- The unit and every unit above it.
CREATE FUNCTION saraban.unit_ancestors(p_unit_id integer)
    RETURNS integer[]
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT id, parent_id, 0 FROM saraban.units WHERE id = p_unit_id
        UNION ALL
        SELECT u.id, u.parent_id, up.depth + 1
        FROM saraban.units u JOIN up ON u.id = up.parent_id
        WHERE up.depth < 64
    )
    SELECT coalesce(array_agg(id), '{}') FROM up
$$;

-- The unit and every unit below it.
CREATE FUNCTION saraban.unit_subtree(p_unit_ids integer[])
    RETURNS integer[]
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    WITH RECURSIVE down(id, depth) AS (
        SELECT id, 0 FROM saraban.units WHERE id = ANY (p_unit_ids)
        UNION
        SELECT u.id, down.depth + 1
        FROM saraban.units u JOIN down ON u.parent_id = down.id
        WHERE down.depth < 64
    )
    SELECT coalesce(array_agg(DISTINCT id), '{}') FROM down
$$;

CREATE FUNCTION saraban.has_role_in(p_person_id integer, p_unit_id integer, p_role text)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT EXISTS (SELECT FROM saraban.memberships
                   WHERE person_id = p_person_id AND unit_id = p_unit_id AND role = p_role
                     AND active)
$$;

-- Administration reaches down the tree: an admin of a department administers its divisions.
CREATE FUNCTION saraban.is_admin_of(p_person_id integer, p_unit_id integer)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_unit_id IS NOT NULL AND EXISTS (
        SELECT FROM saraban.memberships
        WHERE person_id = p_person_id AND role = 'admin' AND active
          AND unit_id = ANY (saraban.unit_ancestors(p_unit_id)))
$$;

-- The cluster's superuser (the owner of a private server, or the DBA who sets up a shared
-- one) may administer everything: someone has to create the first admin. A NULL unit (a new
-- top-level unit) is for the superuser alone.
CREATE FUNCTION saraban.require_admin_of(p_unit_id integer)
    RETURNS integer -- the calling person, NULL for a superuser who is not a person
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person integer;
BEGIN
    IF saraban.caller_is_superuser() THEN
        RETURN saraban.caller_person_id();
    END IF;
    v_person := (saraban.require_person()).id;
    IF NOT saraban.is_admin_of(v_person, p_unit_id) THEN
        PERFORM saraban.fail('SBPRM', 'auth.not_admin', 'unit', 'admin_of_unit',
                             'You are not an administrator of this unit.',
                             'ທ່ານບໍ່ແມ່ນຜູ້ບໍລິຫານລະບົບ ຂອງໜ່ວຍງານນີ້.');
    END IF;
    RETURN v_person;
END
$$;

CREATE FUNCTION saraban.unit_by_code(p_code text, p_field text)
    RETURNS saraban.units
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.units;
BEGIN
    SELECT * INTO v FROM saraban.units WHERE code = p_code;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'unit.unknown', p_field, 'exists',
                             'There is no unit with the code "' || coalesce(p_code, '') || '".',
                             'ບໍ່ມີໜ່ວຍງານທີ່ມີລະຫັດ "' || coalesce(p_code, '') || '".');
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION saraban.check_role(p_role text)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('clerk', 'officer', 'head', 'archivist', 'admin') THEN
        PERFORM saraban.fail('SBVAL', 'membership.role.unknown', 'role', 'one_of',
                             'The role must be clerk, officer, head, archivist or admin.',
                             'ບົດບາດຕ້ອງແມ່ນ clerk (ພະນັກງານສາລະບັນ), officer (ພະນັກງານວິຊາການ), '
                             'head (ຫົວໜ້າ), archivist (ພະນັກງານເກັບມ້ຽນເອກະສານ) ຫຼື admin '
                             '(ຜູ້ບໍລິຫານລະບົບ).');
    END IF;
    RETURN p_role;
END
$$;

CREATE FUNCTION saraban.check_clearance(p_level smallint, p_field text)
    RETURNS smallint
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_level IS NULL OR NOT EXISTS (SELECT FROM saraban.confidentiality_levels
                                      WHERE level = p_level) THEN
        PERFORM saraban.fail('SBVAL', p_field || '.unknown', p_field, 'confidentiality_level',
                             'The confidentiality level ' || coalesce(p_level::text, '(none)') ||
                             ' does not exist.',
                             'ລະດັບຄວາມລັບ ' || coalesce(p_level::text, '(ບໍ່ມີ)') ||
                             ' ບໍ່ມີຢູ່ໃນລະບົບ.');
    END IF;
    RETURN p_level;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Units

-- Adds a unit, or updates the one with this code (so an org chart can be imported again).
CREATE FUNCTION saraban.unit_save(p_code text, p_parent_code text, p_kind text, p_name_lo text,
                                  p_name_en text, p_abbreviation text,
                                  OUT unit_id integer, OUT created boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_parent   saraban.units;
    v_existing saraban.units;
    v_code     text := btrim(p_code);
    v_name_lo  text;
    v_name_en  text;
    v_abbr     text;
BEGIN
    IF v_code IS NULL OR v_code !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' THEN
        PERFORM saraban.fail('SBVAL', 'unit.code.invalid', 'code', 'pattern',
                             'The unit code must be 1 to 32 Latin letters, digits, ".", "_" or '
                             '"-", starting with a letter or digit.',
                             'ລະຫັດໜ່ວຍງານ ຕ້ອງມີ 1 ຫາ 32 ຕົວ ເປັນຕົວອັກສອນລາຕິນ, ຕົວເລກ, ".", "_" '
                             'ຫຼື "-" ແລະ ຂຶ້ນຕົ້ນດ້ວຍຕົວອັກສອນ ຫຼື ຕົວເລກ.');
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('ministry', 'province', 'department', 'division',
                                        'section', 'office') THEN
        PERFORM saraban.fail('SBVAL', 'unit.kind.unknown', 'kind', 'one_of',
                             'The unit kind must be ministry, province, department, division, '
                             'section or office.',
                             'ປະເພດໜ່ວຍງານ ຕ້ອງແມ່ນ ministry (ກະຊວງ), province (ແຂວງ), department '
                             '(ພະແນກ/ກົມ), division (ຂະແໜງ), section (ໜ່ວຍງານ) ຫຼື office (ຫ້ອງການ).');
    END IF;
    v_name_lo := saraban.check_text(p_name_lo, 'unit.name_lo', 'name_lo', 'The Lao name',
                                    'ຊື່ພາສາລາວ', 200, true);
    v_name_en := coalesce(saraban.check_text(p_name_en, 'unit.name_en', 'name_en',
                                             'The English name', 'ຊື່ພາສາອັງກິດ', 200, false), '');
    v_abbr := saraban.check_text(p_abbreviation, 'unit.abbreviation', 'abbreviation',
                                 'The abbreviation', 'ຕົວຫຍໍ້', 32, true);
    IF v_abbr ~ '[{}]' THEN
        PERFORM saraban.fail('SBVAL', 'unit.abbreviation.invalid', 'abbreviation',
                             'no_braces', 'The abbreviation must not contain { or }.',
                             'ຕົວຫຍໍ້ ຕ້ອງບໍ່ມີ { ຫຼື }.');
    END IF;
    IF nullif(btrim(p_parent_code), '') IS NOT NULL THEN
        v_parent := saraban.unit_by_code(btrim(p_parent_code), 'parent');
    END IF;

    SELECT * INTO v_existing FROM saraban.units WHERE code = v_code FOR UPDATE;
    created := NOT FOUND;
    IF created THEN
        -- A new top-level unit is for the superuser; below that, the parent's admins.
        PERFORM saraban.require_admin_of(v_parent.id);
        INSERT INTO saraban.units (code, parent_id, kind, name_lo, name_en, abbreviation)
        VALUES (v_code, v_parent.id, p_kind, v_name_lo, v_name_en, v_abbr)
        RETURNING id INTO unit_id;
    ELSE
        PERFORM saraban.require_admin_of(v_existing.id);
        IF v_parent.id IS DISTINCT FROM v_existing.parent_id THEN
            PERFORM saraban.require_admin_of(v_parent.id);
            IF v_parent.id IS NOT NULL THEN
                IF v_existing.id = ANY (saraban.unit_ancestors(v_parent.id)) THEN
                    PERFORM saraban.fail('SBVAL', 'unit.parent.cycle', 'parent', 'no_cycle',
                                         'A unit cannot be placed below itself.',
                                         'ບໍ່ສາມາດວາງໜ່ວຍງານ ໄວ້ກ້ອງຕົວມັນເອງໄດ້.');
                END IF;
            END IF;
        END IF;
        UPDATE saraban.units
        SET parent_id = v_parent.id, kind = p_kind, name_lo = v_name_lo, name_en = v_name_en,
            abbreviation = v_abbr
        WHERE id = v_existing.id;
        unit_id := v_existing.id;
    END IF;
    PERFORM saraban.audit(CASE WHEN created THEN 'unit.add' ELSE 'unit.update' END, 'unit',
                          unit_id::text,
                          jsonb_build_object('code', v_code, 'parent', v_parent.code,
                                             'kind', p_kind, 'name_lo', v_name_lo,
                                             'name_en', v_name_en, 'abbreviation', v_abbr));
END
$$;

-- ---------------------------------------------------------------------------------------
-- People

CREATE FUNCTION saraban.check_login(p_login text)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{2,62}$' OR p_login ~ '^(pg_|saraban)' THEN
        PERFORM saraban.fail('SBVAL', 'person.login.invalid', 'login', 'pattern',
                             'The login name must be 3 to 63 lower-case Latin letters, digits or '
                             '"_", start with a letter, and not start with "pg_" or "saraban".',
                             'ຊື່ເຂົ້າລະບົບ ຕ້ອງມີ 3 ຫາ 63 ຕົວ ເປັນຕົວອັກສອນລາຕິນໂຕນ້ອຍ, ຕົວເລກ ຫຼື '
                             '"_", ຂຶ້ນຕົ້ນດ້ວຍຕົວອັກສອນ, ແລະ ບໍ່ຂຶ້ນຕົ້ນດ້ວຍ "pg_" ຫຼື "saraban".');
    END IF;
    RETURN p_login;
END
$$;

CREATE FUNCTION saraban.person_by_login(p_login text)
    RETURNS saraban.people
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.people;
BEGIN
    SELECT * INTO v FROM saraban.people WHERE login = p_login;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'person.unknown', 'login', 'exists',
                             'There is no user "' || coalesce(p_login, '') || '".',
                             'ບໍ່ມີຜູ້ໃຊ້ "' || coalesce(p_login, '') || '".');
    END IF;
    RETURN v;
END
$$;

-- Adds the membership and makes the login a member of the role's group.
CREATE FUNCTION saraban.grant_membership(p_person saraban.people, p_unit_id integer, p_role text)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    INSERT INTO saraban.memberships (person_id, unit_id, role)
    VALUES (p_person.id, p_unit_id, p_role)
    ON CONFLICT (person_id, unit_id, role) DO UPDATE SET active = true
        WHERE NOT saraban.memberships.active
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        PERFORM saraban.fail('SBCON', 'membership.exists', 'role', 'unique',
                             p_person.login || ' already has this role in this unit.',
                             p_person.login || ' ມີບົດບາດນີ້ ໃນໜ່ວຍງານນີ້ແລ້ວ.');
    END IF;
    EXECUTE format('GRANT %I TO %I', 'saraban_' || p_role, p_person.login);
    RETURN v_id;
END
$$;

-- Creates a person: a login role with the given SCRAM verifier (computed by the client, so
-- the password itself never reaches the server or its logs), the person, and a first
-- membership.
CREATE FUNCTION saraban.person_add(p_login text, p_full_name text, p_title text,
                                   p_clearance smallint, p_unit_code text, p_role text,
                                   p_password_verifier text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_unit      saraban.units;
    v_admin     integer;
    v_person    saraban.people;
    v_name      text;
    v_title     text;
BEGIN
    PERFORM saraban.check_login(p_login);
    v_name := saraban.check_text(p_full_name, 'person.full_name', 'full_name', 'The name',
                                 'ຊື່ ແລະ ນາມສະກຸນ', 200, true);
    v_title := coalesce(saraban.check_text(p_title, 'person.title', 'title', 'The title',
                                           'ຕຳແໜ່ງ', 200, false), '');
    PERFORM saraban.check_clearance(p_clearance, 'person.clearance');
    PERFORM saraban.check_role(p_role);
    v_unit := saraban.unit_by_code(p_unit_code, 'unit');
    v_admin := saraban.require_admin_of(v_unit.id);
    -- Nobody hands out more clearance than they hold.
    IF v_admin IS NOT NULL
       AND p_clearance > (SELECT clearance FROM saraban.people WHERE id = v_admin) THEN
        PERFORM saraban.fail('SBPRM', 'person.clearance.above_own', 'clearance',
                             'at_most_own_clearance',
                             'You cannot give a clearance higher than your own.',
                             'ທ່ານບໍ່ສາມາດໃຫ້ລະດັບສິດເຂົ້າເຖິງເອກະສານລັບ ສູງກວ່າຂອງທ່ານເອງ.');
    END IF;
    IF p_password_verifier IS NULL OR p_password_verifier !~
       '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        PERFORM saraban.fail('SBVAL', 'person.password.not_verifier', 'password', 'scram',
                             'The password must arrive as a SCRAM-SHA-256 verifier, never as '
                             'plain text.',
                             'ລະຫັດຜ່ານ ຕ້ອງສົ່ງມາເປັນ SCRAM-SHA-256 verifier, ບໍ່ແມ່ນຂໍ້ຄວາມທຳມະດາ.');
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        PERFORM saraban.fail('SBCON', 'person.login.exists', 'login', 'unique',
                             'The login name "' || p_login || '" is already taken on this server.',
                             'ຊື່ເຂົ້າລະບົບ "' || p_login || '" ມີຜູ້ໃຊ້ແລ້ວ ໃນເຊີບເວີນີ້.');
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password_verifier);
    INSERT INTO saraban.people (login, full_name, title, clearance)
    VALUES (p_login, v_name, v_title, p_clearance)
    RETURNING * INTO v_person;
    PERFORM saraban.grant_membership(v_person, v_unit.id, p_role);
    PERFORM saraban.audit('person.add', 'person', v_person.id::text,
                          jsonb_build_object('login', p_login, 'full_name', v_name,
                                             'title', v_title, 'clearance', p_clearance,
                                             'unit', v_unit.code, 'role', p_role));
    RETURN v_person.id;
END
$$;

CREATE FUNCTION saraban.membership_add(p_login text, p_unit_code text, p_role text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_unit   saraban.units;
    v_person saraban.people;
    v_id     integer;
BEGIN
    PERFORM saraban.check_role(p_role);
    v_unit := saraban.unit_by_code(p_unit_code, 'unit');
    PERFORM saraban.require_admin_of(v_unit.id);
    v_person := saraban.person_by_login(p_login);
    IF NOT v_person.active THEN
        PERFORM saraban.fail('SBCON', 'person.disabled', 'login', 'active',
                             'The user "' || p_login || '" is disabled.',
                             'ຜູ້ໃຊ້ "' || p_login || '" ຖືກປິດການນຳໃຊ້ແລ້ວ.');
    END IF;
    v_id := saraban.grant_membership(v_person, v_unit.id, p_role);
    PERFORM saraban.audit('membership.add', 'person', v_person.id::text,
                          jsonb_build_object('login', p_login, 'unit', v_unit.code,
                                             'role', p_role));
    RETURN v_id;
END
$$;

-- Disables a person: the login role can no longer sign in, and every function refuses them.
-- Their memberships and everything they did stay on record.
CREATE FUNCTION saraban.person_disable(p_login text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people;
    v_caller integer;
BEGIN
    v_person := saraban.person_by_login(p_login);
    IF NOT saraban.caller_is_superuser() THEN
        -- The admin of any unit the person belongs to may disable them.
        v_caller := (saraban.require_person()).id;
        IF NOT EXISTS (SELECT FROM saraban.memberships m
                       WHERE m.person_id = v_person.id
                         AND saraban.is_admin_of(v_caller, m.unit_id)) THEN
            PERFORM saraban.fail('SBPRM', 'auth.not_admin', 'login', 'admin_of_unit',
                                 'You are not an administrator of any unit of this user.',
                                 'ທ່ານບໍ່ແມ່ນຜູ້ບໍລິຫານລະບົບ ຂອງໜ່ວຍງານໃດ ຂອງຜູ້ໃຊ້ນີ້.');
        END IF;
    END IF;
    IF p_login = session_user THEN
        PERFORM saraban.fail('SBVAL', 'person.disable.self', 'login', 'not_self',
                             'You cannot disable your own account.',
                             'ທ່ານບໍ່ສາມາດປິດບັນຊີຂອງທ່ານເອງໄດ້.');
    END IF;
    IF NOT v_person.active THEN
        PERFORM saraban.fail('SBCON', 'person.disabled', 'login', 'active',
                             'The user "' || p_login || '" is already disabled.',
                             'ຜູ້ໃຊ້ "' || p_login || '" ຖືກປິດການນຳໃຊ້ແລ້ວ.');
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE saraban.people SET active = false, disabled_at = now() WHERE id = v_person.id;
    PERFORM saraban.audit('person.disable', 'person', v_person.id::text,
                          jsonb_build_object('login', p_login));
END
$$;

-- ---------------------------------------------------------------------------------------
-- Outside organisations and contacts: clerks add them as letters arrive.

CREATE FUNCTION saraban.require_clerk_or_admin()
    RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person integer;
BEGIN
    IF saraban.caller_is_superuser() THEN
        RETURN saraban.caller_person_id();
    END IF;
    v_person := (saraban.require_person()).id;
    IF NOT EXISTS (SELECT FROM saraban.memberships
                   WHERE person_id = v_person AND active AND role IN ('clerk', 'admin')) THEN
        PERFORM saraban.fail('SBPRM', 'auth.not_clerk', NULL, 'clerk_or_admin',
                             'Only a clerk or an administrator may do this.',
                             'ສະເພາະພະນັກງານສາລະບັນ ຫຼື ຜູ້ບໍລິຫານລະບົບ ເທົ່ານັ້ນ ຈຶ່ງເຮັດສິ່ງນີ້ໄດ້.');
    END IF;
    RETURN v_person;
END
$$;

CREATE FUNCTION saraban.organisation_add(p_name_lo text, p_name_en text, p_abbreviation text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_id integer;
    v_name_lo text;
    v_name_en text;
    v_abbr text;
BEGIN
    PERFORM saraban.require_clerk_or_admin();
    v_name_lo := saraban.check_text(p_name_lo, 'organisation.name_lo', 'name_lo',
                                    'The Lao name', 'ຊື່ພາສາລາວ', 300, true);
    v_name_en := coalesce(saraban.check_text(p_name_en, 'organisation.name_en', 'name_en',
                                             'The English name', 'ຊື່ພາສາອັງກິດ', 300, false), '');
    v_abbr := coalesce(saraban.check_text(p_abbreviation, 'organisation.abbreviation',
                                          'abbreviation', 'The abbreviation', 'ຕົວຫຍໍ້', 32,
                                          false), '');
    INSERT INTO saraban.organisations (name_lo, name_en, abbreviation)
    VALUES (v_name_lo, v_name_en, v_abbr)
    RETURNING id INTO v_id;
    PERFORM saraban.audit('organisation.add', 'organisation', v_id::text,
                          jsonb_build_object('name_lo', v_name_lo, 'name_en', v_name_en,
                                             'abbreviation', v_abbr));
    RETURN v_id;
END
$$;

CREATE FUNCTION saraban.contact_add(p_organisation_id integer, p_full_name text, p_title text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_id integer;
    v_name text;
    v_title text;
BEGIN
    PERFORM saraban.require_clerk_or_admin();
    IF p_organisation_id IS NOT NULL
       AND NOT EXISTS (SELECT FROM saraban.organisations WHERE id = p_organisation_id) THEN
        PERFORM saraban.fail('SBNFD', 'organisation.unknown', 'organisation', 'exists',
                             'There is no such organisation.', 'ບໍ່ມີອົງການນີ້.');
    END IF;
    v_name := saraban.check_text(p_full_name, 'contact.full_name', 'full_name', 'The name',
                                 'ຊື່ ແລະ ນາມສະກຸນ', 200, true);
    v_title := coalesce(saraban.check_text(p_title, 'contact.title', 'title', 'The title',
                                           'ຕຳແໜ່ງ', 200, false), '');
    INSERT INTO saraban.contacts (organisation_id, full_name, title)
    VALUES (p_organisation_id, v_name, v_title)
    RETURNING id INTO v_id;
    PERFORM saraban.audit('contact.add', 'contact', v_id::text,
                          jsonb_build_object('organisation', p_organisation_id,
                                             'full_name', v_name, 'title', v_title));
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Ownership and grants

SELECT saraban.hand_over_to_owner();

GRANT SELECT ON saraban.confidentiality_levels, saraban.urgency_levels, saraban.units,
    saraban.people, saraban.memberships, saraban.organisations, saraban.contacts
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;

GRANT EXECUTE ON FUNCTION saraban.unit_save(text, text, text, text, text, text),
    saraban.person_add(text, text, text, smallint, text, text, text),
    saraban.membership_add(text, text, text),
    saraban.person_disable(text)
    TO saraban_admin;
GRANT EXECUTE ON FUNCTION saraban.organisation_add(text, text, text),
    saraban.contact_add(integer, text, text)
    TO saraban_clerk, saraban_admin;
GRANT EXECUTE ON FUNCTION saraban.caller_person_id(), saraban.caller_is_superuser()
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
