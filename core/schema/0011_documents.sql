-- 0011 documents: the letter templates a unit composes its outgoing letters from, and the
-- versions of an incoming letter's file (received stamp, endorsement). Conventions (roles,
-- errors, who is calling): see 0002_security.sql. Builds on 0004 (units, admins), 0006
-- (letters, files), 0008 (head_capacity, notifications) and 0009 (routings).
--
-- TEMPLATES (saraban.letter_templates) hold what an administrator of the unit may change in
-- the official layout (../shared/design/lao.md): the two state lines (sources spell the last
-- word two ways), the issuing body's lines, the place of the place-and-date line and where the
-- signature goes on the last page (fractions of the page from the top left). A unit without a
-- template of that name uses the nearest unit above it that has one (letter_template_for).
-- Templates are not confidential: every person may read them.
--
-- VERSIONS of an incoming letter's file. Version 1 is the letter's main file (letter_files,
-- 0006); letter_add_version() adds 2, 3... of kind 'stamp' (the clerk's received stamp) or
-- 'endorsement' (the head's instruction). Earlier versions are never changed or removed. A new
-- version must be an incremental update of the latest one: its bytes begin with the latest
-- version's bytes, exactly. That is what keeps a signature that arrived on the letter valid
-- for its revision, and the server refuses anything else (SBVAL
-- letter_version.not_incremental), whatever the client did.

CREATE TABLE saraban.letter_templates (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id         integer NOT NULL REFERENCES saraban.units,
    name            text    NOT NULL,
    state_line1     text    NOT NULL,
    state_line2     text    NOT NULL,
    issuer_lines    text[]  NOT NULL,
    place           text    NOT NULL,
    -- x, y, width, height as fractions of the page
    signature_rect  real[]  NOT NULL CHECK (cardinality(signature_rect) = 4),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      integer REFERENCES saraban.people,
    UNIQUE (unit_id, name)
);

CREATE TABLE saraban.letter_file_versions (
    letter_id   bigint   NOT NULL REFERENCES saraban.letters,
    version     smallint NOT NULL CHECK (version >= 2),
    kind        text     NOT NULL CHECK (kind IN ('stamp', 'endorsement')),
    sha256      bytea    NOT NULL REFERENCES saraban.files,
    base_sha256 bytea    NOT NULL REFERENCES saraban.files, -- the version it updates
    note        text     NOT NULL DEFAULT '',
    added_at    timestamptz NOT NULL DEFAULT now(),
    added_by    integer  NOT NULL REFERENCES saraban.people,
    PRIMARY KEY (letter_id, version)
);

ALTER TABLE saraban.letter_file_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY versions_of_visible_letters ON saraban.letter_file_versions FOR SELECT
    USING (EXISTS (SELECT FROM saraban.letters l WHERE l.id = letter_id));

-- ---------------------------------------------------------------------------------------
-- Templates

CREATE FUNCTION saraban.letter_template_save(p_unit_id integer, p_name text,
                                             p_state_line1 text, p_state_line2 text,
                                             p_issuer_lines text[], p_place text,
                                             p_signature_rect real[])
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person integer;
    v_name   text;
    v_line1  text;
    v_line2  text;
    v_place  text;
    v_lines  text[] := '{}';
    v_line   text;
    v_id     integer;
BEGIN
    IF NOT EXISTS (SELECT FROM saraban.units WHERE id = p_unit_id) THEN
        PERFORM saraban.fail('SBNFD', 'unit.unknown', 'unit', 'exists',
                             'There is no such unit.', 'ບໍ່ມີໜ່ວຍງານນີ້.');
    END IF;
    v_person := saraban.require_admin_of(p_unit_id);
    v_name := saraban.check_text(p_name, 'template.name', 'name', 'The template name',
                                 'ຊື່ແບບຟອມ', 100, true);
    v_line1 := saraban.check_text(p_state_line1, 'template.state_line1', 'state_line1',
                                  'The first state line', 'ແຖວທີໜຶ່ງ ຂອງຫົວເອກະສານ', 200, true);
    v_line2 := saraban.check_text(p_state_line2, 'template.state_line2', 'state_line2',
                                  'The second state line', 'ແຖວທີສອງ ຂອງຫົວເອກະສານ', 200, true);
    v_place := saraban.check_text(p_place, 'template.place', 'place', 'The place',
                                  'ສະຖານທີ່', 100, true);
    IF p_issuer_lines IS NULL OR cardinality(p_issuer_lines) NOT BETWEEN 1 AND 4 THEN
        PERFORM saraban.fail('SBVAL', 'template.issuer.count', 'issuer_lines', 'one_to_four',
                             'The issuing body takes one to four lines.',
                             'ຊື່ພາກສ່ວນທີ່ອອກເອກະສານ ຕ້ອງມີ 1 ຫາ 4 ແຖວ.');
    END IF;
    FOREACH v_line IN ARRAY p_issuer_lines LOOP
        v_lines := v_lines || saraban.check_text(v_line, 'template.issuer', 'issuer_lines',
                                                 'A line of the issuing body',
                                                 'ແຖວຂອງຊື່ພາກສ່ວນທີ່ອອກເອກະສານ', 200, true);
    END LOOP;
    IF p_signature_rect IS NULL OR cardinality(p_signature_rect) <> 4
       OR array_position(p_signature_rect, NULL) IS NOT NULL
       OR p_signature_rect[1] < 0 OR p_signature_rect[2] < 0
       OR p_signature_rect[3] < 0.05 OR p_signature_rect[4] < 0.03
       OR p_signature_rect[1] + p_signature_rect[3] > 1
       OR p_signature_rect[2] + p_signature_rect[4] > 1 THEN
        PERFORM saraban.fail('SBVAL', 'template.signature_rect.outside', 'signature_rect',
                             'inside_page',
                             'The signature place must be inside the page and at least 5% wide '
                             'and 3% high (x, y, width, height as fractions of the page).',
                             'ບ່ອນລົງລາຍເຊັນ ຕ້ອງຢູ່ໃນໜ້າເຈ້ຍ, ກວ້າງຢ່າງໜ້ອຍ 5% ແລະ ສູງຢ່າງໜ້ອຍ 3% '
                             'ຂອງໜ້າ.');
    END IF;
    INSERT INTO saraban.letter_templates (unit_id, name, state_line1, state_line2,
                                          issuer_lines, place, signature_rect, updated_by)
    VALUES (p_unit_id, v_name, v_line1, v_line2, v_lines, v_place, p_signature_rect, v_person)
    ON CONFLICT (unit_id, name) DO UPDATE
        SET state_line1 = EXCLUDED.state_line1, state_line2 = EXCLUDED.state_line2,
            issuer_lines = EXCLUDED.issuer_lines, place = EXCLUDED.place,
            signature_rect = EXCLUDED.signature_rect, updated_at = now(),
            updated_by = EXCLUDED.updated_by
    RETURNING id INTO v_id;
    PERFORM saraban.audit('template.save', 'letter_template', v_id::text,
                          jsonb_build_object('unit', p_unit_id, 'name', v_name,
                                             'issuer_lines', to_jsonb(v_lines),
                                             'place', v_place,
                                             'signature_rect', to_jsonb(p_signature_rect)));
    RETURN v_id;
END
$$;

-- The template a unit composes with: its own of that name, else the nearest unit above it
-- that has one; no row when none has.
CREATE FUNCTION saraban.letter_template_for(p_unit_id integer, p_name text DEFAULT 'default')
    RETURNS SETOF saraban.letter_templates
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT id, parent_id, 0 FROM saraban.units WHERE id = p_unit_id
        UNION ALL
        SELECT u.id, u.parent_id, up.depth + 1
        FROM saraban.units u JOIN up ON u.id = up.parent_id
        WHERE up.depth < 64
    )
    SELECT t.* FROM saraban.letter_templates t JOIN up ON up.id = t.unit_id
    WHERE t.name = p_name
    ORDER BY up.depth
    LIMIT 1
$$;

-- ---------------------------------------------------------------------------------------
-- Versions of an incoming letter's file

CREATE FUNCTION saraban.letter_latest_file(p_letter_id bigint, OUT version smallint,
                                           OUT sha256 bytea)
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT v.version, v.sha256 FROM (
        SELECT v.version, v.sha256 FROM saraban.letter_file_versions v
        WHERE v.letter_id = p_letter_id
        UNION ALL
        SELECT 1::smallint, f.sha256 FROM saraban.letter_files f
        WHERE f.letter_id = p_letter_id AND f.kind = 'main'
    ) v
    ORDER BY v.version DESC
    LIMIT 1
$$;

CREATE FUNCTION saraban.letter_add_version(p_letter_id bigint, p_content bytea, p_kind text,
                                           p_note text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_letter   saraban.letters;
    v_register saraban.registers;
    v_latest   record;
    v_previous bytea;
    v_note     text;
    v_sha      bytea;
    v_version  smallint;
    v_head     integer;
BEGIN
    -- Locked so that two clerks adding versions at once get 2 and 3, each on top of the other.
    SELECT * INTO v_letter FROM saraban.letters WHERE id = p_letter_id FOR NO KEY UPDATE;
    IF NOT FOUND OR NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.fail('SBNFD', 'letter.unknown', 'letter', 'exists',
                             'There is no such letter, or you may not see it.',
                             'ບໍ່ມີໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    v_register := saraban.register_by_id(v_letter.register_id);
    IF p_kind IS NULL OR p_kind NOT IN ('stamp', 'endorsement') THEN
        PERFORM saraban.fail('SBVAL', 'letter_version.kind', 'kind', 'one_of',
                             'The kind of version must be stamp or endorsement.',
                             'ປະເພດສະບັບ ຕ້ອງແມ່ນ ກາຈ້ຳ (stamp) ຫຼື ຄຳເຫັນສັ່ງການ (endorsement).');
    END IF;
    IF p_kind = 'stamp' THEN
        PERFORM saraban.require_clerk_of(v_register);
    ELSE
        -- The head (or acting head) of the unit that keeps the register, or of a unit the
        -- letter was routed to, as for letter_endorse.
        SELECT h INTO v_head FROM (
            SELECT saraban.head_capacity(v_person.id, v_register.unit_id) AS h
            UNION ALL
            SELECT saraban.head_capacity(v_person.id, r.to_unit_id)
            FROM saraban.routings r
            WHERE r.letter_id = p_letter_id AND r.state <> 'recalled' AND r.to_unit_id IS NOT NULL
        ) heads WHERE h IS NOT NULL LIMIT 1;
        IF v_head IS NULL THEN
            PERFORM saraban.fail('SBPRM', 'endorsement.not_head', 'letter', 'head_of_unit',
                                 'Only a head of a unit that received the letter, or the person '
                                 'acting for one, may add an endorsement.',
                                 'ສະເພາະຫົວໜ້າໜ່ວຍງານທີ່ໄດ້ຮັບໜັງສືນີ້ ຫຼື ຜູ້ຮັກສາການ ເທົ່ານັ້ນ '
                                 'ຈຶ່ງເພີ່ມຄຳເຫັນສັ່ງການໄດ້.');
        END IF;
    END IF;
    v_latest := saraban.letter_latest_file(p_letter_id);
    IF v_latest.sha256 IS NULL THEN
        PERFORM saraban.fail('SBCON', 'letter_version.no_file', 'letter', 'has_file',
                             'This letter has no file to add a version to.',
                             'ໜັງສືນີ້ ບໍ່ມີໄຟລ໌ ທີ່ຈະເພີ່ມສະບັບໃໝ່ໄດ້.');
    END IF;
    v_note := coalesce(saraban.check_text(p_note, 'letter_version.note', 'note', 'The note',
                                          'ໝາຍເຫດ', 500, false), '');
    v_sha := saraban.store_file(p_content, 'content', true, v_person.id);
    SELECT content INTO v_previous FROM saraban.files WHERE sha256 = v_latest.sha256;
    IF octet_length(p_content) <= octet_length(v_previous)
       OR substring(p_content FROM 1 FOR octet_length(v_previous)) <> v_previous THEN
        PERFORM saraban.fail('SBVAL', 'letter_version.not_incremental', 'content',
                             'incremental_update',
                             'The new version must add to the latest version of the file '
                             '(an incremental update), not rewrite it: a signature on it would '
                             'break.',
                             'ສະບັບໃໝ່ ຕ້ອງຕໍ່ທ້າຍສະບັບຫຼ້າສຸດ ຂອງໄຟລ໌ (incremental update), '
                             'ບໍ່ແມ່ນຂຽນໃໝ່ທັງໝົດ: ລາຍເຊັນທີ່ມີຢູ່ ຈະເສຍ.');
    END IF;
    v_version := v_latest.version + 1;
    INSERT INTO saraban.letter_file_versions (letter_id, version, kind, sha256, base_sha256,
                                              note, added_by)
    VALUES (p_letter_id, v_version, p_kind, v_sha, v_latest.sha256, v_note, v_person.id);
    PERFORM saraban.audit('letter.version', 'letter', p_letter_id::text,
                          jsonb_build_object('version', v_version, 'kind', p_kind,
                                             'sha256', encode(v_sha, 'hex'),
                                             'base_sha256', encode(v_latest.sha256, 'hex'))
                          || CASE WHEN v_head IS NULL THEN '{}'::jsonb
                                  ELSE saraban.behalf_data(v_person.id, v_head) END);
    PERFORM saraban.notify_letter(p_letter_id);
    RETURN v_version;
END
$$;

-- A version's content (1 is the main file), for whoever may see the letter.
CREATE FUNCTION saraban.letter_version_content(p_letter_id bigint, p_version integer)
    RETURNS bytea
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
    v_sha    bytea;
BEGIN
    IF saraban.letter_visible_to(v_person, p_letter_id) THEN
        IF p_version = 1 THEN
            SELECT f.sha256 INTO v_sha FROM saraban.letter_files f
            WHERE f.letter_id = p_letter_id AND f.kind = 'main';
        ELSE
            SELECT v.sha256 INTO v_sha FROM saraban.letter_file_versions v
            WHERE v.letter_id = p_letter_id AND v.version = p_version;
        END IF;
    END IF;
    IF v_sha IS NULL THEN
        PERFORM saraban.fail('SBNFD', 'letter_version.unknown', 'version', 'exists',
                             'There is no such version of the file, or you may not see it.',
                             'ບໍ່ມີສະບັບນີ້ ຂອງໄຟລ໌ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    RETURN (SELECT content FROM saraban.files WHERE sha256 = v_sha);
END
$$;

-- ---------------------------------------------------------------------------------------
-- Ownership and grants

SELECT saraban.hand_over_to_owner();

GRANT SELECT ON saraban.letter_templates, saraban.letter_file_versions
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
GRANT EXECUTE ON FUNCTION
    saraban.letter_template_save(integer, text, text, text, text[], text, real[]),
    saraban.letter_template_for(integer, text),
    saraban.letter_add_version(bigint, bytea, text, text),
    saraban.letter_version_content(bigint, integer)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
