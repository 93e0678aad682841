-- 0006 letters: the register's entries, their files, and who may see them.
-- Conventions (roles, errors, who is calling): see 0002_security.sql.
--
-- FILES are stored once per content, keyed by SHA-256 computed here (never trusted from a
-- client). The main file of a letter must be a PDF, judged by its first bytes ("%PDF-"), not
-- by its name. Files larger than the max_file_bytes setting (100 MB by default) are refused.
-- Registering content that is already stored answers with the earlier letter it belongs to,
-- named only when the caller may see that letter.
--
-- VISIBILITY (row-level security): a person sees the letters of the registers of the units
-- where they are clerk, officer, head or archivist, up to their clearance. Administration of
-- a unit shows its registers, not its letters. Routing (issue 4) adds "what was routed to
-- you" as a further permissive policy. Table owners and superusers bypass these policies, so
-- the owner's functions apply the same rule themselves (saraban.letter_visible_to()).
--
-- SEARCH TEXT: saraban.normalize_search() folds what people type differently for the same
-- thing; it is applied to the stored search text and to every query, and the C++ twin
-- (core/text/searchtext.cpp) must give the same result (tests/server/tst_search.cpp):
--   NFKC (ໜ = ຫນ, ໝ = ຫມ, ຳ = ໍາ, full-width forms, odd spaces become plain spaces),
--   Lao digits ໐-໙ become 0-9, white space and invisible format characters are removed
--   (stray spaces inside Lao phrases are common), old ຫລ becomes ຫຼ, and letters are
--   lower-cased (one code point at a time).

CREATE FUNCTION saraban.normalize_search(p_text text)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = saraban, pg_temp
AS $$
    SELECT lower(replace(translate(normalize(p_text, NFKC),
                                   '໐໑໒໓໔໕໖໗໘໙' || E'\t\n\x0b\x0c\r ' ||
                                   U&'\0085\00A0\1680\2028\2029\200B\200C\200D\2060\FEFF\00AD',
                                   '0123456789'),
                         'ຫລ', 'ຫຼ'))
$$;

CREATE TABLE saraban.letter_types (
    id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code     text    NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{0,31}$'),
    name_lo  text    NOT NULL,
    name_en  text    NOT NULL DEFAULT '',
    active   boolean NOT NULL DEFAULT true
);
INSERT INTO saraban.letter_types (code, name_lo, name_en) VALUES
    ('notice', 'ແຈ້ງການ', 'Notice'),
    ('proposal', 'ໜັງສືສະເໜີ', 'Proposal'),
    ('decision', 'ຂໍ້ຕົກລົງ', 'Decision'),
    ('decree', 'ດຳລັດ', 'Decree'),
    ('order', 'ຄຳສັ່ງ', 'Order'),
    ('instruction', 'ຄຳແນະນຳ', 'Instruction'),
    ('invitation', 'ໜັງສືເຊີນ', 'Invitation'),
    ('report', 'ບົດລາຍງານ', 'Report'),
    ('minutes', 'ບົດບັນທຶກກອງປະຊຸມ', 'Minutes'),
    ('letter', 'ໜັງສືທົ່ວໄປ', 'Letter');

CREATE TABLE saraban.letter_statuses (
    code     text     PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,31}$'),
    name_lo  text     NOT NULL,
    name_en  text     NOT NULL,
    position smallint NOT NULL
);
INSERT INTO saraban.letter_statuses VALUES
    ('registered', 'ລົງທະບຽນແລ້ວ', 'Registered', 1),
    ('in_progress', 'ກຳລັງດຳເນີນການ', 'In progress', 2),
    ('closed', 'ສຳເລັດແລ້ວ', 'Closed', 3),
    ('cancelled', 'ຍົກເລີກ', 'Cancelled', 4);

CREATE TABLE saraban.files (
    sha256     bytea   PRIMARY KEY CHECK (octet_length(sha256) = 32),
    size       bigint  NOT NULL CHECK (size > 0),
    media_type text    NOT NULL,
    content    bytea   NOT NULL,
    stored_at  timestamptz NOT NULL DEFAULT now(),
    stored_by  integer REFERENCES saraban.people
);
-- PDFs and images are compressed already; trying again costs time for nothing.
ALTER TABLE saraban.files ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE TABLE saraban.letters (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    register_id     integer  NOT NULL REFERENCES saraban.registers,
    direction       text     NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'internal')),
    year            smallint NOT NULL, -- the counter's year, 0 for a register that never resets
    seq             integer  NOT NULL CHECK (seq > 0),
    number_text     text     NOT NULL,
    number_norm     text     NOT NULL, -- normalize_search(number_text), for exact and prefix search
    -- Milliseconds, so that the keyset of a page survives a round trip through a client.
    registered_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
    registered_on   date     NOT NULL, -- the office's date at registration
    registered_by   integer  NOT NULL REFERENCES saraban.people,
    letter_date     date     NOT NULL,
    received_on     date,
    sent_on         date,
    their_number    text, -- the sender's own number on an incoming letter
    subject         text     NOT NULL,
    letter_type_id  integer  REFERENCES saraban.letter_types,
    urgency         smallint NOT NULL DEFAULT 0 REFERENCES saraban.urgency_levels,
    confidentiality smallint NOT NULL DEFAULT 0 REFERENCES saraban.confidentiality_levels,
    status          text     NOT NULL DEFAULT 'registered' REFERENCES saraban.letter_statuses,
    correspondents  text     NOT NULL DEFAULT '', -- sender or recipients, for lists
    search_text     text     NOT NULL,
    UNIQUE (register_id, year, seq)
);
CREATE INDEX letters_register_page ON saraban.letters (register_id, registered_at DESC, id DESC);
CREATE INDEX letters_page ON saraban.letters (registered_at DESC, id DESC);
CREATE INDEX letters_number ON saraban.letters (number_norm text_pattern_ops);
CREATE INDEX letters_letter_date ON saraban.letters (letter_date);
CREATE INDEX letters_search ON saraban.letters USING gin (search_text saraban.gin_trgm_ops);

ALTER TABLE saraban.number_reservations
    ADD FOREIGN KEY (letter_id) REFERENCES saraban.letters;

-- Sender and recipients: an organisation we know, or free text.
CREATE TABLE saraban.letter_parties (
    letter_id       bigint   NOT NULL REFERENCES saraban.letters,
    position        smallint NOT NULL,
    role            text     NOT NULL CHECK (role IN ('from', 'to', 'cc')),
    organisation_id integer  REFERENCES saraban.organisations,
    name            text     NOT NULL,
    PRIMARY KEY (letter_id, position)
);
CREATE INDEX letter_parties_organisation ON saraban.letter_parties (organisation_id);

CREATE TABLE saraban.letter_files (
    letter_id bigint   NOT NULL REFERENCES saraban.letters,
    position  smallint NOT NULL,
    kind      text     NOT NULL CHECK (kind IN ('main', 'attachment')),
    sha256    bytea    NOT NULL REFERENCES saraban.files,
    file_name text     NOT NULL,
    added_at  timestamptz NOT NULL DEFAULT now(),
    added_by  integer  NOT NULL REFERENCES saraban.people,
    PRIMARY KEY (letter_id, position)
);
CREATE UNIQUE INDEX letter_files_one_main ON saraban.letter_files (letter_id) WHERE kind = 'main';
CREATE INDEX letter_files_sha256 ON saraban.letter_files (sha256, letter_id);

-- References to earlier letters: one we hold, or the text of an outside one
-- ("ສະບັບເລກທີ 09/ສພຊ, ລົງວັນທີ 21 ທັນວາ 2011").
CREATE TABLE saraban.letter_references (
    letter_id            bigint   NOT NULL REFERENCES saraban.letters,
    position             smallint NOT NULL,
    referenced_letter_id bigint   REFERENCES saraban.letters,
    reference_text       text     NOT NULL DEFAULT '',
    PRIMARY KEY (letter_id, position),
    CHECK (referenced_letter_id IS NOT NULL OR reference_text <> '')
);

-- ---------------------------------------------------------------------------------------
-- Who sees what

-- Registers whose letters the person may see: those of units where they hold a working role.
CREATE FUNCTION saraban.letter_registers_of(p_person_id integer)
    RETURNS integer[]
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT r.id), '{}')
    FROM saraban.registers r
    JOIN saraban.memberships m ON m.unit_id = r.unit_id
    JOIN saraban.people p ON p.id = m.person_id
    WHERE m.person_id = p_person_id AND m.active AND p.active
      AND m.role IN ('clerk', 'officer', 'head', 'archivist')
$$;

CREATE FUNCTION saraban.my_letter_registers()
    RETURNS integer[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$ SELECT saraban.letter_registers_of(saraban.caller_person_id()) $$;

-- -1 for someone who is not an active person: below every level, so they see nothing.
CREATE FUNCTION saraban.my_clearance()
    RETURNS smallint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$ SELECT coalesce((SELECT clearance FROM saraban.people
                       WHERE login = session_user AND active), -1::smallint) $$;

-- Registers a person may see listed: their letter registers and those of the units they
-- administer.
CREATE FUNCTION saraban.my_visible_registers()
    RETURNS integer[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT r.id), '{}')
    FROM saraban.registers r
    WHERE r.id = ANY (saraban.my_letter_registers())
       OR r.unit_id = ANY (saraban.unit_subtree(ARRAY(
              SELECT m.unit_id FROM saraban.memberships m
              WHERE m.person_id = saraban.caller_person_id() AND m.role = 'admin' AND m.active)))
$$;

-- The same rule as the letters policy, for the owner's functions (which bypass policies).
CREATE FUNCTION saraban.letter_visible_to(p_person saraban.people, p_letter_id bigint)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_person.active AND EXISTS (
        SELECT FROM saraban.letters l
        WHERE l.id = p_letter_id
          AND l.register_id = ANY (saraban.letter_registers_of(p_person.id))
          AND l.confidentiality <= p_person.clearance)
$$;

ALTER TABLE saraban.registers ENABLE ROW LEVEL SECURITY;
CREATE POLICY registers_visible ON saraban.registers FOR SELECT
    USING (id = ANY ((SELECT saraban.my_visible_registers())::integer[]));

ALTER TABLE saraban.letters ENABLE ROW LEVEL SECURITY;
CREATE POLICY letters_of_my_registers ON saraban.letters FOR SELECT
    USING (register_id = ANY ((SELECT saraban.my_letter_registers())::integer[])
           AND confidentiality <= (SELECT saraban.my_clearance()));

ALTER TABLE saraban.number_reservations ENABLE ROW LEVEL SECURITY;
CREATE POLICY reservations_of_my_registers ON saraban.number_reservations FOR SELECT
    USING (register_id = ANY ((SELECT saraban.my_letter_registers())::integer[]));

-- The parts of a letter are visible with the letter (the subquery passes the letters policy).
ALTER TABLE saraban.letter_parties ENABLE ROW LEVEL SECURITY;
CREATE POLICY parties_of_visible_letters ON saraban.letter_parties FOR SELECT
    USING (EXISTS (SELECT FROM saraban.letters l WHERE l.id = letter_id));
ALTER TABLE saraban.letter_files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_of_visible_letters ON saraban.letter_files FOR SELECT
    USING (EXISTS (SELECT FROM saraban.letters l WHERE l.id = letter_id));
ALTER TABLE saraban.letter_references ENABLE ROW LEVEL SECURITY;
CREATE POLICY references_of_visible_letters ON saraban.letter_references FOR SELECT
    USING (EXISTS (SELECT FROM saraban.letters l WHERE l.id = letter_id));

-- ---------------------------------------------------------------------------------------
-- Files

CREATE FUNCTION saraban.media_type_of(p_content bytea)
    RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT CASE
        WHEN substring(p_content FROM 1 FOR 5) = '\x255044462d'::bytea THEN 'application/pdf'
        WHEN substring(p_content FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN 'image/png'
        WHEN substring(p_content FROM 1 FOR 3) = '\xffd8ff'::bytea THEN 'image/jpeg'
        ELSE 'application/octet-stream' END
$$;

-- Checks and stores content (once), returning its SHA-256.
CREATE FUNCTION saraban.store_file(p_content bytea, p_field text, p_require_pdf boolean,
                                   p_person_id integer)
    RETURNS bytea
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_limit bigint := saraban.setting('max_file_bytes')::bigint;
    v_type  text;
    v_sha   bytea;
BEGIN
    IF p_content IS NULL OR octet_length(p_content) = 0 THEN
        PERFORM saraban.fail('SBVAL', 'file.empty', p_field, 'required',
                             'The file is empty.', 'ໄຟລ໌ຫວ່າງເປົ່າ.');
    END IF;
    IF octet_length(p_content) > v_limit THEN
        PERFORM saraban.fail('SBVAL', 'file.too_large', p_field, 'max_size',
                             'The file is too large: at most ' || v_limit || ' bytes.',
                             'ໄຟລ໌ໃຫຍ່ເກີນໄປ: ບໍ່ໃຫ້ເກີນ ' || v_limit || ' ໄບ.');
    END IF;
    v_type := saraban.media_type_of(p_content);
    IF p_require_pdf AND v_type <> 'application/pdf' THEN
        PERFORM saraban.fail('SBVAL', 'file.not_pdf', p_field, 'pdf_content',
                             'The file is not a PDF (its content does not start with %PDF-).',
                             'ໄຟລ໌ນີ້ບໍ່ແມ່ນ PDF (ເນື້ອໃນບໍ່ໄດ້ເລີ່ມດ້ວຍ %PDF-).');
    END IF;
    v_sha := sha256(p_content);
    INSERT INTO saraban.files (sha256, size, media_type, content, stored_by)
    VALUES (v_sha, octet_length(p_content), v_type, p_content, p_person_id)
    ON CONFLICT (sha256) DO NOTHING;
    RETURN v_sha;
END
$$;

-- The earliest letter holding this content (other than p_letter_id): named when the person
-- may see it, otherwise only "elsewhere".
CREATE FUNCTION saraban.earlier_letter_with(p_sha bytea, p_letter_id bigint,
                                            p_person saraban.people,
                                            OUT letter_id bigint, OUT number_text text,
                                            OUT elsewhere boolean)
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_earliest bigint;
BEGIN
    elsewhere := false;
    SELECT min(f.letter_id) INTO v_earliest FROM saraban.letter_files f
    WHERE f.sha256 = p_sha AND f.letter_id <> p_letter_id;
    IF v_earliest IS NULL THEN
        RETURN;
    END IF;
    IF saraban.letter_visible_to(p_person, v_earliest) THEN
        letter_id := v_earliest;
        SELECT l.number_text INTO number_text FROM saraban.letters l WHERE l.id = v_earliest;
    ELSE
        elsewhere := true;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Registering

CREATE FUNCTION saraban.check_date(p_value date, p_code text, p_field text, p_label_en text,
                                   p_label_lo text, p_earliest date, p_latest date)
    RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_value < p_earliest OR p_value > p_latest THEN
        PERFORM saraban.fail('SBVAL', p_code || '.out_of_range', p_field, 'date_range',
                             p_label_en || ' must be between ' || p_earliest || ' and ' ||
                             p_latest || '.',
                             p_label_lo || ' ຕ້ອງຢູ່ລະຫວ່າງ ' || p_earliest || ' ຫາ ' || p_latest || '.');
    END IF;
    RETURN p_value;
END
$$;

CREATE FUNCTION saraban.register_letter(
    p_register_id     integer,
    p_subject         text,
    p_letter_date     date,
    p_received_on     date     DEFAULT NULL,
    p_sent_on         date     DEFAULT NULL,
    p_their_number    text     DEFAULT NULL,
    p_parties         jsonb    DEFAULT '[]',
    p_letter_type_id  integer  DEFAULT NULL,
    p_urgency         smallint DEFAULT 0,
    p_confidentiality smallint DEFAULT 0,
    p_main_file       bytea    DEFAULT NULL,
    p_main_file_name  text     DEFAULT NULL,
    p_references      jsonb    DEFAULT '[]',
    p_reservation_id  bigint   DEFAULT NULL,
    OUT letter_id bigint, OUT number_text text,
    OUT duplicate_letter_id bigint, OUT duplicate_number text, OUT duplicate_elsewhere boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_register    saraban.registers := saraban.register_by_id(p_register_id);
    v_person      saraban.people := saraban.require_clerk_of(v_register);
    v_today       date := saraban.office_today();
    v_earliest    date := saraban.setting('earliest_letter_date')::date;
    v_subject     text;
    v_their       text;
    v_year        smallint;
    v_seq         integer;
    v_number      text;
    v_reservation saraban.number_reservations;
    v_sha         bytea;
    v_file_name   text;
    v_party       record;
    v_role        text;
    v_org         saraban.organisations;
    v_name        text;
    v_names_lo    text[] := '{}';
    v_names_en    text[] := '{}';
    v_shown       text[] := '{}';
    v_roles       text[] := '{}';
    v_orgs        integer[] := '{}';
    v_ref         record;
    v_ref_ids     bigint[] := '{}';
    v_ref_texts   text[] := '{}';
    v_duplicate   record;
BEGIN
    -- Every input is checked before a number is taken; any failure rolls back the lot.
    v_subject := saraban.check_text(p_subject, 'letter.subject', 'subject', 'The subject',
                                    'ຫົວເລື່ອງ', saraban.setting('subject_max_length')::integer,
                                    true);
    v_their := saraban.check_text(p_their_number, 'letter.their_number', 'their_number',
                                  'The sender''s number', 'ເລກທີຂອງຜູ້ສົ່ງ', 100, false);
    IF p_letter_date IS NULL THEN
        PERFORM saraban.fail('SBVAL', 'letter.letter_date.empty', 'letter_date', 'required',
                             'The letter date is empty.', 'ວັນທີຂອງໜັງສື ຫວ່າງເປົ່າ.');
    END IF;
    PERFORM saraban.check_date(p_letter_date, 'letter.letter_date', 'letter_date',
                               'The letter date', 'ວັນທີຂອງໜັງສື', v_earliest, v_today);
    IF v_register.direction = 'incoming' THEN
        IF p_received_on IS NULL THEN
            PERFORM saraban.fail('SBVAL', 'letter.received_on.empty', 'received_on', 'required',
                                 'An incoming letter needs the date it was received.',
                                 'ໜັງສືຂາເຂົ້າ ຕ້ອງມີວັນທີໄດ້ຮັບ.');
        END IF;
        PERFORM saraban.check_date(p_received_on, 'letter.received_on', 'received_on',
                                   'The date received', 'ວັນທີໄດ້ຮັບ', p_letter_date, v_today);
    ELSIF p_received_on IS NOT NULL THEN
        PERFORM saraban.fail('SBVAL', 'letter.received_on.not_applicable', 'received_on',
                             'incoming_only', 'Only an incoming letter has a date received.',
                             'ສະເພາະໜັງສືຂາເຂົ້າ ເທົ່ານັ້ນ ທີ່ມີວັນທີໄດ້ຮັບ.');
    END IF;
    IF p_sent_on IS NOT NULL THEN
        IF v_register.direction <> 'outgoing' THEN
            PERFORM saraban.fail('SBVAL', 'letter.sent_on.not_applicable', 'sent_on',
                                 'outgoing_only', 'Only an outgoing letter has a date sent.',
                                 'ສະເພາະໜັງສືຂາອອກ ເທົ່ານັ້ນ ທີ່ມີວັນທີສົ່ງ.');
        END IF;
        PERFORM saraban.check_date(p_sent_on, 'letter.sent_on', 'sent_on', 'The date sent',
                                   'ວັນທີສົ່ງ', p_letter_date, v_today);
    END IF;
    IF p_letter_type_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM saraban.letter_types WHERE id = p_letter_type_id AND active) THEN
        PERFORM saraban.fail('SBVAL', 'letter.type.unknown', 'letter_type', 'exists',
                             'There is no such letter type.', 'ບໍ່ມີປະເພດໜັງສືນີ້.');
    END IF;
    IF p_urgency IS NULL OR NOT EXISTS (SELECT FROM saraban.urgency_levels
                                        WHERE level = p_urgency) THEN
        PERFORM saraban.fail('SBVAL', 'letter.urgency.unknown', 'urgency', 'exists',
                             'There is no such urgency level.', 'ບໍ່ມີລະດັບຄວາມດ່ວນນີ້.');
    END IF;
    PERFORM saraban.check_clearance(p_confidentiality, 'letter.confidentiality');
    IF p_confidentiality > v_person.clearance THEN
        PERFORM saraban.fail('SBPRM', 'letter.confidentiality.above_clearance',
                             'confidentiality', 'at_most_own_clearance',
                             'You cannot register a letter more confidential than your clearance.',
                             'ທ່ານບໍ່ສາມາດລົງທະບຽນໜັງສື ທີ່ມີລະດັບຄວາມລັບສູງກວ່າສິດຂອງທ່ານ.');
    END IF;

    -- Sender and recipients.
    IF p_parties IS NULL OR jsonb_typeof(p_parties) <> 'array'
       OR jsonb_array_length(p_parties) > 100 THEN
        PERFORM saraban.fail('SBVAL', 'letter.parties.invalid', 'parties', 'array',
                             'Senders and recipients must be a list of at most 100 entries.',
                             'ຜູ້ສົ່ງ ແລະ ຜູ້ຮັບ ຕ້ອງເປັນລາຍການ ບໍ່ເກີນ 100 ລາຍການ.');
    END IF;
    FOR v_party IN SELECT value FROM jsonb_array_elements(p_parties) LOOP
        v_role := CASE WHEN jsonb_typeof(v_party.value) = 'object'
                       THEN v_party.value ->> 'role' END;
        IF v_role IS NULL OR v_role NOT IN ('from', 'to', 'cc') THEN
            PERFORM saraban.fail('SBVAL', 'letter.parties.invalid', 'parties', 'role',
                                 'Each sender or recipient needs a role: from, to or cc.',
                                 'ຜູ້ສົ່ງ ຫຼື ຜູ້ຮັບ ແຕ່ລະລາຍການ ຕ້ອງມີບົດບາດ: from, to ຫຼື cc.');
        END IF;
        v_org := NULL;
        IF v_party.value ? 'organisation_id' THEN
            SELECT * INTO v_org FROM saraban.organisations
            WHERE id = CASE WHEN jsonb_typeof(v_party.value -> 'organisation_id') = 'number'
                            THEN (v_party.value ->> 'organisation_id')::numeric END;
            IF v_org.id IS NULL THEN
                PERFORM saraban.fail('SBNFD', 'organisation.unknown', 'parties', 'exists',
                                     'There is no such organisation.', 'ບໍ່ມີອົງການນີ້.');
            END IF;
        END IF;
        v_name := saraban.check_text(CASE WHEN jsonb_typeof(v_party.value -> 'name') = 'string'
                                          THEN v_party.value ->> 'name' END,
                                     'letter.party_name', 'parties', 'The name of a sender or '
                                     'recipient', 'ຊື່ຜູ້ສົ່ງ ຫຼື ຜູ້ຮັບ', 300, v_org.id IS NULL);
        v_roles := v_roles || v_role;
        v_orgs := v_orgs || v_org.id;
        v_shown := v_shown || coalesce(v_name, v_org.name_lo);
        v_names_lo := v_names_lo || coalesce(v_name, v_org.name_lo);
        v_names_en := v_names_en || concat_ws(chr(31), v_org.name_en, v_org.abbreviation);
    END LOOP;
    IF v_register.direction = 'incoming' AND NOT 'from' = ANY (v_roles) THEN
        PERFORM saraban.fail('SBVAL', 'letter.sender.empty', 'parties', 'required',
                             'An incoming letter needs its sender.',
                             'ໜັງສືຂາເຂົ້າ ຕ້ອງມີຜູ້ສົ່ງ.');
    ELSIF v_register.direction = 'outgoing' AND NOT 'to' = ANY (v_roles) THEN
        PERFORM saraban.fail('SBVAL', 'letter.recipient.empty', 'parties', 'required',
                             'An outgoing letter needs at least one recipient.',
                             'ໜັງສືຂາອອກ ຕ້ອງມີຜູ້ຮັບຢ່າງໜ້ອຍໜຶ່ງ.');
    END IF;

    -- References to earlier letters.
    IF p_references IS NULL OR jsonb_typeof(p_references) <> 'array'
       OR jsonb_array_length(p_references) > 50 THEN
        PERFORM saraban.fail('SBVAL', 'letter.references.invalid', 'references', 'array',
                             'References must be a list of at most 50 entries.',
                             'ເອກະສານອ້າງອີງ ຕ້ອງເປັນລາຍການ ບໍ່ເກີນ 50 ລາຍການ.');
    END IF;
    FOR v_ref IN SELECT value FROM jsonb_array_elements(p_references) LOOP
        IF jsonb_typeof(v_ref.value -> 'letter_id') = 'number' THEN
            IF NOT saraban.letter_visible_to(v_person, (v_ref.value ->> 'letter_id')::numeric::bigint) THEN
                PERFORM saraban.fail('SBNFD', 'letter.reference.unknown', 'references', 'exists',
                                     'A referenced letter does not exist or is not visible to you.',
                                     'ໜັງສືທີ່ອ້າງອີງ ບໍ່ມີ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
            END IF;
            v_ref_ids := v_ref_ids || (v_ref.value ->> 'letter_id')::numeric::bigint;
            v_ref_texts := v_ref_texts || ''::text;
        ELSE
            v_ref_ids := v_ref_ids || NULL::bigint;
            v_ref_texts := v_ref_texts || saraban.check_text(
                CASE WHEN jsonb_typeof(v_ref.value -> 'text') = 'string'
                     THEN v_ref.value ->> 'text' END,
                'letter.reference', 'references', 'A reference', 'ເອກະສານອ້າງອີງ', 300, true);
        END IF;
    END LOOP;

    IF p_main_file IS NOT NULL THEN
        v_file_name := coalesce(saraban.check_text(p_main_file_name, 'letter.file_name',
                                                   'main_file_name', 'The file name',
                                                   'ຊື່ໄຟລ໌', 255, false), 'letter.pdf');
        v_sha := saraban.store_file(p_main_file, 'main_file', true, v_person.id);
    END IF;

    -- The number, last: its counter row stays locked until the transaction ends.
    IF p_reservation_id IS NOT NULL THEN
        v_reservation := saraban.open_reservation(p_reservation_id, v_register.id);
        v_year := v_reservation.year;
        v_seq := v_reservation.seq;
        v_number := v_reservation.number_text;
    ELSE
        SELECT n.year, n.seq, n.number_text INTO v_year, v_seq, v_number
        FROM saraban.take_number(v_register) n;
    END IF;

    INSERT INTO saraban.letters (register_id, direction, year, seq, number_text, number_norm,
                                 registered_on, registered_by, letter_date, received_on,
                                 sent_on, their_number, subject, letter_type_id, urgency,
                                 confidentiality, correspondents, search_text)
    VALUES (v_register.id, v_register.direction, v_year, v_seq, v_number,
            saraban.normalize_search(v_number), v_today, v_person.id, p_letter_date,
            p_received_on, p_sent_on, v_their, v_subject, p_letter_type_id, p_urgency,
            p_confidentiality,
            array_to_string(v_shown, ', '),
            concat_ws(chr(31), saraban.normalize_search(v_number),
                      saraban.normalize_search(v_subject),
                      saraban.normalize_search(array_to_string(v_names_lo, chr(31))),
                      saraban.normalize_search(array_to_string(v_names_en, chr(31))),
                      saraban.normalize_search(coalesce(v_their, ''))))
    RETURNING id INTO letter_id;
    number_text := v_number;

    INSERT INTO saraban.letter_parties (letter_id, position, role, organisation_id, name)
    SELECT letter_id, i, v_roles[i], v_orgs[i], v_shown[i]
    FROM generate_subscripts(v_roles, 1) AS i;
    INSERT INTO saraban.letter_references (letter_id, position, referenced_letter_id,
                                           reference_text)
    SELECT letter_id, i, v_ref_ids[i], v_ref_texts[i]
    FROM generate_subscripts(v_ref_texts, 1) AS i;
    IF v_sha IS NOT NULL THEN
        INSERT INTO saraban.letter_files (letter_id, position, kind, sha256, file_name, added_by)
        VALUES (letter_id, 1, 'main', v_sha, v_file_name, v_person.id);
        v_duplicate := saraban.earlier_letter_with(v_sha, letter_id, v_person);
        duplicate_letter_id := v_duplicate.letter_id;
        duplicate_number := v_duplicate.number_text;
        duplicate_elsewhere := v_duplicate.elsewhere;
    END IF;
    IF p_reservation_id IS NOT NULL THEN
        UPDATE saraban.number_reservations
        SET state = 'used', letter_id = register_letter.letter_id, closed_by = v_person.id,
            closed_at = now()
        WHERE id = v_reservation.id;
    END IF;

    PERFORM saraban.audit('letter.register', 'letter', letter_id::text,
                          jsonb_build_object(
                              'register', v_register.id, 'number', v_number, 'year', v_year,
                              'seq', v_seq, 'reservation', p_reservation_id,
                              -- the subject itself may be confidential: its hash proves it
                              'subject_sha256', encode(sha256(convert_to(v_subject, 'UTF8')), 'hex'),
                              'confidentiality', p_confidentiality, 'urgency', p_urgency,
                              'letter_type', p_letter_type_id,
                              'main_file', encode(v_sha, 'hex')));
    -- Clients listening for changes re-read through row-level security; ids only.
    PERFORM pg_notify('saraban_letters', v_register.id::text || ':' || letter_id::text);
END
$$;

-- Adds a file (any type) to a letter the caller registers letters for.
CREATE FUNCTION saraban.letter_add_attachment(p_letter_id bigint, p_content bytea,
                                              p_file_name text,
                                              OUT file_position smallint,
                                              OUT duplicate_letter_id bigint,
                                              OUT duplicate_number text,
                                              OUT duplicate_elsewhere boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_person    saraban.people := saraban.require_person();
    v_letter    saraban.letters;
    v_name      text;
    v_sha       bytea;
    v_duplicate record;
BEGIN
    SELECT * INTO v_letter FROM saraban.letters WHERE id = p_letter_id FOR UPDATE;
    IF NOT FOUND OR NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.fail('SBNFD', 'letter.unknown', 'letter', 'exists',
                             'There is no such letter, or you may not see it.',
                             'ບໍ່ມີໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    PERFORM saraban.require_clerk_of(saraban.register_by_id(v_letter.register_id));
    v_name := saraban.check_text(p_file_name, 'letter.file_name', 'file_name', 'The file name',
                                 'ຊື່ໄຟລ໌', 255, true);
    v_sha := saraban.store_file(p_content, 'file', false, v_person.id);
    SELECT coalesce(max(f.position), 0) + 1 INTO file_position
    FROM saraban.letter_files f WHERE f.letter_id = p_letter_id;
    INSERT INTO saraban.letter_files (letter_id, position, kind, sha256, file_name, added_by)
    VALUES (p_letter_id, file_position, 'attachment', v_sha, v_name,
            v_person.id);
    v_duplicate := saraban.earlier_letter_with(v_sha, p_letter_id, v_person);
    duplicate_letter_id := v_duplicate.letter_id;
    duplicate_number := v_duplicate.number_text;
    duplicate_elsewhere := v_duplicate.elsewhere;
    PERFORM saraban.audit('letter.attach', 'letter', p_letter_id::text,
                          jsonb_build_object('position', file_position,
                                             'sha256', encode(v_sha, 'hex'),
                                             'file_name', v_name));
END
$$;

-- A file's content, for whoever may see a letter that holds it.
CREATE FUNCTION saraban.file_content(p_sha256 bytea)
    RETURNS bytea
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
    v_content bytea;
BEGIN
    IF NOT EXISTS (SELECT FROM saraban.letter_files f
                   WHERE f.sha256 = p_sha256
                     AND saraban.letter_visible_to(v_person, f.letter_id)) THEN
        PERFORM saraban.fail('SBNFD', 'file.unknown', 'sha256', 'exists',
                             'There is no such file, or you may not see it.',
                             'ບໍ່ມີໄຟລ໌ນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    SELECT content INTO v_content FROM saraban.files WHERE sha256 = p_sha256;
    RETURN v_content;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Reference data an administrator keeps

-- Installation-wide settings and lists are for the superuser and for administrators of a
-- top-level unit.
CREATE FUNCTION saraban.require_top_admin()
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
    IF NOT EXISTS (SELECT FROM saraban.memberships m JOIN saraban.units u ON u.id = m.unit_id
                   WHERE m.person_id = v_person AND m.role = 'admin' AND m.active
                     AND u.parent_id IS NULL) THEN
        PERFORM saraban.fail('SBPRM', 'auth.not_top_admin', NULL, 'admin_of_top_unit',
                             'Only an administrator of a top-level unit may change this.',
                             'ສະເພາະຜູ້ບໍລິຫານລະບົບ ຂອງໜ່ວຍງານຂັ້ນສູງສຸດ ເທົ່ານັ້ນ ຈຶ່ງປ່ຽນແປງສິ່ງນີ້ໄດ້.');
    END IF;
    RETURN v_person;
END
$$;

CREATE FUNCTION saraban.letter_type_save(p_code text, p_name_lo text, p_name_en text,
                                         p_active boolean)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_id integer;
    v_name_lo text;
    v_name_en text;
BEGIN
    PERFORM saraban.require_top_admin();
    IF p_code IS NULL OR p_code !~ '^[a-z][a-z0-9_]{0,31}$' THEN
        PERFORM saraban.fail('SBVAL', 'letter_type.code.invalid', 'code', 'pattern',
                             'The type code must be 1 to 32 lower-case Latin letters, digits or "_".',
                             'ລະຫັດປະເພດ ຕ້ອງມີ 1 ຫາ 32 ຕົວ ເປັນຕົວອັກສອນລາຕິນໂຕນ້ອຍ, ຕົວເລກ ຫຼື "_".');
    END IF;
    v_name_lo := saraban.check_text(p_name_lo, 'letter_type.name_lo', 'name_lo', 'The Lao name',
                                    'ຊື່ພາສາລາວ', 100, true);
    v_name_en := coalesce(saraban.check_text(p_name_en, 'letter_type.name_en', 'name_en',
                                             'The English name', 'ຊື່ພາສາອັງກິດ', 100, false), '');
    INSERT INTO saraban.letter_types (code, name_lo, name_en, active)
    VALUES (p_code, v_name_lo, v_name_en, coalesce(p_active, true))
    ON CONFLICT (code) DO UPDATE SET name_lo = EXCLUDED.name_lo, name_en = EXCLUDED.name_en,
                                     active = EXCLUDED.active
    RETURNING id INTO v_id;
    PERFORM saraban.audit('letter_type.save', 'letter_type', v_id::text,
                          jsonb_build_object('code', p_code, 'name_lo', v_name_lo,
                                             'name_en', v_name_en,
                                             'active', coalesce(p_active, true)));
    RETURN v_id;
END
$$;

CREATE FUNCTION saraban.setting_set(p_key text, p_value text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_ok boolean;
BEGIN
    PERFORM saraban.require_top_admin();
    IF NOT EXISTS (SELECT FROM saraban.settings WHERE key = p_key) THEN
        PERFORM saraban.fail('SBNFD', 'setting.unknown', 'key', 'exists',
                             'There is no setting "' || coalesce(p_key, '') || '".',
                             'ບໍ່ມີການຕັ້ງຄ່າ "' || coalesce(p_key, '') || '".');
    END IF;
    v_ok := CASE p_key
        WHEN 'max_file_bytes' THEN p_value ~ '^[0-9]{1,10}$'
                                   AND p_value::bigint BETWEEN 1024 AND 1073741823
        WHEN 'subject_max_length' THEN p_value ~ '^[0-9]{1,5}$'
                                       AND p_value::integer BETWEEN 10 AND 10000
        WHEN 'time_zone' THEN EXISTS (SELECT FROM pg_catalog.pg_timezone_names
                                      WHERE name = p_value)
        WHEN 'earliest_letter_date' THEN p_value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
        ELSE false END;
    IF v_ok AND p_key = 'earliest_letter_date' THEN
        BEGIN
            v_ok := p_value::date BETWEEN '1800-01-01' AND saraban.office_today();
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            v_ok := false;
        END;
    END IF;
    IF NOT coalesce(v_ok, false) THEN
        PERFORM saraban.fail('SBVAL', 'setting.value.invalid', 'value', 'setting_rule',
                             'The value "' || coalesce(p_value, '') || '" is not valid for ' ||
                             p_key || '.',
                             'ຄ່າ "' || coalesce(p_value, '') || '" ບໍ່ຖືກຕ້ອງ ສຳລັບ ' || p_key || '.');
    END IF;
    UPDATE saraban.settings SET value = p_value WHERE key = p_key;
    PERFORM saraban.audit('setting.set', 'setting', p_key,
                          jsonb_build_object('value', p_value));
END
$$;

SELECT saraban.hand_over_to_owner();

GRANT SELECT ON saraban.letter_types, saraban.letter_statuses TO saraban_clerk,
    saraban_officer, saraban_head, saraban_archivist, saraban_admin;
-- Read through the policies above; files only through saraban.file_content().
GRANT SELECT ON saraban.letters, saraban.letter_parties, saraban.letter_files,
    saraban.letter_references TO saraban_clerk, saraban_officer, saraban_head,
    saraban_archivist, saraban_admin;
GRANT EXECUTE ON FUNCTION saraban.normalize_search(text), saraban.my_letter_registers(),
    saraban.my_clearance(), saraban.my_visible_registers(), saraban.file_content(bytea)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
GRANT EXECUTE ON FUNCTION
    saraban.register_letter(integer, text, date, date, date, text, jsonb, integer, smallint,
                            smallint, bytea, text, jsonb, bigint),
    saraban.letter_add_attachment(bigint, bytea, text)
    TO saraban_clerk;
GRANT EXECUTE ON FUNCTION saraban.letter_type_save(text, text, text, boolean),
    saraban.setting_set(text, text)
    TO saraban_admin;
