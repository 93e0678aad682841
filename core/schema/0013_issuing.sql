-- 0013 issuing: the clerk's side of an approved draft. Conventions (roles, errors, who is
-- calling): see 0002_security.sql. Builds on 0010 (drafts, draft_issue, the approval folders)
-- and 0011 (letter file versions).
--
-- TO ISSUE. A clerk of the draft's unit, or of a unit above it, sees the approved and signed
-- drafts waiting for a number in the folder 'to_issue' of approvals_page() and
-- approval_counts(); draft_issue() (0010) is unchanged. A draft stays in the folder after it is
-- issued until the number and date are written onto its PDF (drafts.number_pending), so a
-- number taken while stamping failed is never lost from sight: the clerk stamps it again from
-- there (letter_add_version of kind 'number'). Drafts issued before this migration had no
-- number stamp to wait for and are not pending.
--
-- NUMBER versions. letter_add_version() (0011) accepts kind 'number': the issued letter's PDF
-- with its number and date stamped on by incremental update, added by a clerk of the
-- register's unit like a received stamp. It clears the draft's number_pending.

ALTER TABLE saraban.drafts ADD COLUMN number_pending boolean NOT NULL DEFAULT false;
ALTER TABLE saraban.letter_file_versions DROP CONSTRAINT letter_file_versions_kind_check;
ALTER TABLE saraban.letter_file_versions ADD CONSTRAINT letter_file_versions_kind_check
    CHECK (kind IN ('stamp', 'endorsement', 'number'));

-- Only the drafts a clerk still has to act on: a small part of all drafts, read in the
-- folder's order for each unit.
CREATE INDEX drafts_to_issue ON saraban.drafts (unit_id, state_since DESC, id DESC)
    WHERE state IN ('approved', 'signed') OR number_pending;

-- Issuing makes the number pending whoever issues; a trigger, so draft_issue (0010) stays as
-- it was.
CREATE FUNCTION saraban.draft_number_pending()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF NEW.state = 'issued' AND OLD.state IS DISTINCT FROM 'issued' THEN
        NEW.number_pending := true;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER drafts_number_pending BEFORE UPDATE OF state ON saraban.drafts
    FOR EACH ROW EXECUTE FUNCTION saraban.draft_number_pending();

-- The units whose drafts the caller may issue: those they are a clerk of, and every unit below
-- (draft_issue takes a register of the draft's unit or of a unit above it).
CREATE FUNCTION saraban.my_issuing_units()
    RETURNS integer[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT saraban.unit_subtree(ARRAY(
        SELECT m.unit_id FROM saraban.memberships m
        WHERE m.person_id = saraban.caller_person_id() AND m.active AND m.role = 'clerk'))
$$;

-- ---------------------------------------------------------------------------------------
-- The folders, with to_issue

CREATE OR REPLACE FUNCTION saraban.approvals_page(p_folder text, p_after_since timestamptz DEFAULT NULL,
                                       p_after_id bigint DEFAULT NULL,
                                       p_limit integer DEFAULT 50)
    RETURNS TABLE (item_kind text, item_id bigint, letter_id bigint, draft_id bigint,
                   number_text text, subject text, urgency smallint, confidentiality smallint,
                   counterpart text, instruction text, state text, since timestamptz,
                   due_on date, overdue boolean, unread boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
    SET jit = off
AS $$
#variable_conflict use_column
DECLARE
    v_person saraban.people := saraban.require_person();
    v_today  date := saraban.office_today();
    v_limit  integer := least(greatest(coalesce(p_limit, 50), 1), 500);
BEGIN
    IF p_folder = 'to_approve' THEN
        -- Two ordered index scans (my own steps; the steps of the heads I act for), each with
        -- its draft, merged: one condition with OR would read every open step there is.
        RETURN QUERY
        SELECT 'approval'::text, o.step_id, o.letter_id, o.draft_id, ''::text, o.subject,
               o.urgency, o.confidentiality, dp.full_name,
               CASE o.kind WHEN 'review' THEN 'ກວດກາ' WHEN 'opinion' THEN 'ໃຫ້ຄຳເຫັນ'
                           ELSE 'ລົງລາຍເຊັນ' END,
               o.state, o.activated_at, o.due_on, coalesce(o.due_on < v_today, false),
               o.opened_at IS NULL
        FROM ((SELECT s1.id AS step_id, s1.kind, s1.activated_at, s1.due_on, s1.opened_at,
                      d1.id AS draft_id, d1.letter_id, d1.subject, d1.urgency,
                      d1.confidentiality, d1.state, d1.drafter_id
               FROM saraban.approval_steps s1
               JOIN saraban.drafts d1 ON d1.id = s1.draft_id
               WHERE s1.state = 'active' AND s1.assignee_id = v_person.id
                 AND d1.confidentiality <= v_person.clearance
                 AND (p_after_since IS NULL
                      OR (s1.activated_at, s1.id) < (p_after_since, p_after_id))
               ORDER BY s1.activated_at DESC, s1.id DESC LIMIT v_limit)
              UNION ALL
              (SELECT s2.* FROM saraban.approval_acting_for(v_person.id) a,
               LATERAL (SELECT x.id AS step_id, x.kind, x.activated_at, x.due_on, x.opened_at,
                               d2.id AS draft_id, d2.letter_id, d2.subject, d2.urgency,
                               d2.confidentiality, d2.state, d2.drafter_id
                        FROM saraban.approval_steps x
                        JOIN saraban.drafts d2 ON d2.id = x.draft_id
                        WHERE x.state = 'active' AND x.assignee_id = a.head_id
                          AND x.head_unit_id = a.unit_id
                          AND d2.confidentiality <= v_person.clearance
                          AND (p_after_since IS NULL
                               OR (x.activated_at, x.id) < (p_after_since, p_after_id))
                        ORDER BY x.activated_at DESC, x.id DESC LIMIT v_limit) s2
               ORDER BY s2.activated_at DESC, s2.step_id DESC LIMIT v_limit)) o
        JOIN saraban.people dp ON dp.id = o.drafter_id
        ORDER BY o.activated_at DESC, o.step_id DESC
        LIMIT v_limit;
    ELSIF p_folder = 'my_drafts' THEN
        RETURN QUERY
        SELECT 'approval'::text, d.id, d.letter_id, d.id,
               coalesce((SELECT l.number_text FROM saraban.letters l WHERE l.id = d.letter_id),
                        ''),
               d.subject, d.urgency, d.confidentiality,
               coalesce(o.holders, ''), coalesce(o.kind, ''), d.state, d.state_since, o.due_on,
               coalesce(o.due_on < v_today, false), false
        FROM saraban.drafts d
        LEFT JOIN LATERAL (
            SELECT string_agg(ap.full_name, ', ' ORDER BY s.id) AS holders,
                   CASE min(s.kind) WHEN 'review' THEN 'ກວດກາ' WHEN 'opinion' THEN 'ໃຫ້ຄຳເຫັນ'
                                    WHEN 'sign' THEN 'ລົງລາຍເຊັນ' END AS kind,
                   min(s.due_on) AS due_on
            FROM saraban.approval_steps s JOIN saraban.people ap ON ap.id = s.assignee_id
            WHERE s.draft_id = d.id AND s.state = 'active') o ON true
        WHERE d.drafter_id = v_person.id AND d.confidentiality <= v_person.clearance
          AND (p_after_since IS NULL OR (d.state_since, d.id) < (p_after_since, p_after_id))
        ORDER BY d.state_since DESC, d.id DESC
        LIMIT v_limit;
    ELSIF p_folder = 'to_issue' THEN
        -- One ordered scan of drafts_to_issue per unit the caller is a clerk of (or below it),
        -- merged: the partial index holds only the drafts waiting for a clerk.
        RETURN QUERY
        SELECT 'approval'::text, o.id, o.letter_id, o.id,
               coalesce((SELECT l.number_text FROM saraban.letters l WHERE l.id = o.letter_id),
                        ''),
               o.subject, o.urgency, o.confidentiality, dp.full_name,
               CASE WHEN o.number_pending THEN 'ປະທັບເລກທີ' ELSE 'ອອກເລກທີ' END,
               o.state, o.state_since, NULL::date, false, false
        FROM (SELECT x.* FROM unnest(saraban.my_issuing_units()) AS u(unit_id),
              LATERAL (SELECT d.id, d.letter_id, d.subject, d.urgency, d.confidentiality,
                              d.drafter_id, d.state, d.state_since, d.number_pending
                       FROM saraban.drafts d
                       WHERE d.unit_id = u.unit_id
                         AND (d.state IN ('approved', 'signed') OR d.number_pending)
                         AND d.confidentiality <= v_person.clearance
                         AND (p_after_since IS NULL
                              OR (d.state_since, d.id) < (p_after_since, p_after_id))
                       ORDER BY d.state_since DESC, d.id DESC LIMIT v_limit) x
              ORDER BY x.state_since DESC, x.id DESC LIMIT v_limit) o
        JOIN saraban.people dp ON dp.id = o.drafter_id
        ORDER BY o.state_since DESC, o.id DESC
        LIMIT v_limit;
    ELSE
        PERFORM saraban.fail('SBVAL', 'approvals.folder.unknown', 'folder', 'one_of',
                             'The folder must be to_approve, my_drafts or to_issue.',
                             'ແຟ້ມ ຕ້ອງແມ່ນ to_approve (ລໍຖ້າອະນຸມັດ), my_drafts (ຮ່າງຂອງຂ້ອຍ) '
                             'ຫຼື to_issue (ລໍຖ້າອອກເລກທີ).');
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION saraban.approval_counts()
    RETURNS TABLE (folder text, total bigint, unread bigint, overdue bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
    SET jit = off
    SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
    v_today  date := saraban.office_today();
    v_heads  integer[] := '{}';
    v_units  integer[] := '{}';
BEGIN
    -- My own steps, then those of each head I act for (disjoint: nobody acts for themselves);
    -- each an index scan of the open steps, where one condition with OR would read them all.
    SELECT coalesce(array_agg(a.head_id), '{}'), coalesce(array_agg(a.unit_id), '{}')
    INTO v_heads, v_units FROM saraban.approval_acting_for(v_person.id) a;
    RETURN QUERY
    SELECT 'to_approve'::text, count(*), count(*) FILTER (WHERE s.opened_at IS NULL),
           count(*) FILTER (WHERE s.due_on < v_today)
    FROM (SELECT s1.draft_id, s1.opened_at, s1.due_on FROM saraban.approval_steps s1
          WHERE s1.state = 'active' AND s1.assignee_id = v_person.id
          UNION ALL
          SELECT s2.draft_id, s2.opened_at, s2.due_on
          FROM unnest(v_heads, v_units) AS a(head_id, unit_id),
          LATERAL (SELECT x.draft_id, x.opened_at, x.due_on FROM saraban.approval_steps x
                   WHERE x.state = 'active' AND x.assignee_id = a.head_id
                     AND x.head_unit_id = a.unit_id) s2) s
    JOIN saraban.drafts d ON d.id = s.draft_id
    WHERE d.confidentiality <= v_person.clearance;
    RETURN QUERY
    SELECT 'my_drafts'::text, count(*), 0::bigint,
           count(*) FILTER (WHERE EXISTS (SELECT FROM saraban.approval_steps s
                                          WHERE s.draft_id = d.id AND s.state = 'active'
                                            AND s.due_on < v_today))
    FROM saraban.drafts d
    WHERE d.drafter_id = v_person.id AND d.state NOT IN ('issued', 'withdrawn');
    -- Overdue here: issued, but the number is not on the PDF yet.
    RETURN QUERY
    SELECT 'to_issue'::text, count(*), 0::bigint, count(*) FILTER (WHERE d.number_pending)
    FROM unnest(saraban.my_issuing_units()) AS u(unit_id)
    JOIN saraban.drafts d ON d.unit_id = u.unit_id
    WHERE (d.state IN ('approved', 'signed') OR d.number_pending)
      AND d.confidentiality <= v_person.clearance;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Number versions

CREATE OR REPLACE FUNCTION saraban.letter_add_version(p_letter_id bigint, p_content bytea, p_kind text,
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
    IF p_kind IS NULL OR p_kind NOT IN ('stamp', 'endorsement', 'number') THEN
        PERFORM saraban.fail('SBVAL', 'letter_version.kind', 'kind', 'one_of',
                             'The kind of version must be stamp, endorsement or number.',
                             'ປະເພດສະບັບ ຕ້ອງແມ່ນ ກາຈ້ຳ (stamp), ຄຳເຫັນສັ່ງການ (endorsement) '
                             'ຫຼື ເລກທີ (number).');
    END IF;
    IF p_kind IN ('stamp', 'number') THEN
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
    IF p_kind = 'number' THEN
        UPDATE saraban.drafts AS d SET number_pending = false
        WHERE d.letter_id = p_letter_id AND d.number_pending;
        PERFORM saraban.notify_draft(d.id) FROM saraban.drafts d WHERE d.letter_id = p_letter_id;
    END IF;
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
CREATE OR REPLACE FUNCTION saraban.letter_version_content(p_letter_id bigint, p_version integer)
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
SELECT saraban.hand_over_to_owner();

GRANT EXECUTE ON FUNCTION saraban.my_issuing_units()
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
