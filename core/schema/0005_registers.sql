-- 0005 registers: registers per unit and direction, their number templates, and gapless
-- numbers.
-- Conventions (roles, errors, who is calling): see 0002_security.sql.
--
-- NUMBERS
--   A register's numbers come from one counter row per register and year (year 0 when the
--   register never resets). Taking a number updates that row, so the row stays locked until
--   the registering transaction ends: a second clerk waits, then gets the next number. If the
--   transaction fails, the increment rolls back with it. So numbers are never duplicated and
--   never skipped; a unique index on letters backs this up.
--   A number can be reserved ahead (saraban.number_reserve): it is taken from the counter at
--   once and recorded in number_reservations, then either used by a letter or released. A
--   released number is not reused; the record says why it has no letter.
--
-- TEMPLATES
--   '{seq}/{abbr}' by default (330/ປທສ). Parts: {seq} the number (exactly once), {abbr} the
--   register's unit's abbreviation, {parent} the abbreviation of the unit above it (for
--   sub-unit numbers such as 209/ຈມ.ມງ), {year} the four-digit year, {yy} its last two digits.

CREATE TABLE saraban.registers (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id      integer NOT NULL REFERENCES saraban.units,
    code         text    NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
    direction    text    NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'internal')),
    name_lo      text    NOT NULL,
    name_en      text    NOT NULL DEFAULT '',
    template     text    NOT NULL DEFAULT '{seq}/{abbr}',
    yearly_reset boolean NOT NULL DEFAULT true,
    active       boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (unit_id, code)
);

CREATE TABLE saraban.number_counters (
    register_id integer  NOT NULL REFERENCES saraban.registers,
    year        smallint NOT NULL CHECK (year >= 0), -- 0: the register never resets
    last_seq    integer  NOT NULL CHECK (last_seq > 0),
    PRIMARY KEY (register_id, year)
);

CREATE TABLE saraban.number_reservations (
    id          bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    register_id integer  NOT NULL REFERENCES saraban.registers,
    year        smallint NOT NULL,
    seq         integer  NOT NULL,
    number_text text     NOT NULL,
    state       text     NOT NULL DEFAULT 'reserved' CHECK (state IN ('reserved', 'used', 'released')),
    note        text     NOT NULL DEFAULT '',
    reserved_by integer  NOT NULL REFERENCES saraban.people,
    reserved_at timestamptz NOT NULL DEFAULT now(),
    letter_id   bigint, -- set when used (foreign key added with the letters)
    closed_by   integer REFERENCES saraban.people,
    closed_at   timestamptz,
    UNIQUE (register_id, year, seq)
);

-- A register's number for seq in year.
CREATE FUNCTION saraban.number_format(p_template text, p_seq integer, p_year integer,
                                      p_abbr text, p_parent_abbr text)
    RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT replace(replace(replace(replace(replace(p_template,
               '{seq}', p_seq::text),
               '{abbr}', coalesce(p_abbr, '')),
               '{parent}', coalesce(p_parent_abbr, '')),
               '{year}', lpad(p_year::text, 4, '0')),
               '{yy}', lpad((p_year % 100)::text, 2, '0'))
$$;

CREATE FUNCTION saraban.check_template(p_template text)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v text := saraban.check_text(coalesce(p_template, '{seq}/{abbr}'), 'register.template',
                                 'template', 'The number template', 'ແບບຟອມເລກທີ', 64, true);
BEGIN
    IF (char_length(v) - char_length(replace(v, '{seq}', ''))) / 5 <> 1
       OR regexp_replace(v, '\{(seq|abbr|parent|year|yy)\}', '', 'g') ~ '[{}]' THEN
        PERFORM saraban.fail('SBVAL', 'register.template.invalid', 'template', 'placeholders',
                             'The number template must contain {seq} exactly once and no '
                             'placeholders other than {abbr}, {parent}, {year} and {yy}.',
                             'ແບບຟອມເລກທີ ຕ້ອງມີ {seq} ພຽງເທື່ອດຽວ ແລະ ບໍ່ມີຕົວແທນອື່ນ ນອກຈາກ '
                             '{abbr}, {parent}, {year} ແລະ {yy}.');
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION saraban.register_add(p_unit_code text, p_code text, p_direction text,
                                     p_name_lo text, p_name_en text, p_template text,
                                     p_yearly_reset boolean)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_unit     saraban.units;
    v_id       integer;
    v_code     text := btrim(p_code);
    v_name_lo  text;
    v_name_en  text;
    v_template text;
BEGIN
    v_unit := saraban.unit_by_code(p_unit_code, 'unit');
    PERFORM saraban.require_admin_of(v_unit.id);
    IF v_code IS NULL OR v_code !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' THEN
        PERFORM saraban.fail('SBVAL', 'register.code.invalid', 'code', 'pattern',
                             'The register code must be 1 to 32 Latin letters, digits, ".", "_" '
                             'or "-", starting with a letter or digit.',
                             'ລະຫັດປຶ້ມທະບຽນ ຕ້ອງມີ 1 ຫາ 32 ຕົວ ເປັນຕົວອັກສອນລາຕິນ, ຕົວເລກ, ".", "_" '
                             'ຫຼື "-" ແລະ ຂຶ້ນຕົ້ນດ້ວຍຕົວອັກສອນ ຫຼື ຕົວເລກ.');
    END IF;
    IF p_direction IS NULL OR p_direction NOT IN ('incoming', 'outgoing', 'internal') THEN
        PERFORM saraban.fail('SBVAL', 'register.direction.unknown', 'direction', 'one_of',
                             'The direction must be incoming, outgoing or internal.',
                             'ທິດທາງ ຕ້ອງແມ່ນ incoming (ຂາເຂົ້າ), outgoing (ຂາອອກ) ຫຼື internal '
                             '(ພາຍໃນ).');
    END IF;
    v_name_lo := saraban.check_text(p_name_lo, 'register.name_lo', 'name_lo', 'The Lao name',
                                    'ຊື່ພາສາລາວ', 200, true);
    v_name_en := coalesce(saraban.check_text(p_name_en, 'register.name_en', 'name_en',
                                             'The English name', 'ຊື່ພາສາອັງກິດ', 200, false), '');
    v_template := saraban.check_template(p_template);
    IF EXISTS (SELECT FROM saraban.registers WHERE unit_id = v_unit.id AND code = v_code) THEN
        PERFORM saraban.fail('SBCON', 'register.code.exists', 'code', 'unique',
                             'This unit already has a register with the code "' || v_code || '".',
                             'ໜ່ວຍງານນີ້ ມີປຶ້ມທະບຽນລະຫັດ "' || v_code || '" ແລ້ວ.');
    END IF;
    INSERT INTO saraban.registers (unit_id, code, direction, name_lo, name_en, template,
                                   yearly_reset)
    VALUES (v_unit.id, v_code, p_direction, v_name_lo, v_name_en, v_template,
            coalesce(p_yearly_reset, true))
    RETURNING id INTO v_id;
    PERFORM saraban.audit('register.add', 'register', v_id::text,
                          jsonb_build_object('unit', v_unit.code, 'code', v_code,
                                             'direction', p_direction, 'name_lo', v_name_lo,
                                             'name_en', v_name_en, 'template', v_template,
                                             'yearly_reset', coalesce(p_yearly_reset, true)));
    RETURN v_id;
END
$$;

CREATE FUNCTION saraban.register_by_id(p_register_id integer)
    RETURNS saraban.registers
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.registers;
BEGIN
    SELECT * INTO v FROM saraban.registers WHERE id = p_register_id AND active;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'register.unknown', 'register', 'exists',
                             'There is no register ' || coalesce(p_register_id::text, '(none)') ||
                             '.',
                             'ບໍ່ມີປຶ້ມທະບຽນ ' || coalesce(p_register_id::text, '(ບໍ່ມີ)') || '.');
    END IF;
    RETURN v;
END
$$;

-- The caller as a clerk of the register's unit, or an error.
CREATE FUNCTION saraban.require_clerk_of(p_register saraban.registers)
    RETURNS saraban.people
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
BEGIN
    IF NOT saraban.has_role_in(v_person.id, p_register.unit_id, 'clerk') THEN
        PERFORM saraban.fail('SBPRM', 'auth.not_clerk_of_register', 'register', 'clerk_of_unit',
                             'You are not a clerk of the unit that keeps this register.',
                             'ທ່ານບໍ່ແມ່ນພະນັກງານສາລະບັນ ຂອງໜ່ວຍງານທີ່ຮັກສາປຶ້ມທະບຽນນີ້.');
    END IF;
    RETURN v_person;
END
$$;

-- Takes the register's next number. The counter row stays locked until the caller's
-- transaction ends (see NUMBERS above).
CREATE FUNCTION saraban.take_number(p_register saraban.registers,
                                    OUT year smallint, OUT seq integer, OUT number_text text)
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_year    integer := extract(year FROM saraban.office_today())::integer;
    v_counter smallint := CASE WHEN p_register.yearly_reset THEN v_year ELSE 0 END;
    v_seq     integer;
    v_abbr    text;
    v_parent  text;
BEGIN
    INSERT INTO saraban.number_counters AS c (register_id, year, last_seq)
    VALUES (p_register.id, v_counter, 1)
    ON CONFLICT (register_id, year) DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING c.last_seq INTO v_seq;
    SELECT u.abbreviation, p.abbreviation INTO v_abbr, v_parent
    FROM saraban.units u LEFT JOIN saraban.units p ON p.id = u.parent_id
    WHERE u.id = p_register.unit_id;
    year := v_counter;
    seq := v_seq;
    number_text := saraban.number_format(p_register.template, v_seq, v_year, v_abbr, v_parent);
END
$$;

CREATE FUNCTION saraban.number_reserve(p_register_id integer, p_note text,
                                       OUT reservation_id bigint, OUT number_text text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_register saraban.registers := saraban.register_by_id(p_register_id);
    v_person   saraban.people := saraban.require_clerk_of(v_register);
    v_note     text := coalesce(saraban.check_text(p_note, 'number.note', 'note', 'The note',
                                                   'ໝາຍເຫດ', 500, false), '');
    v_number   record;
BEGIN
    v_number := saraban.take_number(v_register);
    INSERT INTO saraban.number_reservations (register_id, year, seq, number_text, note,
                                             reserved_by)
    VALUES (v_register.id, v_number.year, v_number.seq, v_number.number_text, v_note,
            v_person.id)
    RETURNING id INTO reservation_id;
    number_text := v_number.number_text;
    PERFORM saraban.audit('number.reserve', 'reservation', reservation_id::text,
                          jsonb_build_object('register', v_register.id, 'year', v_number.year,
                                             'seq', v_number.seq, 'number', number_text,
                                             'note', v_note));
END
$$;

-- The reservation to use or release, locked; refuses one that is no longer reserved.
CREATE FUNCTION saraban.open_reservation(p_reservation_id bigint, p_register_id integer)
    RETURNS saraban.number_reservations
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.number_reservations;
BEGIN
    SELECT * INTO v FROM saraban.number_reservations
    WHERE id = p_reservation_id AND (p_register_id IS NULL OR register_id = p_register_id)
    FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'number.reservation.unknown', 'reservation', 'exists',
                             'There is no such reserved number in this register.',
                             'ບໍ່ມີເລກທີທີ່ຈອງໄວ້ນີ້ ໃນປຶ້ມທະບຽນນີ້.');
    ELSIF v.state = 'used' THEN
        PERFORM saraban.fail('SBCON', 'number.already_used', 'reservation', 'unused',
                             'The number ' || v.number_text || ' is already used by a letter.',
                             'ເລກທີ ' || v.number_text || ' ຖືກໃຊ້ກັບໜັງສືສະບັບອື່ນແລ້ວ.');
    ELSIF v.state = 'released' THEN
        PERFORM saraban.fail('SBCON', 'number.released', 'reservation', 'unused',
                             'The number ' || v.number_text || ' was released and cannot be used.',
                             'ເລກທີ ' || v.number_text || ' ຖືກປ່ອຍຄືນແລ້ວ ບໍ່ສາມາດນຳໃຊ້ໄດ້.');
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION saraban.number_release(p_reservation_id bigint, p_reason text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_reservation saraban.number_reservations;
    v_person      saraban.people;
    v_reason      text;
BEGIN
    SELECT * INTO v_reservation FROM saraban.number_reservations WHERE id = p_reservation_id;
    IF FOUND THEN
        v_person := saraban.require_clerk_of(saraban.register_by_id(v_reservation.register_id));
    END IF;
    v_reservation := saraban.open_reservation(p_reservation_id, NULL);
    v_reason := saraban.check_text(p_reason, 'number.reason', 'reason', 'The reason',
                                   'ເຫດຜົນ', 500, true);
    UPDATE saraban.number_reservations
    SET state = 'released', closed_by = v_person.id, closed_at = now(),
        note = CASE WHEN note = '' THEN v_reason ELSE note || ' / ' || v_reason END
    WHERE id = v_reservation.id;
    PERFORM saraban.audit('number.release', 'reservation', v_reservation.id::text,
                          jsonb_build_object('register', v_reservation.register_id,
                                             'number', v_reservation.number_text,
                                             'reason', v_reason));
END
$$;

SELECT saraban.hand_over_to_owner();

GRANT EXECUTE ON FUNCTION saraban.register_add(text, text, text, text, text, text, boolean)
    TO saraban_admin;
GRANT EXECUTE ON FUNCTION saraban.number_reserve(integer, text),
    saraban.number_release(bigint, text)
    TO saraban_clerk;
-- Registers are read through row-level security (policies come with the letters).
GRANT SELECT ON saraban.registers TO saraban_clerk, saraban_officer, saraban_head,
    saraban_archivist, saraban_admin;
GRANT SELECT ON saraban.number_reservations TO saraban_clerk, saraban_head,
    saraban_archivist, saraban_admin;
