-- 0012 client: read-only questions the desktop client asks while a clerk fills in the
-- "register an incoming letter" dialog. Conventions (roles, errors, who is calling): see
-- 0002_security.sql.
--
-- Both change nothing and answer only a clerk of the register, the person who could register
-- the letter and would get the same answers from saraban.register_letter(); they reveal
-- nothing more than registering would.

-- The number the next letter of a register would get if registered now. A preview only: a
-- clerk registering at the same moment may take it first; saraban.register_letter() takes the
-- number for real, under the counter's lock (see NUMBERS in 0005_registers.sql).
CREATE FUNCTION saraban.register_next_number(p_register_id integer)
    RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_register saraban.registers := saraban.register_by_id(p_register_id);
    v_person   saraban.people := saraban.require_clerk_of(v_register);
    v_year     integer := extract(year FROM saraban.office_today())::integer;
    v_counter  smallint := CASE WHEN v_register.yearly_reset THEN v_year ELSE 0 END;
    v_seq      integer;
    v_abbr     text;
    v_parent   text;
BEGIN
    SELECT coalesce(max(c.last_seq), 0) + 1 INTO v_seq FROM saraban.number_counters c
    WHERE c.register_id = v_register.id AND c.year = v_counter;
    SELECT u.abbreviation, p.abbreviation INTO v_abbr, v_parent
    FROM saraban.units u LEFT JOIN saraban.units p ON p.id = u.parent_id
    WHERE u.id = v_register.unit_id;
    RETURN saraban.number_format(v_register.template, v_seq, v_year, v_abbr, v_parent);
END
$$;

-- Whether a file with this SHA-256 is already stored with a letter: the earliest such letter
-- when the caller may see it, or only "elsewhere" when not (as register_letter() answers after
-- the fact). The client computes the hash of the file it is about to send; the server
-- computes it again when the file arrives, so a wrong hash only spoils the warning.
CREATE FUNCTION saraban.file_registered_before(p_register_id integer, p_sha256 bytea,
                                               OUT letter_id bigint, OUT number_text text,
                                               OUT elsewhere boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_register saraban.registers := saraban.register_by_id(p_register_id);
    v_person   saraban.people := saraban.require_clerk_of(v_register);
    v_found    record;
BEGIN
    IF p_sha256 IS NULL OR length(p_sha256) <> 32 THEN
        PERFORM saraban.fail('SBVAL', 'file.sha256.invalid', 'sha256', 'sha256',
                             'A file''s SHA-256 has 32 bytes.',
                             'ລາຍເຊັນ SHA-256 ຂອງໄຟລ໌ ຕ້ອງມີ 32 ໄບຕ໌.');
    END IF;
    SELECT * INTO v_found FROM saraban.earlier_letter_with(p_sha256, 0, v_person);
    letter_id := v_found.letter_id;
    number_text := v_found.number_text;
    elsewhere := coalesce(v_found.elsewhere, false);
END
$$;

SELECT saraban.hand_over_to_owner();

GRANT EXECUTE ON FUNCTION saraban.register_next_number(integer),
    saraban.file_registered_before(integer, bytea)
    TO saraban_clerk;
