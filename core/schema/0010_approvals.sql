-- 0010 approvals: drafts of outgoing letters and memos, their versions, reusable approval
-- chains, the steps of each submission with their decisions, and issuing a signed draft into
-- an outgoing register. Conventions (roles, errors, who is calling): see 0002_security.sql.
-- Builds on 0006 (files, letters, register_letter) and 0008 (acting, notifications); it does
-- not use 0009 (routing).
--
-- DRAFT STATES (saraban.drafts.state)             who moves it
--   editing      new, or being revised            draft_create / draft_revise (the drafter)
--   in_approval  a chain is running               draft_submit (the drafter)
--   returned     rejected back to the drafter     approval_decide (a step's decider)
--   approved     the signatory approved           approval_decide on the 'sign' step
--   signed       ... and gave the signed PDF       (approved and signed are both issuable)
--   issued       numbered in a register, sent     draft_issue (a clerk of the register)
--   withdrawn    abandoned by the drafter         draft_withdraw (editing/returned/in_approval)
-- A returned draft is submitted again only after a new version (draft_revise).
--
-- CHAINS. A chain is an ordered list of steps, given explicitly to draft_submit or taken from
-- a chain template (per unit, optionally per letter type, kept by the unit's administrators):
--   [{"kind": "review", "login": "somchai"}, {"kind": "opinion", "head_of": "DIV1",
--    "due_days": 3}, {"kind": "opinion", "login": "noy", "due_days": 3},
--    {"kind": "sign", "head_of": "DEPT"}]
--   review   a sequential stage of its own
--   opinion  consecutive opinion steps form one parallel stage: all are opened at once, each
--            with its own due date (due_days from the day the stage opens). The group GATES the
--            chain: the next stage opens only when every opinion of the group has been given
--            (approved). An opinion may also reject, like any step; rejecting cancels the other
--            open opinions of the group. A late opinion shows as overdue in approvals_page;
--            it does not open the next stage by itself (there is no clock on the server).
--   sign     exactly one, the last step. Its approval ends the chain; when it carries the
--            signed PDF (approval_decide's p_signed_content) that becomes a new version of
--            kind 'signed' and the draft is 'signed', otherwise 'approved'.
-- A step's assignee is a person ("login") or "the head of unit X" ("head_of"). The latter is
-- resolved when the draft is submitted, to the unit's first active head (lowest membership),
-- and remembered with the unit: such a step is decided by that head or by whoever that head
-- named acting in that unit for today (saraban.approval_acts_for(), the conditions of
-- saraban.head_capacity() for one named head, so a deputy head may act for the head); the
-- audit then carries on_behalf_of (saraban.behalf_data()).
-- A person step is decided by that person only. Nobody is assigned their own draft, and every
-- assignee must be cleared for the draft's confidentiality when it is submitted.
--
-- STEPS (saraban.approval_steps) are the activations of a chain. Every stage of a submission
-- ("round") gets its rows at submission ('pending', the first 'active'). Rejecting to the
-- previous step re-opens the stage before: new rows copying that stage's last activation
-- (activation + 1), and the rejected stage gets new rows again when the chain comes back to
-- it. So every decision ever taken stays on its own row: state 'approved' or 'rejected' with
-- decided_by, on_behalf_of (the head the decider acted for) and decided_at. Rejecting to the
-- previous step from the first stage returns the draft to the drafter.
--
-- RACES. Every transition locks the draft's row first (SELECT ... FOR UPDATE), then reads the
-- step again: of two people deciding one step at once, the second waits, then sees the
-- first's decision and is refused with SBCON approval.already_decided naming who decided and
-- when. Decisions on parallel opinion steps of one draft are serialised the same way, so the
-- last opinion opens the next stage exactly once.
--
-- VISIBILITY (row-level security, saraban.draft_visible_to()): the drafter; whoever is or was
-- assignee of a step of the draft, and whoever acts for such a head today; the heads and
-- clerks of the draft's unit and of the units above it (they sign and issue); always up to
-- the person's clearance. Versions and steps are visible with their draft.
--
-- NOTIFICATIONS (see 0008): a newly opened step notifies its assignee and whoever acts for
-- them ('approval:<step id>'); a decision notifies the drafter ('draft:<draft id>'); an
-- approved or signed draft notifies the clerks of its unit; every change notifies
-- saraban_draft; issuing also notifies saraban_letter with the new letter.

CREATE TABLE saraban.drafts (
    id                bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id           integer  NOT NULL REFERENCES saraban.units,
    letter_type_id    integer  REFERENCES saraban.letter_types,
    subject           text     NOT NULL,
    urgency           smallint NOT NULL DEFAULT 0 REFERENCES saraban.urgency_levels,
    confidentiality   smallint NOT NULL DEFAULT 0 REFERENCES saraban.confidentiality_levels,
    drafter_id        integer  NOT NULL REFERENCES saraban.people,
    state             text     NOT NULL DEFAULT 'editing'
                               CHECK (state IN ('editing', 'in_approval', 'returned', 'approved',
                                                'signed', 'issued', 'withdrawn')),
    -- When it reached its state, to the millisecond (the inbox's keyset survives a client).
    state_since       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
    current_version   integer  NOT NULL DEFAULT 1,
    round             smallint NOT NULL DEFAULT 0, -- submissions so far
    returned_version  integer, -- the version that was returned: resubmitting needs a newer one
    approved_on       date,    -- office date of the signatory's approval: the letter's date
    in_reply_to       bigint   REFERENCES saraban.letters,
    letter_id         bigint   REFERENCES saraban.letters, -- once issued
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX drafts_drafter ON saraban.drafts (drafter_id, state_since DESC, id DESC);
CREATE INDEX drafts_unit ON saraban.drafts (unit_id);

CREATE TABLE saraban.draft_versions (
    draft_id   bigint   NOT NULL REFERENCES saraban.drafts,
    version    integer  NOT NULL CHECK (version > 0),
    kind       text     NOT NULL CHECK (kind IN ('draft', 'signed')),
    sha256     bytea    REFERENCES saraban.files,
    file_name  text,
    body       jsonb, -- the composer's structured text, when it made the draft
    note       text     NOT NULL DEFAULT '',
    created_by integer  NOT NULL REFERENCES saraban.people,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (draft_id, version),
    CHECK (sha256 IS NOT NULL OR body IS NOT NULL),
    CHECK ((sha256 IS NULL) = (file_name IS NULL))
);
CREATE INDEX draft_versions_sha256 ON saraban.draft_versions (sha256);

CREATE TABLE saraban.chain_templates (
    id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id        integer NOT NULL REFERENCES saraban.units,
    letter_type_id integer REFERENCES saraban.letter_types, -- NULL: any type
    name_lo        text    NOT NULL,
    name_en        text    NOT NULL DEFAULT '',
    active         boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chain_templates_unit ON saraban.chain_templates (unit_id, letter_type_id);

CREATE TABLE saraban.chain_template_steps (
    template_id  integer  NOT NULL REFERENCES saraban.chain_templates,
    position     smallint NOT NULL CHECK (position > 0),
    stage        smallint NOT NULL CHECK (stage > 0),
    kind         text     NOT NULL CHECK (kind IN ('review', 'opinion', 'sign')),
    person_id    integer  REFERENCES saraban.people,
    head_unit_id integer  REFERENCES saraban.units,
    due_days     integer  CHECK (due_days BETWEEN 1 AND 365),
    PRIMARY KEY (template_id, position),
    CHECK ((person_id IS NULL) <> (head_unit_id IS NULL))
);

CREATE TABLE saraban.approval_steps (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id        bigint   NOT NULL REFERENCES saraban.drafts,
    round           smallint NOT NULL CHECK (round > 0),
    stage           smallint NOT NULL CHECK (stage > 0),
    activation      smallint NOT NULL DEFAULT 1 CHECK (activation > 0),
    kind            text     NOT NULL CHECK (kind IN ('review', 'opinion', 'sign')),
    assignee_id     integer  NOT NULL REFERENCES saraban.people,
    head_unit_id    integer  REFERENCES saraban.units, -- set: "the head of this unit"
    due_days        integer,
    state           text     NOT NULL CHECK (state IN ('pending', 'active', 'approved',
                                                        'rejected', 'cancelled')),
    activated_at    timestamptz, -- milliseconds, the inbox's sort key
    due_on          date,
    opened_at       timestamptz, -- first opened by its decider (unread until then)
    decision        text     CHECK (decision IN ('approved', 'rejected_to_previous',
                                                 'rejected_to_drafter')),
    comment         text,
    decided_by      integer  REFERENCES saraban.people,
    on_behalf_of    integer  REFERENCES saraban.people,
    decided_at      timestamptz,
    decided_version integer,
    CHECK ((state IN ('approved', 'rejected')) = (decided_at IS NOT NULL)),
    CHECK ((state IN ('approved', 'rejected')) = (decision IS NOT NULL))
);
CREATE INDEX approval_steps_draft ON saraban.approval_steps (draft_id, round, stage, activation);
CREATE INDEX approval_steps_assignee ON saraban.approval_steps (assignee_id, head_unit_id);
CREATE INDEX approval_steps_open ON saraban.approval_steps (assignee_id, activated_at DESC, id DESC)
    WHERE state = 'active';

-- How an issued draft went out.
CREATE TABLE saraban.letter_dispatches (
    letter_id bigint  PRIMARY KEY REFERENCES saraban.letters,
    draft_id  bigint  NOT NULL UNIQUE REFERENCES saraban.drafts,
    sent_on   date    NOT NULL,
    sent_via  text    NOT NULL CHECK (sent_via IN ('post', 'hand', 'email', 'fax', 'gnet',
                                                   'other')),
    issued_by integer NOT NULL REFERENCES saraban.people,
    issued_at timestamptz NOT NULL DEFAULT now()
);

-- What one chain step is, parsed and checked (saraban.chain_parse()).
CREATE TYPE saraban.chain_step AS (
    stage        smallint,
    kind         text,
    person_id    integer,
    head_unit_id integer,
    due_days     integer
);

-- ---------------------------------------------------------------------------------------
-- Who sees what, who decides

-- Whether p_person_id acts today for the head p_head_id in p_unit_id: the conditions of
-- saraban.head_capacity() (0008) for one named head. Not head_capacity() itself: it answers
-- a head with themselves, so a deputy head (a head of the unit too) could never decide the
-- steps of the head who named them acting.
CREATE FUNCTION saraban.approval_acts_for(p_person_id integer, p_head_id integer,
                                          p_unit_id integer)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_unit_id IS NOT NULL AND EXISTS (
        SELECT FROM saraban.acting_appointments a
        JOIN saraban.people h ON h.id = a.head_id AND h.active
        JOIN saraban.people p ON p.id = a.acting_id AND p.active
        WHERE a.unit_id = p_unit_id AND a.head_id = p_head_id AND a.acting_id = p_person_id
          AND a.revoked_at IS NULL
          AND saraban.office_today() BETWEEN a.starts_on AND a.ends_on
          AND saraban.has_role_in(p_head_id, p_unit_id, 'head'))
$$;

CREATE FUNCTION saraban.draft_visible_to(p_person saraban.people, p_draft saraban.drafts)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_person.active AND p_draft.confidentiality <= p_person.clearance AND (
        p_draft.drafter_id = p_person.id
        OR EXISTS (SELECT FROM saraban.memberships m
                   WHERE m.person_id = p_person.id AND m.active AND m.role IN ('head', 'clerk')
                     AND m.unit_id = ANY (saraban.unit_ancestors(p_draft.unit_id)))
        OR EXISTS (SELECT FROM saraban.approval_steps s
                   WHERE s.draft_id = p_draft.id
                     AND (s.assignee_id = p_person.id
                          OR saraban.approval_acts_for(p_person.id, s.assignee_id,
                                                       s.head_unit_id))))
$$;

-- For the policies: the same rule for the caller.
CREATE FUNCTION saraban.draft_visible(p_draft_id bigint)
    RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce((SELECT saraban.draft_visible_to(p, d)
                     FROM saraban.people p, saraban.drafts d
                     WHERE p.login = session_user AND d.id = p_draft_id), false)
$$;

-- Heads the caller acts for today, per unit (for to_approve).
CREATE FUNCTION saraban.approval_acting_for(p_person_id integer)
    RETURNS TABLE (unit_id integer, head_id integer)
    LANGUAGE sql STABLE ROWS 2
    SET search_path = saraban, pg_temp
AS $$
    SELECT DISTINCT a.unit_id, a.head_id FROM saraban.acting_appointments a
    WHERE a.acting_id = p_person_id
      AND saraban.approval_acts_for(p_person_id, a.head_id, a.unit_id)
$$;

-- The same rule for the row-level security policy, as sets computed once per query (a
-- function called for every row made reading 20,000 drafts take seconds): the units whose
-- drafts the caller sees as head or clerk, and the drafts where the caller, or the head they
-- act for, holds a step.
CREATE FUNCTION saraban.my_draft_units()
    RETURNS integer[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT saraban.unit_subtree(ARRAY(
        SELECT m.unit_id FROM saraban.memberships m
        JOIN saraban.people p ON p.id = m.person_id AND p.active
        WHERE p.login = session_user AND m.active AND m.role IN ('head', 'clerk')))
$$;

CREATE FUNCTION saraban.my_step_drafts()
    RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT d), '{}') FROM (
        SELECT s.draft_id FROM saraban.approval_steps s
        WHERE s.assignee_id = saraban.caller_person_id()
        UNION ALL
        SELECT s.draft_id FROM saraban.approval_acting_for(saraban.caller_person_id()) a
        JOIN saraban.approval_steps s ON s.assignee_id = a.head_id AND s.head_unit_id = a.unit_id
    ) steps(d)
$$;

-- The head on whose behalf p_person_id may decide the step (the assignee), or NULL.
CREATE FUNCTION saraban.approval_step_capacity(p_person_id integer, p_step saraban.approval_steps)
    RETURNS integer
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT CASE
        WHEN p_step.assignee_id = p_person_id THEN p_person_id
        WHEN saraban.approval_acts_for(p_person_id, p_step.assignee_id, p_step.head_unit_id)
            THEN p_step.assignee_id
    END
$$;

-- The people told about an open step: the assignee and whoever acts for them in its unit.
CREATE FUNCTION saraban.approval_step_deciders(p_step saraban.approval_steps)
    RETURNS SETOF integer
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_step.assignee_id
    UNION
    SELECT a.acting_id FROM saraban.acting_appointments a
    WHERE a.unit_id = p_step.head_unit_id AND a.head_id = p_step.assignee_id
      AND saraban.approval_acts_for(a.acting_id, p_step.assignee_id, p_step.head_unit_id)
$$;

CREATE FUNCTION saraban.draft_person_name(p_person_id integer)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$ SELECT full_name FROM saraban.people WHERE id = p_person_id $$;

CREATE FUNCTION saraban.approval_time_text(p_at timestamptz)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$ SELECT to_char(p_at AT TIME ZONE saraban.setting('time_zone'), 'YYYY-MM-DD HH24:MI:SS') $$;

-- The draft, locked for a transition, when the person may see it; SBNFD otherwise (a draft
-- one may not see is not said to exist).
CREATE FUNCTION saraban.open_draft(p_draft_id bigint, p_person saraban.people)
    RETURNS saraban.drafts
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.drafts;
BEGIN
    SELECT * INTO v FROM saraban.drafts WHERE id = p_draft_id FOR UPDATE;
    IF NOT FOUND OR NOT saraban.draft_visible_to(p_person, v) THEN
        PERFORM saraban.fail('SBNFD', 'draft.unknown', 'draft', 'exists',
                             'There is no such draft, or you may not see it.',
                             'ບໍ່ມີຮ່າງໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION saraban.draft_state_lo(p_state text)
    RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT CASE p_state
        WHEN 'editing' THEN 'ກຳລັງແກ້ໄຂ' WHEN 'in_approval' THEN 'ກຳລັງພິຈາລະນາ'
        WHEN 'returned' THEN 'ຖືກສົ່ງຄືນ' WHEN 'approved' THEN 'ອະນຸມັດແລ້ວ'
        WHEN 'signed' THEN 'ລົງລາຍເຊັນແລ້ວ' WHEN 'issued' THEN 'ອອກເລກທີແລ້ວ'
        WHEN 'withdrawn' THEN 'ຖອນຄືນແລ້ວ' ELSE p_state END
$$;

-- Refuses a transition the draft's state does not allow.
CREATE FUNCTION saraban.require_draft_state(p_draft saraban.drafts, p_allowed text[])
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF NOT p_draft.state = ANY (p_allowed) THEN
        PERFORM saraban.fail('SBCON', 'draft.state', 'draft', 'state',
                             'The draft is ' || replace(p_draft.state, '_', ' ') ||
                             '; this is not possible now.',
                             'ຮ່າງໜັງສືນີ້ ' || saraban.draft_state_lo(p_draft.state) ||
                             '; ບໍ່ສາມາດເຮັດສິ່ງນີ້ໄດ້ໃນຕອນນີ້.');
    END IF;
END
$$;

CREATE FUNCTION saraban.require_drafter(p_draft saraban.drafts, p_person saraban.people)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_draft.drafter_id <> p_person.id THEN
        PERFORM saraban.fail('SBPRM', 'draft.not_drafter', 'draft', 'drafter_only',
                             'Only the drafter, ' || saraban.draft_person_name(p_draft.drafter_id) ||
                             ', may do this.',
                             'ສະເພາະຜູ້ຮ່າງ, ' || saraban.draft_person_name(p_draft.drafter_id) ||
                             ', ເທົ່ານັ້ນ ຈຶ່ງເຮັດສິ່ງນີ້ໄດ້.');
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Versions

-- Checks and adds one version; returns its number.
CREATE FUNCTION saraban.add_draft_version(p_draft_id bigint, p_version integer, p_kind text,
                                          p_content bytea, p_file_name text, p_body jsonb,
                                          p_note text, p_person_id integer)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_sha  bytea;
    v_name text;
    v_note text;
BEGIN
    IF p_content IS NULL AND p_body IS NULL THEN
        PERFORM saraban.fail('SBVAL', 'draft.version.empty', 'content', 'required',
                             'A version needs a PDF file or the composed text.',
                             'ສະບັບຮ່າງ ຕ້ອງມີໄຟລ໌ PDF ຫຼື ຂໍ້ຄວາມທີ່ຮ່າງໄວ້.');
    END IF;
    IF p_body IS NOT NULL AND (jsonb_typeof(p_body) <> 'object'
                               OR octet_length(p_body::text) > 1048576) THEN
        PERFORM saraban.fail('SBVAL', 'draft.body.invalid', 'body', 'json_object',
                             'The composed text must be a JSON object of at most 1 MB.',
                             'ຂໍ້ຄວາມທີ່ຮ່າງ ຕ້ອງເປັນ JSON object ບໍ່ເກີນ 1 MB.');
    END IF;
    v_note := coalesce(saraban.check_text(p_note, 'draft.note', 'note', 'The note', 'ໝາຍເຫດ',
                                          2000, false), '');
    IF p_content IS NOT NULL THEN
        v_name := coalesce(saraban.check_text(p_file_name, 'draft.file_name', 'file_name',
                                              'The file name', 'ຊື່ໄຟລ໌', 255, false),
                           'draft.pdf');
        v_sha := saraban.store_file(p_content, CASE p_kind WHEN 'signed' THEN 'signed_content'
                                                           ELSE 'content' END, true, p_person_id);
    END IF;
    INSERT INTO saraban.draft_versions (draft_id, version, kind, sha256, file_name, body, note,
                                        created_by)
    VALUES (p_draft_id, p_version, p_kind, v_sha, v_name, p_body, v_note, p_person_id);
    RETURN p_version;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Chains

-- Parses and checks a chain (see CHAINS above). p_field names the input in errors.
CREATE FUNCTION saraban.chain_parse(p_steps jsonb, p_field text)
    RETURNS SETOF saraban.chain_step
    LANGUAGE plpgsql STABLE
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_item   record;
    v_step   saraban.chain_step;
    v_count  integer;
    v_stage  smallint := 0;
    v_prev   text;
    v_person saraban.people;
    v_unit   saraban.units;
BEGIN
    IF p_steps IS NULL OR jsonb_typeof(p_steps) <> 'array' OR jsonb_array_length(p_steps) = 0
       OR jsonb_array_length(p_steps) > 20 THEN
        PERFORM saraban.fail('SBVAL', 'chain.steps.invalid', p_field, 'array',
                             'The approval chain must be a list of 1 to 20 steps.',
                             'ສາຍການອະນຸມັດ ຕ້ອງເປັນລາຍການ 1 ຫາ 20 ຂັ້ນຕອນ.');
    END IF;
    v_count := jsonb_array_length(p_steps);
    FOR v_item IN SELECT value, ordinality FROM jsonb_array_elements(p_steps) WITH ORDINALITY LOOP
        v_step := NULL;
        v_step.kind := CASE WHEN jsonb_typeof(v_item.value) = 'object'
                            THEN v_item.value ->> 'kind' END;
        IF v_step.kind IS NULL OR v_step.kind NOT IN ('review', 'opinion', 'sign') THEN
            PERFORM saraban.fail('SBVAL', 'chain.kind.unknown', p_field, 'one_of',
                                 'Each step is review, opinion or sign.',
                                 'ແຕ່ລະຂັ້ນຕອນ ຕ້ອງແມ່ນ review (ກວດກາ), opinion (ໃຫ້ຄຳເຫັນ) ຫຼື '
                                 'sign (ລົງລາຍເຊັນ).');
        END IF;
        IF (v_step.kind = 'sign') <> (v_item.ordinality = v_count) THEN
            PERFORM saraban.fail('SBVAL', 'chain.sign.last', p_field, 'one_sign_last',
                                 'The chain has exactly one signing step, and it is the last.',
                                 'ສາຍການອະນຸມັດ ມີຂັ້ນຕອນລົງລາຍເຊັນ ພຽງໜຶ່ງດຽວ ແລະ ເປັນຂັ້ນຕອນສຸດທ້າຍ.');
        END IF;
        IF (jsonb_typeof(v_item.value -> 'login') = 'string')
           = (jsonb_typeof(v_item.value -> 'head_of') = 'string') THEN
            PERFORM saraban.fail('SBVAL', 'chain.assignee.invalid', p_field, 'one_assignee',
                                 'Each step names either a person (login) or a unit whose head '
                                 'decides (head_of).',
                                 'ແຕ່ລະຂັ້ນຕອນ ຕ້ອງລະບຸ ບຸກຄົນ (login) ຫຼື ໜ່ວຍງານທີ່ຫົວໜ້າເປັນຜູ້ພິຈາລະນາ '
                                 '(head_of) ຢ່າງໃດຢ່າງໜຶ່ງ.');
        END IF;
        IF v_item.value ? 'login' THEN
            v_person := saraban.person_by_login(v_item.value ->> 'login');
            IF NOT v_person.active THEN
                PERFORM saraban.fail('SBVAL', 'chain.person.inactive', p_field, 'active_person',
                                     v_person.full_name || ' is no longer an active user.',
                                     v_person.full_name || ' ບໍ່ແມ່ນຜູ້ໃຊ້ທີ່ຍັງເຄື່ອນໄຫວແລ້ວ.');
            END IF;
            v_step.person_id := v_person.id;
        ELSE
            v_unit := saraban.unit_by_code(v_item.value ->> 'head_of', p_field);
            v_step.head_unit_id := v_unit.id;
        END IF;
        IF v_item.value ? 'due_days' THEN
            IF jsonb_typeof(v_item.value -> 'due_days') <> 'number'
               OR (v_item.value ->> 'due_days') !~ '^[0-9]{1,3}$'
               OR (v_item.value ->> 'due_days')::integer NOT BETWEEN 1 AND 365 THEN
                PERFORM saraban.fail('SBVAL', 'chain.due_days.invalid', p_field, 'range',
                                     'Days to answer must be a whole number from 1 to 365.',
                                     'ຈຳນວນວັນໃຫ້ຕອບ ຕ້ອງເປັນຈຳນວນເຕັມ ແຕ່ 1 ຫາ 365.');
            END IF;
            v_step.due_days := (v_item.value ->> 'due_days')::integer;
        END IF;
        IF NOT (v_step.kind = 'opinion' AND coalesce(v_prev = 'opinion', false)) THEN
            v_stage := v_stage + 1;
        END IF;
        v_step.stage := v_stage;
        v_prev := v_step.kind;
        RETURN NEXT v_step;
    END LOOP;
END
$$;

-- A template's steps in the form chain_parse() reads.
CREATE FUNCTION saraban.chain_template_json(p_template_id integer)
    RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'kind', s.kind, 'login', p.login, 'head_of', u.code, 'due_days', s.due_days))
               ORDER BY s.position), '[]')
    FROM saraban.chain_template_steps s
    LEFT JOIN saraban.people p ON p.id = s.person_id
    LEFT JOIN saraban.units u ON u.id = s.head_unit_id
    WHERE s.template_id = p_template_id
$$;

CREATE FUNCTION saraban.chain_template_save(p_template_id integer, p_unit_id integer,
                                            p_letter_type_id integer, p_name_lo text,
                                            p_name_en text, p_steps jsonb)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_template saraban.chain_templates;
    v_name_lo  text;
    v_name_en  text;
    v_id       integer;
    v_steps    saraban.chain_step[];
BEGIN
    IF NOT EXISTS (SELECT FROM saraban.units WHERE id = p_unit_id) THEN
        PERFORM saraban.fail('SBNFD', 'unit.unknown', 'unit', 'exists',
                             'There is no unit with the number ' ||
                             coalesce(p_unit_id::text, '(none)') || '.',
                             'ບໍ່ມີໜ່ວຍງານເລກ ' || coalesce(p_unit_id::text, '(ບໍ່ມີ)') || '.');
    END IF;
    PERFORM saraban.require_admin_of(p_unit_id);
    IF p_template_id IS NOT NULL THEN
        SELECT * INTO v_template FROM saraban.chain_templates
        WHERE id = p_template_id AND active FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM saraban.fail('SBNFD', 'chain_template.unknown', 'template', 'exists',
                                 'There is no such approval chain template.',
                                 'ບໍ່ມີແມ່ແບບສາຍການອະນຸມັດນີ້.');
        END IF;
        -- Moving a template needs the right on both units.
        PERFORM saraban.require_admin_of(v_template.unit_id);
    END IF;
    v_name_lo := saraban.check_text(p_name_lo, 'chain_template.name_lo', 'name_lo',
                                    'The Lao name', 'ຊື່ພາສາລາວ', 200, true);
    v_name_en := coalesce(saraban.check_text(p_name_en, 'chain_template.name_en', 'name_en',
                                             'The English name', 'ຊື່ພາສາອັງກິດ', 200, false), '');
    IF p_letter_type_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM saraban.letter_types WHERE id = p_letter_type_id AND active) THEN
        PERFORM saraban.fail('SBVAL', 'letter.type.unknown', 'letter_type', 'exists',
                             'There is no such letter type.', 'ບໍ່ມີປະເພດໜັງສືນີ້.');
    END IF;
    v_steps := ARRAY(SELECT c FROM saraban.chain_parse(p_steps, 'steps') c);

    IF p_template_id IS NULL THEN
        INSERT INTO saraban.chain_templates (unit_id, letter_type_id, name_lo, name_en)
        VALUES (p_unit_id, p_letter_type_id, v_name_lo, v_name_en)
        RETURNING id INTO v_id;
    ELSE
        v_id := p_template_id;
        UPDATE saraban.chain_templates
        SET unit_id = p_unit_id, letter_type_id = p_letter_type_id, name_lo = v_name_lo,
            name_en = v_name_en, updated_at = now()
        WHERE id = v_id;
        DELETE FROM saraban.chain_template_steps WHERE template_id = v_id;
    END IF;
    INSERT INTO saraban.chain_template_steps (template_id, position, stage, kind, person_id,
                                              head_unit_id, due_days)
    SELECT v_id, c.position::smallint, c.stage, c.kind, c.person_id, c.head_unit_id,
           c.due_days
    FROM unnest(v_steps) WITH ORDINALITY AS c(stage, kind, person_id, head_unit_id, due_days,
                                               position);
    PERFORM saraban.audit('chain_template.save', 'chain_template', v_id::text,
                          jsonb_build_object('unit', p_unit_id, 'letter_type', p_letter_type_id,
                                             'name_lo', v_name_lo, 'name_en', v_name_en,
                                             'steps', saraban.chain_template_json(v_id)));
    RETURN v_id;
END
$$;

-- A template is retired, not erased: submissions made with it keep their meaning.
CREATE FUNCTION saraban.chain_template_delete(p_template_id integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_template saraban.chain_templates;
BEGIN
    SELECT * INTO v_template FROM saraban.chain_templates
    WHERE id = p_template_id AND active FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'chain_template.unknown', 'template', 'exists',
                             'There is no such approval chain template.',
                             'ບໍ່ມີແມ່ແບບສາຍການອະນຸມັດນີ້.');
    END IF;
    PERFORM saraban.require_admin_of(v_template.unit_id);
    UPDATE saraban.chain_templates SET active = false, updated_at = now()
    WHERE id = p_template_id;
    PERFORM saraban.audit('chain_template.delete', 'chain_template', p_template_id::text, '{}');
END
$$;

-- Opens a stage of the draft's current round: its pending rows, or a new activation copying
-- the stage's last one (when a rejection brought the chain back). Notifies the deciders.
CREATE FUNCTION saraban.approval_open_stage(p_draft saraban.drafts, p_stage smallint)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_now   timestamptz := date_trunc('milliseconds', now());
    v_today date := saraban.office_today();
    v_step  saraban.approval_steps;
    v_who   integer;
BEGIN
    IF EXISTS (SELECT FROM saraban.approval_steps
               WHERE draft_id = p_draft.id AND round = p_draft.round AND stage = p_stage
                 AND state = 'pending') THEN
        UPDATE saraban.approval_steps
        SET state = 'active', activated_at = v_now, due_on = v_today + due_days
        WHERE draft_id = p_draft.id AND round = p_draft.round AND stage = p_stage
          AND state = 'pending';
    ELSE
        INSERT INTO saraban.approval_steps (draft_id, round, stage, activation, kind,
                                            assignee_id, head_unit_id, due_days, state,
                                            activated_at, due_on)
        SELECT s.draft_id, s.round, s.stage, s.activation + 1, s.kind, s.assignee_id,
               s.head_unit_id, s.due_days, 'active', v_now, v_today + s.due_days
        FROM saraban.approval_steps s
        WHERE s.draft_id = p_draft.id AND s.round = p_draft.round AND s.stage = p_stage
          AND s.activation = (SELECT max(activation) FROM saraban.approval_steps
                              WHERE draft_id = p_draft.id AND round = p_draft.round
                                AND stage = p_stage);
    END IF;
    FOR v_step IN SELECT * FROM saraban.approval_steps
                  WHERE draft_id = p_draft.id AND round = p_draft.round AND stage = p_stage
                    AND state = 'active' LOOP
        FOR v_who IN SELECT * FROM saraban.approval_step_deciders(v_step) LOOP
            PERFORM saraban.notify_person(v_who, 'approval', v_step.id);
        END LOOP;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The drafter's functions

CREATE FUNCTION saraban.draft_create(p_unit_id integer, p_subject text,
                                     p_letter_type_id integer DEFAULT NULL,
                                     p_urgency smallint DEFAULT 0,
                                     p_confidentiality smallint DEFAULT 0,
                                     p_content bytea DEFAULT NULL,
                                     p_file_name text DEFAULT NULL,
                                     p_body jsonb DEFAULT NULL,
                                     p_in_reply_to bigint DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_subject text;
    v_id      bigint;
BEGIN
    IF NOT EXISTS (SELECT FROM saraban.units WHERE id = p_unit_id) THEN
        PERFORM saraban.fail('SBNFD', 'unit.unknown', 'unit', 'exists',
                             'There is no unit with the number ' ||
                             coalesce(p_unit_id::text, '(none)') || '.',
                             'ບໍ່ມີໜ່ວຍງານເລກ ' || coalesce(p_unit_id::text, '(ບໍ່ມີ)') || '.');
    END IF;
    IF NOT EXISTS (SELECT FROM saraban.memberships
                   WHERE person_id = v_person.id AND unit_id = p_unit_id AND active
                     AND role IN ('clerk', 'officer', 'head')) THEN
        PERFORM saraban.fail('SBPRM', 'draft.not_member', 'unit', 'member_of_unit',
                             'Only a clerk, officer or head of the unit may draft its letters.',
                             'ສະເພາະພະນັກງານສາລະບັນ, ພະນັກງານວິຊາການ ຫຼື ຫົວໜ້າ ຂອງໜ່ວຍງານ '
                             'ເທົ່ານັ້ນ ຈຶ່ງຮ່າງໜັງສືຂອງໜ່ວຍງານໄດ້.');
    END IF;
    v_subject := saraban.check_text(p_subject, 'draft.subject', 'subject', 'The subject',
                                    'ຫົວເລື່ອງ', saraban.setting('subject_max_length')::integer,
                                    true);
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
    PERFORM saraban.check_clearance(p_confidentiality, 'draft.confidentiality');
    IF p_confidentiality > v_person.clearance THEN
        PERFORM saraban.fail('SBPRM', 'draft.confidentiality.above_clearance',
                             'confidentiality', 'at_most_own_clearance',
                             'You cannot draft a letter more confidential than your clearance.',
                             'ທ່ານບໍ່ສາມາດຮ່າງໜັງສື ທີ່ມີລະດັບຄວາມລັບສູງກວ່າສິດຂອງທ່ານ.');
    END IF;
    IF p_in_reply_to IS NOT NULL AND NOT saraban.letter_visible_to(v_person, p_in_reply_to) THEN
        PERFORM saraban.fail('SBNFD', 'letter.unknown', 'in_reply_to', 'exists',
                             'There is no such letter, or you may not see it.',
                             'ບໍ່ມີໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    INSERT INTO saraban.drafts (unit_id, letter_type_id, subject, urgency, confidentiality,
                                drafter_id, in_reply_to)
    VALUES (p_unit_id, p_letter_type_id, v_subject, p_urgency, p_confidentiality, v_person.id,
            p_in_reply_to)
    RETURNING id INTO v_id;
    PERFORM saraban.add_draft_version(v_id, 1, 'draft', p_content, p_file_name, p_body, NULL,
                                      v_person.id);
    PERFORM saraban.audit('draft.create', 'draft', v_id::text,
                          jsonb_build_object(
                              'unit', p_unit_id, 'letter_type', p_letter_type_id,
                              'subject_sha256', encode(sha256(convert_to(v_subject, 'UTF8')), 'hex'),
                              'urgency', p_urgency, 'confidentiality', p_confidentiality,
                              'in_reply_to', p_in_reply_to));
    PERFORM saraban.notify_draft(v_id);
    RETURN v_id;
END
$$;

CREATE FUNCTION saraban.draft_revise(p_draft_id bigint, p_content bytea, p_file_name text,
                                     p_body jsonb, p_note text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_draft   saraban.drafts := saraban.open_draft(p_draft_id, v_person);
    v_version integer;
BEGIN
    PERFORM saraban.require_drafter(v_draft, v_person);
    PERFORM saraban.require_draft_state(v_draft, ARRAY['editing', 'returned']);
    v_version := saraban.add_draft_version(v_draft.id, v_draft.current_version + 1, 'draft',
                                           p_content, p_file_name, p_body, p_note, v_person.id);
    UPDATE saraban.drafts SET current_version = v_version WHERE id = v_draft.id;
    PERFORM saraban.audit('draft.revise', 'draft', v_draft.id::text,
                          jsonb_build_object('version', v_version));
    PERFORM saraban.notify_draft(v_draft.id);
    RETURN v_version;
END
$$;

-- Starts the approval chain: a template's (p_template_id) or the given steps (p_steps).
-- Returns the round (1 for the first submission).
CREATE FUNCTION saraban.draft_submit(p_draft_id bigint, p_template_id integer DEFAULT NULL,
                                     p_steps jsonb DEFAULT NULL)
    RETURNS smallint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_draft    saraban.drafts := saraban.open_draft(p_draft_id, v_person);
    v_template saraban.chain_templates;
    v_steps    jsonb := p_steps;
    v_chain    saraban.chain_step;
    v_assignee saraban.people;
    v_unit     saraban.units;
    v_round    smallint;
    v_audit    jsonb := '[]';
BEGIN
    PERFORM saraban.require_drafter(v_draft, v_person);
    PERFORM saraban.require_draft_state(v_draft, ARRAY['editing', 'returned']);
    IF v_draft.state = 'returned' AND v_draft.current_version <= v_draft.returned_version THEN
        PERFORM saraban.fail('SBCON', 'draft.submit.unrevised', 'draft', 'new_version',
                             'The draft was returned; revise it before submitting it again.',
                             'ຮ່າງໜັງສືຖືກສົ່ງຄືນ; ກະລຸນາແກ້ໄຂ ກ່ອນສົ່ງພິຈາລະນາອີກຄັ້ງ.');
    END IF;
    IF (p_template_id IS NULL) = (p_steps IS NULL) THEN
        PERFORM saraban.fail('SBVAL', 'draft.submit.chain', 'chain', 'template_or_steps',
                             'Give either an approval chain template or the steps, not both.',
                             'ກະລຸນາເລືອກ ແມ່ແບບສາຍການອະນຸມັດ ຫຼື ຂັ້ນຕອນ ຢ່າງໃດຢ່າງໜຶ່ງ.');
    END IF;
    IF p_template_id IS NOT NULL THEN
        SELECT * INTO v_template FROM saraban.chain_templates
        WHERE id = p_template_id AND active;
        IF NOT FOUND THEN
            PERFORM saraban.fail('SBNFD', 'chain_template.unknown', 'template', 'exists',
                                 'There is no such approval chain template.',
                                 'ບໍ່ມີແມ່ແບບສາຍການອະນຸມັດນີ້.');
        END IF;
        IF NOT v_template.unit_id = ANY (saraban.unit_ancestors(v_draft.unit_id))
           OR (v_template.letter_type_id IS NOT NULL
               AND v_template.letter_type_id IS DISTINCT FROM v_draft.letter_type_id) THEN
            PERFORM saraban.fail('SBVAL', 'draft.submit.template_mismatch', 'template',
                                 'template_of_unit_and_type',
                                 'This template is for another unit or letter type.',
                                 'ແມ່ແບບນີ້ ແມ່ນສຳລັບໜ່ວຍງານ ຫຼື ປະເພດໜັງສືອື່ນ.');
        END IF;
        v_steps := saraban.chain_template_json(v_template.id);
    END IF;

    v_round := v_draft.round + 1;
    FOR v_chain IN SELECT * FROM saraban.chain_parse(v_steps, 'steps') LOOP
        IF v_chain.head_unit_id IS NOT NULL THEN
            SELECT * INTO v_unit FROM saraban.units WHERE id = v_chain.head_unit_id;
            SELECT p.* INTO v_assignee FROM saraban.memberships m
            JOIN saraban.people p ON p.id = m.person_id AND p.active
            WHERE m.unit_id = v_chain.head_unit_id AND m.role = 'head' AND m.active
            ORDER BY m.id LIMIT 1;
            IF NOT FOUND THEN
                PERFORM saraban.fail('SBVAL', 'chain.no_head', 'steps', 'unit_has_head',
                                     v_unit.name_lo || ' has no active head to decide this step.',
                                     v_unit.name_lo || ' ບໍ່ມີຫົວໜ້າ ທີ່ຈະພິຈາລະນາຂັ້ນຕອນນີ້.');
            END IF;
        ELSE
            SELECT * INTO v_assignee FROM saraban.people WHERE id = v_chain.person_id;
        END IF;
        IF v_assignee.id = v_draft.drafter_id THEN
            PERFORM saraban.fail('SBVAL', 'chain.assignee.drafter', 'steps', 'not_drafter',
                                 'The drafter cannot approve their own draft.',
                                 'ຜູ້ຮ່າງ ບໍ່ສາມາດອະນຸມັດຮ່າງໜັງສືຂອງຕົນເອງໄດ້.');
        END IF;
        IF v_assignee.clearance < v_draft.confidentiality THEN
            PERFORM saraban.fail('SBVAL', 'chain.assignee.clearance', 'steps', 'cleared_assignee',
                                 v_assignee.full_name || ' is not cleared for this draft''s '
                                 'confidentiality.',
                                 v_assignee.full_name || ' ບໍ່ມີສິດເຂົ້າເຖິງ ລະດັບຄວາມລັບຂອງຮ່າງໜັງສືນີ້.');
        END IF;
        INSERT INTO saraban.approval_steps (draft_id, round, stage, kind, assignee_id,
                                            head_unit_id, due_days, state)
        VALUES (v_draft.id, v_round, v_chain.stage, v_chain.kind, v_assignee.id,
                v_chain.head_unit_id, v_chain.due_days, 'pending');
        v_audit := v_audit || jsonb_build_object('stage', v_chain.stage, 'kind', v_chain.kind,
                                                 'assignee', v_assignee.login,
                                                 'head_of', v_unit.code);
        v_unit := NULL;
    END LOOP;

    UPDATE saraban.drafts
    SET state = 'in_approval', round = v_round, state_since = date_trunc('milliseconds', now())
    WHERE id = v_draft.id
    RETURNING * INTO v_draft;
    PERFORM saraban.approval_open_stage(v_draft, 1::smallint);
    PERFORM saraban.audit('draft.submit', 'draft', v_draft.id::text,
                          jsonb_build_object('round', v_round, 'version', v_draft.current_version,
                                             'template', p_template_id, 'steps', v_audit));
    PERFORM saraban.notify_draft(v_draft.id);
    RETURN v_round;
END
$$;

-- The drafter abandons the draft; open steps are cancelled. Final.
CREATE FUNCTION saraban.draft_withdraw(p_draft_id bigint, p_reason text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
    v_draft  saraban.drafts := saraban.open_draft(p_draft_id, v_person);
    v_reason text;
    v_who    integer;
BEGIN
    PERFORM saraban.require_drafter(v_draft, v_person);
    PERFORM saraban.require_draft_state(v_draft, ARRAY['editing', 'returned', 'in_approval']);
    v_reason := coalesce(saraban.check_text(p_reason, 'draft.reason', 'reason', 'The reason',
                                            'ເຫດຜົນ', 1000, false), '');
    -- Whoever had a step open learns that it is gone.
    FOR v_who IN SELECT DISTINCT d FROM saraban.approval_steps s,
                 LATERAL saraban.approval_step_deciders(s) d
                 WHERE s.draft_id = v_draft.id AND s.state = 'active' LOOP
        PERFORM saraban.notify_person(v_who, 'draft', v_draft.id);
    END LOOP;
    UPDATE saraban.approval_steps SET state = 'cancelled'
    WHERE draft_id = v_draft.id AND state IN ('active', 'pending');
    UPDATE saraban.drafts SET state = 'withdrawn', state_since = date_trunc('milliseconds', now())
    WHERE id = v_draft.id;
    PERFORM saraban.audit('draft.withdraw', 'draft', v_draft.id::text,
                          jsonb_build_object('from_state', v_draft.state, 'reason', v_reason));
    PERFORM saraban.notify_draft(v_draft.id);
END
$$;

-- ---------------------------------------------------------------------------------------
-- Deciding

-- Marks an open step as read by whoever may decide it (the inbox's "unread").
CREATE FUNCTION saraban.approval_open(p_step_id bigint)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
    v_step   saraban.approval_steps;
BEGIN
    SELECT * INTO v_step FROM saraban.approval_steps WHERE id = p_step_id;
    IF NOT FOUND OR saraban.approval_step_capacity(v_person.id, v_step) IS NULL
       OR NOT saraban.draft_visible(v_step.draft_id) THEN
        PERFORM saraban.fail('SBNFD', 'approval.step.unknown', 'step', 'exists',
                             'There is no such approval step for you.',
                             'ບໍ່ມີຂັ້ນຕອນການອະນຸມັດນີ້ ສຳລັບທ່ານ.');
    END IF;
    IF v_step.opened_at IS NULL AND v_step.state = 'active' THEN
        UPDATE saraban.approval_steps SET opened_at = now() WHERE id = p_step_id;
        PERFORM saraban.audit('approval.open', 'draft', v_step.draft_id::text,
                              jsonb_build_object('step', p_step_id));
        PERFORM saraban.notify_person(v_person.id, 'approval', p_step_id);
    END IF;
END
$$;

-- One decision on one step: 'approve', 'reject_previous' or 'reject_drafter' (a comment is
-- required when rejecting). The signing step's approval may carry the signed PDF. Returns the
-- draft's state afterwards.
CREATE FUNCTION saraban.approval_decide(p_step_id bigint, p_decision text, p_comment text,
                                        p_signed_content bytea DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_step     saraban.approval_steps;
    v_draft    saraban.drafts;
    v_head     integer;
    v_comment  text;
    v_decision text;
    v_by       saraban.people;
    v_now      timestamptz := date_trunc('milliseconds', now());
    v_version  integer;
    v_clerk    integer;
BEGIN
    IF p_decision IS NULL OR p_decision NOT IN ('approve', 'reject_previous', 'reject_drafter') THEN
        PERFORM saraban.fail('SBVAL', 'approval.decision.unknown', 'decision', 'one_of',
                             'The decision must be approve, reject_previous or reject_drafter.',
                             'ການຕັດສິນ ຕ້ອງແມ່ນ approve (ອະນຸມັດ), reject_previous (ສົ່ງຄືນຂັ້ນກ່ອນ) '
                             'ຫຼື reject_drafter (ສົ່ງຄືນຜູ້ຮ່າງ).');
    END IF;
    SELECT * INTO v_step FROM saraban.approval_steps WHERE id = p_step_id;
    IF FOUND THEN
        -- Every transition of one draft takes this lock first (see RACES above).
        SELECT * INTO v_draft FROM saraban.drafts WHERE id = v_step.draft_id FOR UPDATE;
    END IF;
    IF v_draft.id IS NULL OR NOT saraban.draft_visible_to(v_person, v_draft) THEN
        PERFORM saraban.fail('SBNFD', 'approval.step.unknown', 'step', 'exists',
                             'There is no such approval step, or you may not see it.',
                             'ບໍ່ມີຂັ້ນຕອນການອະນຸມັດນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    -- Read again under the lock: a decision committed while we waited is seen now.
    SELECT * INTO v_step FROM saraban.approval_steps WHERE id = p_step_id;
    v_head := saraban.approval_step_capacity(v_person.id, v_step);
    IF v_head IS NULL THEN
        PERFORM saraban.fail('SBPRM', 'approval.not_assignee', 'step', 'assignee_or_acting',
                             'This step is for ' || saraban.draft_person_name(v_step.assignee_id) ||
                             '; you may not decide it.',
                             'ຂັ້ນຕອນນີ້ ແມ່ນຂອງ ' || saraban.draft_person_name(v_step.assignee_id) ||
                             '; ທ່ານບໍ່ສາມາດພິຈາລະນາໄດ້.');
    END IF;
    IF v_step.state IN ('approved', 'rejected') THEN
        SELECT * INTO v_by FROM saraban.people WHERE id = v_step.decided_by;
        PERFORM saraban.fail('SBCON', 'approval.already_decided', 'step', 'undecided',
                             'This step was already decided by ' || v_by.full_name || ' at ' ||
                             saraban.approval_time_text(v_step.decided_at) || '.',
                             'ຂັ້ນຕອນນີ້ ຖືກພິຈາລະນາແລ້ວ ໂດຍ ' || v_by.full_name || ' ເວລາ ' ||
                             saraban.approval_time_text(v_step.decided_at) || '.');
    END IF;
    IF v_step.state <> 'active' OR v_draft.state <> 'in_approval' THEN
        PERFORM saraban.fail('SBCON', 'approval.step.not_open', 'step', 'open_step',
                             'This step is not open for a decision.',
                             'ຂັ້ນຕອນນີ້ ບໍ່ໄດ້ເປີດໃຫ້ພິຈາລະນາ.');
    END IF;
    v_comment := saraban.check_text(p_comment, 'approval.comment', 'comment', 'The comment',
                                    'ຄຳເຫັນ', 4000, p_decision <> 'approve');
    IF p_signed_content IS NOT NULL THEN
        IF p_decision <> 'approve' OR v_step.kind <> 'sign' THEN
            PERFORM saraban.fail('SBVAL', 'approval.signed_content.not_sign', 'signed_content',
                                 'sign_step_approval',
                                 'Only the signatory''s approval carries a signed file.',
                                 'ສະເພາະການອະນຸມັດຂອງຜູ້ລົງລາຍເຊັນ ເທົ່ານັ້ນ ທີ່ມີໄຟລ໌ລົງລາຍເຊັນ.');
        END IF;
        v_version := saraban.add_draft_version(v_draft.id, v_draft.current_version + 1,
                                               'signed', p_signed_content, 'signed.pdf', NULL,
                                               NULL, v_person.id);
        UPDATE saraban.drafts SET current_version = v_version WHERE id = v_draft.id;
    END IF;
    v_decision := CASE p_decision WHEN 'approve' THEN 'approved'
                                  WHEN 'reject_previous' THEN 'rejected_to_previous'
                                  ELSE 'rejected_to_drafter' END;
    UPDATE saraban.approval_steps
    SET state = CASE WHEN p_decision = 'approve' THEN 'approved' ELSE 'rejected' END,
        decision = v_decision, comment = v_comment, decided_by = v_person.id,
        on_behalf_of = nullif(v_head, v_person.id), decided_at = v_now,
        decided_version = v_draft.current_version
    WHERE id = v_step.id;

    IF p_decision = 'approve' THEN
        IF v_step.kind = 'sign' THEN
            UPDATE saraban.drafts
            SET state = CASE WHEN p_signed_content IS NULL THEN 'approved' ELSE 'signed' END,
                state_since = v_now, approved_on = saraban.office_today()
            WHERE id = v_draft.id
            RETURNING * INTO v_draft;
            -- The clerks who will issue it.
            FOR v_clerk IN SELECT DISTINCT m.person_id FROM saraban.memberships m
                           WHERE m.unit_id = ANY (saraban.unit_ancestors(v_draft.unit_id))
                             AND m.role = 'clerk' AND m.active LOOP
                PERFORM saraban.notify_person(v_clerk, 'draft', v_draft.id);
            END LOOP;
        ELSIF NOT EXISTS (SELECT FROM saraban.approval_steps
                          WHERE draft_id = v_draft.id AND round = v_step.round
                            AND stage = v_step.stage AND state = 'active') THEN
            PERFORM saraban.approval_open_stage(v_draft, (v_step.stage + 1)::smallint);
        END IF;
    ELSE
        -- Whatever else was open in this stage (parallel opinions) closes with it.
        UPDATE saraban.approval_steps SET state = 'cancelled'
        WHERE draft_id = v_draft.id AND round = v_step.round AND state = 'active';
        IF p_decision = 'reject_previous' AND v_step.stage > 1 THEN
            PERFORM saraban.approval_open_stage(v_draft, (v_step.stage - 1)::smallint);
        ELSE
            UPDATE saraban.approval_steps SET state = 'cancelled'
            WHERE draft_id = v_draft.id AND round = v_step.round AND state = 'pending';
            UPDATE saraban.drafts
            SET state = 'returned', state_since = v_now, returned_version = current_version
            WHERE id = v_draft.id
            RETURNING * INTO v_draft;
        END IF;
    END IF;
    PERFORM saraban.audit('approval.decide', 'draft', v_draft.id::text,
                          jsonb_build_object('step', v_step.id, 'round', v_step.round,
                                             'stage', v_step.stage, 'kind', v_step.kind,
                                             'decision', v_decision,
                                             'version', v_draft.current_version,
                                             -- the text may be confidential: its hash
                                             -- proves it (draft_timeline shows the text)
                                             'comment_sha256',
                                             encode(sha256(convert_to(v_comment, 'UTF8')), 'hex'),
                                             'signed_version', v_version)
                          || saraban.behalf_data(v_person.id, v_head));
    PERFORM saraban.notify_person(v_draft.drafter_id, 'draft', v_draft.id);
    PERFORM saraban.notify_draft(v_draft.id);
    RETURN v_draft.state;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Issuing

-- A clerk of the register's unit (the draft's unit or one above it) numbers an approved or
-- signed draft in an outgoing (or internal) register: the letter is registered through
-- saraban.register_letter() with the draft's latest version as its main file, dated the day
-- the signatory approved it, and the dispatch records how and to whom it went.
-- p_recipients: [{"name": "..."} | {"organisation_id": n}, ...] (role "to" unless given).
CREATE FUNCTION saraban.draft_issue(p_draft_id bigint, p_register_id integer, p_sent_on date,
                                    p_sent_via text, p_recipients jsonb,
                                    OUT letter_id bigint, OUT number_text text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_register saraban.registers := saraban.register_by_id(p_register_id);
    v_person   saraban.people := saraban.require_clerk_of(v_register);
    v_draft    saraban.drafts := saraban.open_draft(p_draft_id, v_person);
    v_version  saraban.draft_versions;
    v_content  bytea;
    v_parties  jsonb := '[]';
    v_refs     jsonb := '[]';
    v_item     jsonb;
    v_letter   record;
    v_id       bigint;
BEGIN
    IF v_register.direction NOT IN ('outgoing', 'internal') THEN
        PERFORM saraban.fail('SBVAL', 'draft.issue.register_direction', 'register',
                             'outgoing_register',
                             'A draft is issued in an outgoing or internal register.',
                             'ຮ່າງໜັງສື ຕ້ອງອອກເລກທີ ໃນປຶ້ມທະບຽນຂາອອກ ຫຼື ພາຍໃນ.');
    END IF;
    IF NOT v_register.unit_id = ANY (saraban.unit_ancestors(v_draft.unit_id)) THEN
        PERFORM saraban.fail('SBVAL', 'draft.issue.register_unit', 'register',
                             'register_of_unit',
                             'This register belongs to a unit that is not the draft''s unit or '
                             'above it.',
                             'ປຶ້ມທະບຽນນີ້ ບໍ່ແມ່ນຂອງໜ່ວຍງານຂອງຮ່າງໜັງສື ຫຼື ໜ່ວຍງານຂັ້ນເທິງ.');
    END IF;
    PERFORM saraban.require_draft_state(v_draft, ARRAY['approved', 'signed']);
    IF p_sent_via IS NULL OR p_sent_via NOT IN ('post', 'hand', 'email', 'fax', 'gnet', 'other') THEN
        PERFORM saraban.fail('SBVAL', 'draft.issue.sent_via.unknown', 'sent_via', 'one_of',
                             'How it was sent must be post, hand, email, fax, gnet or other.',
                             'ວິທີສົ່ງ ຕ້ອງແມ່ນ post (ໄປສະນີ), hand (ສົ່ງກັບມື), email (ອີເມວ), fax '
                             '(ແຟັກ), gnet (ເຄືອຂ່າຍລັດ) ຫຼື other (ອື່ນໆ).');
    END IF;
    IF p_sent_on IS NULL THEN
        PERFORM saraban.fail('SBVAL', 'draft.issue.sent_on.empty', 'sent_on', 'required',
                             'The date sent is empty.', 'ວັນທີສົ່ງ ຫວ່າງເປົ່າ.');
    END IF;
    IF p_recipients IS NULL OR jsonb_typeof(p_recipients) <> 'array' THEN
        PERFORM saraban.fail('SBVAL', 'letter.parties.invalid', 'recipients', 'array',
                             'The recipients must be a list.', 'ຜູ້ຮັບ ຕ້ອງເປັນລາຍການ.');
    END IF;
    FOR v_item IN SELECT value FROM jsonb_array_elements(p_recipients) LOOP
        v_parties := v_parties || CASE
            WHEN jsonb_typeof(v_item) = 'object' AND NOT v_item ? 'role'
                THEN v_item || '{"role": "to"}' ELSE v_item END;
    END LOOP;
    IF v_draft.in_reply_to IS NOT NULL
       AND saraban.letter_visible_to(v_person, v_draft.in_reply_to) THEN
        v_refs := jsonb_build_array(jsonb_build_object('letter_id', v_draft.in_reply_to));
    END IF;
    SELECT * INTO v_version FROM saraban.draft_versions
    WHERE draft_id = v_draft.id AND version = v_draft.current_version;
    IF v_version.sha256 IS NOT NULL THEN
        SELECT content INTO v_content FROM saraban.files WHERE sha256 = v_version.sha256;
    END IF;

    -- Checks every input, takes the number and writes its own audit record (letter.register).
    SELECT * INTO v_letter FROM saraban.register_letter(
        p_register_id => v_register.id, p_subject => v_draft.subject,
        p_letter_date => v_draft.approved_on,
        p_sent_on => CASE WHEN v_register.direction = 'outgoing' THEN p_sent_on END,
        p_parties => v_parties, p_letter_type_id => v_draft.letter_type_id,
        p_urgency => v_draft.urgency, p_confidentiality => v_draft.confidentiality,
        p_main_file => v_content, p_main_file_name => v_version.file_name,
        p_references => v_refs);
    IF v_register.direction = 'internal' THEN
        PERFORM saraban.check_date(p_sent_on, 'letter.sent_on', 'sent_on', 'The date sent',
                                   'ວັນທີສົ່ງ', v_draft.approved_on, saraban.office_today());
    END IF;
    v_id := v_letter.letter_id;
    INSERT INTO saraban.letter_dispatches AS x (letter_id, draft_id, sent_on, sent_via, issued_by)
    VALUES (v_id, v_draft.id, p_sent_on, p_sent_via, v_person.id);
    UPDATE saraban.drafts AS d
    SET state = 'issued', letter_id = v_id, state_since = date_trunc('milliseconds', now())
    WHERE d.id = v_draft.id;
    PERFORM saraban.audit('draft.issue', 'draft', v_draft.id::text,
                          jsonb_build_object('letter', v_id, 'register', v_register.id,
                                             'number', v_letter.number_text,
                                             'sent_on', p_sent_on, 'sent_via', p_sent_via,
                                             'version', v_draft.current_version));
    PERFORM saraban.notify_person(v_draft.drafter_id, 'letter', v_id);
    PERFORM saraban.notify_draft(v_draft.id);
    PERFORM saraban.notify_letter(v_id);
    letter_id := v_id;
    number_text := v_letter.number_text;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Reading: the inbox's approval folders, counts, a draft's history

-- The two reading functions below run with JIT off: the planner's estimate for the acting
-- branch crosses jit_above_cost, and compiling took 50 ms of every 51 ms call on 100,000
-- drafts (tests/bench/approvals).
-- One page of a folder: 'to_approve' (open steps the caller decides, as themselves or acting;
-- item_id is the step) or 'my_drafts' (the caller's drafts; item_id is the draft, counterpart
-- who holds it now, instruction the open step's kind). Columns as inbox_page (0009).
CREATE FUNCTION saraban.approvals_page(p_folder text, p_after_since timestamptz DEFAULT NULL,
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
    ELSE
        PERFORM saraban.fail('SBVAL', 'approvals.folder.unknown', 'folder', 'one_of',
                             'The folder must be to_approve or my_drafts.',
                             'ແຟ້ມ ຕ້ອງແມ່ນ to_approve (ລໍຖ້າອະນຸມັດ) ຫຼື my_drafts (ຮ່າງຂອງຂ້ອຍ).');
    END IF;
END
$$;

CREATE FUNCTION saraban.approval_counts()
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
END
$$;

-- A draft's history from the audit log, for whoever may see the draft: who did what, when,
-- for whom (on_behalf_of, the head's full name) and the details recorded.
CREATE FUNCTION saraban.draft_timeline(p_draft_id bigint)
    RETURNS TABLE (at timestamptz, action text, actor_login text, actor_name text,
                   on_behalf_of text, data jsonb)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF NOT saraban.draft_visible(p_draft_id) THEN
        PERFORM saraban.fail('SBNFD', 'draft.unknown', 'draft', 'exists',
                             'There is no such draft, or you may not see it.',
                             'ບໍ່ມີຮ່າງໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    RETURN QUERY
    SELECT a.at, a.action, a.actor, coalesce(p.full_name, a.actor),
           (SELECT h.full_name FROM saraban.people h WHERE h.login = a.data ->> 'on_behalf_of'),
           a.data || coalesce((SELECT jsonb_build_object('comment', s.comment)
                               FROM saraban.approval_steps s
                               WHERE a.action = 'approval.decide'
                                 AND s.id = (a.data ->> 'step')::bigint), '{}')
    FROM saraban.audit_log a LEFT JOIN saraban.people p ON p.login = a.actor
    WHERE a.object_type = 'draft' AND a.object_id = p_draft_id::text
      AND a.action <> 'approval.open'
    ORDER BY a.seq;
END
$$;

-- A version's file, for whoever may see the draft.
CREATE FUNCTION saraban.draft_file_content(p_draft_id bigint, p_version integer)
    RETURNS bytea
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_content bytea;
BEGIN
    SELECT f.content INTO v_content
    FROM saraban.draft_versions v JOIN saraban.files f ON f.sha256 = v.sha256
    WHERE v.draft_id = p_draft_id AND v.version = p_version
      AND saraban.draft_visible(p_draft_id);
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'file.unknown', 'version', 'exists',
                             'There is no such file, or you may not see it.',
                             'ບໍ່ມີໄຟລ໌ນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    RETURN v_content;
END
$$;

CREATE INDEX IF NOT EXISTS audit_log_object ON saraban.audit_log (object_type, object_id);

-- ---------------------------------------------------------------------------------------
-- Row-level security

ALTER TABLE saraban.drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY drafts_visible ON saraban.drafts FOR SELECT
    USING (confidentiality <= (SELECT saraban.my_clearance())
           AND (drafter_id = (SELECT saraban.caller_person_id())
                OR unit_id = ANY ((SELECT saraban.my_draft_units())::integer[])
                OR id = ANY ((SELECT saraban.my_step_drafts())::bigint[])));
ALTER TABLE saraban.draft_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY versions_of_visible_drafts ON saraban.draft_versions FOR SELECT
    USING (EXISTS (SELECT FROM saraban.drafts d WHERE d.id = draft_id));
ALTER TABLE saraban.approval_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY steps_of_visible_drafts ON saraban.approval_steps FOR SELECT
    USING (EXISTS (SELECT FROM saraban.drafts d WHERE d.id = draft_id));
ALTER TABLE saraban.letter_dispatches ENABLE ROW LEVEL SECURITY;
CREATE POLICY dispatches_of_visible_letters ON saraban.letter_dispatches FOR SELECT
    USING (EXISTS (SELECT FROM saraban.letters l WHERE l.id = letter_id));

SELECT saraban.hand_over_to_owner();
ALTER TYPE saraban.chain_step OWNER TO saraban_owner;

GRANT SELECT ON saraban.drafts, saraban.draft_versions, saraban.approval_steps,
    saraban.chain_templates, saraban.chain_template_steps, saraban.letter_dispatches
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
GRANT EXECUTE ON FUNCTION saraban.draft_visible(bigint), saraban.my_draft_units(),
    saraban.my_step_drafts(),
    saraban.approvals_page(text, timestamptz, bigint, integer), saraban.approval_counts(),
    saraban.draft_timeline(bigint), saraban.draft_file_content(bigint, integer),
    saraban.approval_open(bigint),
    saraban.approval_decide(bigint, text, text, bytea)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
GRANT EXECUTE ON FUNCTION
    saraban.draft_create(integer, text, integer, smallint, smallint, bytea, text, jsonb, bigint),
    saraban.draft_revise(bigint, bytea, text, jsonb, text),
    saraban.draft_submit(bigint, integer, jsonb),
    saraban.draft_withdraw(bigint, text)
    TO saraban_clerk, saraban_officer, saraban_head;
GRANT EXECUTE ON FUNCTION
    saraban.draft_issue(bigint, integer, date, text, jsonb)
    TO saraban_clerk;
GRANT EXECUTE ON FUNCTION
    saraban.chain_template_save(integer, integer, integer, text, text, jsonb),
    saraban.chain_template_delete(integer)
    TO saraban_admin;
