-- 0009 routing: sending a registered letter to units and people, acknowledging it, acting on
-- it (forward, return, complete), recalling it, the head's endorsement, comments, tracking
-- (holders, timeline, overdue), reminders, the inbox, and "routed to you" visibility.
-- Conventions (roles, errors, who is calling): see 0002_security.sql; acting heads and
-- notifications: see 0008_acting.sql.
--
-- A ROUTING is one letter sent by one person to one recipient: a person, or a unit (then its
-- deciders, see unit_deciders(), and its clerks receive it). Its role says what is expected:
-- 'action' (act on it, usually with a due date), 'copy' or 'information' (read it).
-- The state machine, here and nowhere else:
--     sent --acknowledge--> opened --forward--> forwarded  (new routings, parent = this one)
--                                  --return---> returned   (with a reason; the sender holds it)
--                                  --complete-> completed  (with an outcome)
--     sent --recall (by the sender)--> recalled
--   Copies and information are only acknowledged. A forward's child that is returned or
--   recalled, once no other child remains open, gives the parent back to its recipient
--   (forwarded -> opened): whoever passed it on holds it again.
-- The letter follows: registered -> in_progress at its first routing; -> closed when a routing
-- is completed and no 'action' routing of the letter is still sent, opened or forwarded.
--
-- WHO MAY
--   route first (letter_route): the clerks and the heads (or acting heads) of the unit whose
--     register holds the letter; afterwards the current holder passes it on with
--     routing_forward. A recipient is never given a letter above their clearance (refused,
--     naming the field); a unit's heads must all be cleared for it.
--   acknowledge, forward, return, complete: the recipient; for a unit, its heads, their acting
--     people and its clerks; for a head, also whoever acts for them today (the audit then
--     carries {"on_behalf_of": head}).
--   recall: the sender, while the routing is 'sent' (nobody opened it yet).
--   endorse: a head (or acting head) of a unit the letter was routed to, or of the unit whose
--     register holds it.
--
-- CONCURRENCY: every transition locks its routing row (SELECT ... FOR UPDATE) and then the
-- letter row, always in that order. Two transitions of one routing therefore run one after
-- the other; the second re-reads the row and is refused with SBCON routing.already_done,
-- naming who changed it and when. Letter status changes are serialised on the letter row, so
-- two last completions at once cannot both miss closing it.
--
-- TIME: every moment is clock_timestamp() cut to milliseconds, so the keyset of an inbox page
-- survives a round trip through a client and the timeline keeps the order things happened in
-- one transaction.

CREATE TABLE saraban.routings (
    id             bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    letter_id      bigint   NOT NULL REFERENCES saraban.letters,
    parent_id      bigint   REFERENCES saraban.routings,
    from_person_id integer  NOT NULL REFERENCES saraban.people,
    -- the head on whose behalf the sender sent it, when acting
    from_behalf_id integer  REFERENCES saraban.people,
    to_person_id   integer  REFERENCES saraban.people,
    to_unit_id     integer  REFERENCES saraban.units,
    role           text     NOT NULL CHECK (role IN ('action', 'copy', 'information')),
    instruction    text     NOT NULL DEFAULT '',
    due_on         date,
    state          text     NOT NULL DEFAULT 'sent'
                   CHECK (state IN ('sent', 'opened', 'forwarded', 'returned', 'completed',
                                    'recalled')),
    sent_at        timestamptz NOT NULL,
    received_at    timestamptz,
    received_by    integer  REFERENCES saraban.people,
    -- the last transition: when, by whom, for whom; what it said (reason, outcome)
    state_at       timestamptz NOT NULL,
    state_by       integer  NOT NULL REFERENCES saraban.people,
    state_behalf   integer  REFERENCES saraban.people,
    outcome        text     NOT NULL DEFAULT '',
    CHECK ((to_person_id IS NULL) <> (to_unit_id IS NULL)),
    CHECK (state = 'sent' OR state = 'recalled' OR received_at IS NOT NULL)
);
-- What is open for a person or a unit, newest first (inbox pages, counts, overdue).
CREATE INDEX routings_open_person ON saraban.routings (to_person_id, state_at DESC, id DESC)
    WHERE state IN ('sent', 'opened');
CREATE INDEX routings_open_unit ON saraban.routings (to_unit_id, state_at DESC, id DESC)
    WHERE state IN ('sent', 'opened');
CREATE INDEX routings_to_person ON saraban.routings (to_person_id);
CREATE INDEX routings_to_unit ON saraban.routings (to_unit_id);
CREATE INDEX routings_from ON saraban.routings (from_person_id, state_at DESC, id DESC);
CREATE INDEX routings_letter ON saraban.routings (letter_id);
CREATE INDEX routings_parent ON saraban.routings (parent_id);
CREATE INDEX routings_due ON saraban.routings (due_on)
    WHERE state IN ('sent', 'opened') AND role = 'action';

-- Every movement, decision and comment, in the order it happened: the letter's timeline.
CREATE TABLE saraban.letter_events (
    id         bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    letter_id  bigint   NOT NULL REFERENCES saraban.letters,
    routing_id bigint   REFERENCES saraban.routings,
    kind       text     NOT NULL CHECK (kind IN ('route', 'acknowledge', 'forward', 'return',
                                                 'complete', 'recall', 'endorse', 'comment',
                                                 'remind_due', 'remind_overdue')),
    at         timestamptz NOT NULL,
    actor_id   integer  REFERENCES saraban.people, -- NULL for the server's own reminders
    behalf_id  integer  REFERENCES saraban.people, -- the head, when the actor was acting
    text       text     NOT NULL DEFAULT ''
);
CREATE INDEX letter_events_letter ON saraban.letter_events (letter_id, at, id);

-- The head's instruction on an incoming letter: who handles it and how. The newest one of a
-- unit counts; older ones stay on the timeline.
CREATE TABLE saraban.endorsements (
    id          bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    letter_id   bigint   NOT NULL REFERENCES saraban.letters,
    unit_id     integer  NOT NULL REFERENCES saraban.units,
    head_id     integer  NOT NULL REFERENCES saraban.people,
    endorsed_by integer  NOT NULL REFERENCES saraban.people,
    text        text     NOT NULL,
    created_at  timestamptz NOT NULL,
    event_id    bigint   NOT NULL REFERENCES saraban.letter_events
);
CREATE INDEX endorsements_letter ON saraban.endorsements (letter_id, unit_id, created_at DESC);

-- Which reminder went out for which routing, so that running the reminders again sends none
-- twice.
CREATE TABLE saraban.routing_reminders (
    routing_id bigint NOT NULL REFERENCES saraban.routings,
    kind       text   NOT NULL CHECK (kind IN ('due_tomorrow', 'overdue')),
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (routing_id, kind)
);

INSERT INTO saraban.settings (key, value, description) VALUES
    ('routing_instruction_max_length', '2000', 'Longest routing instruction, in characters.');

-- ---------------------------------------------------------------------------------------
-- Helpers

CREATE FUNCTION saraban.routing_now()
    RETURNS timestamptz
    LANGUAGE sql VOLATILE
    SET search_path = saraban, pg_temp
AS $$ SELECT date_trunc('milliseconds', clock_timestamp()) $$;

CREATE FUNCTION saraban.office_time_text(p_at timestamptz)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$ SELECT to_char(p_at AT TIME ZONE saraban.setting('time_zone'), 'YYYY-MM-DD HH24:MI') $$;

-- The heads a person decides for today through an acting appointment.
CREATE FUNCTION saraban.acting_for(p_person_id integer)
    RETURNS integer[]
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT a.head_id), '{}')
    FROM saraban.acting_appointments a
    WHERE a.acting_id = p_person_id AND a.revoked_at IS NULL
      AND saraban.office_today() BETWEEN a.starts_on AND a.ends_on
      AND saraban.head_capacity(p_person_id, a.unit_id) = a.head_id
$$;

-- Units whose routings a person receives: where they are clerk or head, or act as head today.
CREATE FUNCTION saraban.receiving_units_of(p_person_id integer)
    RETURNS integer[]
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT u), '{}') FROM (
        SELECT m.unit_id AS u FROM saraban.memberships m
        JOIN saraban.people p ON p.id = m.person_id AND p.active
        WHERE m.person_id = p_person_id AND m.active AND m.role IN ('clerk', 'head')
        UNION
        SELECT a.unit_id FROM saraban.acting_appointments a
        WHERE a.acting_id = p_person_id AND a.revoked_at IS NULL
          AND saraban.head_capacity(p_person_id, a.unit_id) IS NOT NULL) s
$$;

-- Letters routed to the person (or to those they receive for) or sent by them. A recalled
-- routing shows nothing to its recipient: they never opened it.
CREATE FUNCTION saraban.routed_letters_of(p_person_id integer)
    RETURNS bigint[]
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT letter_id), '{}') FROM (
        SELECT r.letter_id FROM saraban.routings r WHERE r.from_person_id = p_person_id
        UNION
        SELECT r.letter_id FROM saraban.routings r
        WHERE r.to_person_id = ANY (p_person_id || saraban.acting_for(p_person_id))
          AND r.state <> 'recalled'
        UNION
        SELECT r.letter_id FROM saraban.routings r
        WHERE r.to_unit_id = ANY (saraban.receiving_units_of(p_person_id))
          AND r.state <> 'recalled') s
$$;

CREATE FUNCTION saraban.my_routed_letters()
    RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$ SELECT saraban.routed_letters_of(saraban.caller_person_id()) $$;

-- The owner's functions apply the letters policies themselves (they bypass them): the
-- register rule of 0006 and "routed to you" below, both up to the person's clearance.
CREATE OR REPLACE FUNCTION saraban.letter_visible_to(p_person saraban.people, p_letter_id bigint)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_person.active AND EXISTS (
        SELECT FROM saraban.letters l
        WHERE l.id = p_letter_id
          AND l.confidentiality <= p_person.clearance
          AND (l.register_id = ANY (saraban.letter_registers_of(p_person.id))
               OR EXISTS (SELECT FROM saraban.routings r
                          WHERE r.letter_id = l.id AND r.from_person_id = p_person.id)
               OR EXISTS (SELECT FROM saraban.routings r
                          WHERE r.letter_id = l.id AND r.state <> 'recalled'
                            AND (r.to_person_id = ANY (p_person.id ||
                                                       saraban.acting_for(p_person.id))
                                 OR r.to_unit_id = ANY (saraban.receiving_units_of(p_person.id))))))
$$;

CREATE POLICY letters_routed_to_me ON saraban.letters FOR SELECT
    USING (id = ANY ((SELECT saraban.my_routed_letters())::bigint[])
           AND confidentiality <= (SELECT saraban.my_clearance()));

-- The head on whose behalf p_person acts on the routing as its recipient, p_person
-- themselves when it is theirs (or their unit's, as a clerk), or NULL.
CREATE FUNCTION saraban.routing_capacity(p_routing saraban.routings, p_person_id integer)
    RETURNS integer
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT CASE
        WHEN NOT EXISTS (SELECT FROM saraban.people WHERE id = p_person_id AND active) THEN NULL
        WHEN p_routing.to_person_id = p_person_id THEN p_person_id
        WHEN p_routing.to_person_id IS NOT NULL THEN
            (SELECT m.person_id FROM saraban.memberships m
             WHERE m.person_id = p_routing.to_person_id AND m.role = 'head' AND m.active
               AND saraban.head_capacity(p_person_id, m.unit_id) = m.person_id
             ORDER BY m.unit_id LIMIT 1)
        ELSE coalesce(saraban.head_capacity(p_person_id, p_routing.to_unit_id),
                      CASE WHEN saraban.has_role_in(p_person_id, p_routing.to_unit_id, 'clerk')
                           THEN p_person_id END)
    END
$$;

-- Who is told about a routing addressed to someone: the person, or the unit's deciders and
-- clerks; plus whoever acts for a head who receives it.
CREATE FUNCTION saraban.routing_audience(p_routing saraban.routings)
    RETURNS SETOF integer
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_routing.to_person_id WHERE p_routing.to_person_id IS NOT NULL
    UNION
    SELECT a.acting_id FROM saraban.acting_appointments a
    WHERE a.head_id = p_routing.to_person_id AND a.revoked_at IS NULL
      AND saraban.office_today() BETWEEN a.starts_on AND a.ends_on
    UNION
    SELECT d FROM saraban.unit_deciders(p_routing.to_unit_id) d
    WHERE p_routing.to_unit_id IS NOT NULL
    UNION
    SELECT m.person_id FROM saraban.memberships m
    WHERE m.unit_id = p_routing.to_unit_id AND m.role = 'clerk' AND m.active
$$;

CREATE FUNCTION saraban.notify_routing(p_routing saraban.routings)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    PERFORM saraban.notify_person(a, 'routing', p_routing.id)
    FROM saraban.routing_audience(p_routing) a;
    PERFORM saraban.notify_person(p_routing.from_person_id, 'routing', p_routing.id);
    PERFORM saraban.notify_letter(p_routing.letter_id);
END
$$;

CREATE FUNCTION saraban.routing_event(p_routing saraban.routings, p_kind text, p_actor integer,
                                      p_behalf integer, p_text text, p_at timestamptz)
    RETURNS bigint
    LANGUAGE sql
    SET search_path = saraban, pg_temp
AS $$
    INSERT INTO saraban.letter_events (letter_id, routing_id, kind, at, actor_id, behalf_id, text)
    VALUES (p_routing.letter_id, p_routing.id, p_kind, p_at, p_actor,
            nullif(p_behalf, p_actor), coalesce(p_text, ''))
    RETURNING id
$$;

CREATE FUNCTION saraban.letter_unknown()
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    PERFORM saraban.fail('SBNFD', 'letter.unknown', 'letter', 'exists',
                         'There is no such letter, or you may not see it.',
                         'ບໍ່ມີໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
END
$$;

-- Locks and returns a routing the person may see (as sender or recipient), or fails.
CREATE FUNCTION saraban.routing_lock(p_routing_id bigint, p_person saraban.people)
    RETURNS saraban.routings
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v saraban.routings;
BEGIN
    SELECT * INTO v FROM saraban.routings WHERE id = p_routing_id FOR UPDATE;
    -- A recipient still finds a recalled routing here, so that opening it after the recall
    -- says who recalled it and when rather than "no such routing".
    IF NOT FOUND OR NOT (v.from_person_id = p_person.id
                         OR saraban.routing_capacity(v, p_person.id) IS NOT NULL)
       OR (v.state <> 'recalled' AND NOT saraban.letter_visible_to(p_person, v.letter_id)) THEN
        PERFORM saraban.fail('SBNFD', 'routing.unknown', 'routing', 'exists',
                             'There is no such routing, or you may not see it.',
                             'ບໍ່ມີການສົ່ງຕໍ່ນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.');
    END IF;
    -- The letter after the routing, always in this order (see CONCURRENCY).
    PERFORM FROM saraban.letters WHERE id = v.letter_id FOR NO KEY UPDATE;
    RETURN v;
END
$$;

-- "Already done by X at T": the routing is past the state this action needs.
CREATE FUNCTION saraban.routing_already_done(p_routing saraban.routings)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_by   text := (SELECT full_name FROM saraban.people WHERE id = p_routing.state_by);
    v_at   text := saraban.office_time_text(p_routing.state_at);
    v_en   text;
    v_lo   text;
BEGIN
    v_en := CASE p_routing.state WHEN 'sent' THEN 'sent' WHEN 'opened' THEN 'opened'
                WHEN 'forwarded' THEN 'forwarded' WHEN 'returned' THEN 'returned'
                WHEN 'completed' THEN 'completed' ELSE 'recalled' END;
    v_lo := CASE p_routing.state WHEN 'sent' THEN 'ສົ່ງ' WHEN 'opened' THEN 'ເປີດຮັບ'
                WHEN 'forwarded' THEN 'ສົ່ງຕໍ່' WHEN 'returned' THEN 'ສົ່ງຄືນ'
                WHEN 'completed' THEN 'ດຳເນີນການສຳເລັດ' ELSE 'ຖອນຄືນ' END;
    PERFORM saraban.fail('SBCON', 'routing.already_done', 'routing', 'state',
                         'This was already ' || v_en || ' by ' || v_by || ' at ' || v_at || '.',
                         'ເລື່ອງນີ້ຖືກ' || v_lo || 'ແລ້ວ ໂດຍ ' || v_by || ' ເວລາ ' || v_at || '.');
END
$$;

-- The recipient's capacity on an 'action' routing that is opened, or the matching error.
CREATE FUNCTION saraban.routing_require_open_action(p_routing saraban.routings,
                                                    p_person saraban.people)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_capacity integer := saraban.routing_capacity(p_routing, p_person.id);
BEGIN
    IF v_capacity IS NULL THEN
        PERFORM saraban.fail('SBPRM', 'routing.not_recipient', 'routing', 'recipient',
                             'Only its recipient may act on this routing.',
                             'ສະເພາະຜູ້ຮັບ ເທົ່ານັ້ນ ຈຶ່ງດຳເນີນການກັບເລື່ອງນີ້ໄດ້.');
    END IF;
    IF p_routing.role <> 'action' THEN
        PERFORM saraban.fail('SBPRM', 'routing.not_for_action', 'routing', 'action_role',
                             'This was sent as a copy or for information: it is only acknowledged.',
                             'ເລື່ອງນີ້ສົ່ງມາເປັນສຳເນົາ ຫຼື ເພື່ອຊາບ: ພຽງແຕ່ຮັບຊາບເທົ່ານັ້ນ.');
    END IF;
    IF p_routing.state = 'sent' THEN
        PERFORM saraban.fail('SBCON', 'routing.not_opened', 'routing', 'state',
                             'Acknowledge receipt first.', 'ກະລຸນາຢືນຢັນການຮັບກ່ອນ.');
    END IF;
    IF p_routing.state <> 'opened' THEN
        PERFORM saraban.routing_already_done(p_routing);
    END IF;
    RETURN v_capacity;
END
$$;

-- Checks a list of recipients and sends the letter to each. p_recipients is a JSON array of
-- {"person": login} or {"unit": code}, with "role" (action, copy, information), optional
-- "instruction", and optional "due_on" (YYYY-MM-DD) or "due_days"; an 'action' routing with
-- neither is due after the deadline_days of the letter's urgency.
CREATE FUNCTION saraban.routing_send(p_letter saraban.letters, p_parent_id bigint,
                                     p_sender saraban.people, p_behalf integer,
                                     p_recipients jsonb, p_at timestamptz)
    RETURNS bigint[]
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_item        record;
    v_role        text;
    v_person      saraban.people;
    v_unit        saraban.units;
    v_instruction text;
    v_due         date;
    v_days        integer;
    v_max         integer := saraban.setting('routing_instruction_max_length')::integer;
    v_today       date := saraban.office_today();
    v_seen        text[] := '{}';
    v_key         text;
    v_row         saraban.routings;
    v_ids         bigint[] := '{}';
    v_uncleared   text;
BEGIN
    IF p_recipients IS NULL OR jsonb_typeof(p_recipients) <> 'array'
       OR jsonb_array_length(p_recipients) = 0 THEN
        PERFORM saraban.fail('SBVAL', 'routing.recipients.empty', 'recipients', 'required',
                             'Choose at least one recipient.', 'ກະລຸນາເລືອກຜູ້ຮັບຢ່າງໜ້ອຍໜຶ່ງ.');
    END IF;
    IF jsonb_array_length(p_recipients) > 200 THEN
        PERFORM saraban.fail('SBVAL', 'routing.recipients.too_many', 'recipients', 'max_count',
                             'A letter goes to at most 200 recipients at once.',
                             'ສົ່ງໜັງສືໄດ້ບໍ່ເກີນ 200 ຜູ້ຮັບ ໃນເທື່ອດຽວ.');
    END IF;
    FOR v_item IN SELECT value FROM jsonb_array_elements(p_recipients) LOOP
        IF jsonb_typeof(v_item.value) <> 'object'
           OR (v_item.value ? 'person') = (v_item.value ? 'unit') THEN
            PERFORM saraban.fail('SBVAL', 'routing.recipient.invalid', 'recipients', 'person_or_unit',
                                 'Each recipient is either a person or a unit.',
                                 'ຜູ້ຮັບແຕ່ລະລາຍການ ຕ້ອງເປັນບຸກຄົນ ຫຼື ໜ່ວຍງານ.');
        END IF;
        v_role := v_item.value ->> 'role';
        IF v_role IS NULL OR v_role NOT IN ('action', 'copy', 'information') THEN
            PERFORM saraban.fail('SBVAL', 'routing.role.unknown', 'role', 'one_of',
                                 'The routing role must be action, copy or information.',
                                 'ບົດບາດຂອງການສົ່ງ ຕ້ອງແມ່ນ ເພື່ອດຳເນີນການ, ສຳເນົາ ຫຼື ເພື່ອຊາບ.');
        END IF;
        v_person := NULL;
        v_unit := NULL;
        IF v_item.value ? 'person' THEN
            SELECT * INTO v_person FROM saraban.people WHERE login = v_item.value ->> 'person';
            IF NOT FOUND THEN
                PERFORM saraban.fail('SBNFD', 'person.unknown', 'recipients', 'exists',
                                     'There is no user "' || coalesce(v_item.value ->> 'person', '') || '".',
                                     'ບໍ່ມີຜູ້ໃຊ້ "' || coalesce(v_item.value ->> 'person', '') || '".');
            END IF;
            IF NOT v_person.active THEN
                PERFORM saraban.fail('SBVAL', 'routing.recipient.inactive', 'recipients',
                                     'active_person',
                                     v_person.full_name || ' is no longer an active user.',
                                     v_person.full_name || ' ບໍ່ແມ່ນຜູ້ໃຊ້ທີ່ຍັງເຄື່ອນໄຫວແລ້ວ.');
            END IF;
            IF v_person.id = p_sender.id THEN
                PERFORM saraban.fail('SBVAL', 'routing.recipient.self', 'recipients', 'not_self',
                                     'You cannot send a letter to yourself.',
                                     'ທ່ານບໍ່ສາມາດສົ່ງໜັງສືຫາຕົນເອງໄດ້.');
            END IF;
            IF p_letter.confidentiality > v_person.clearance THEN
                PERFORM saraban.fail('SBPRM', 'routing.recipient.clearance', 'recipients',
                                     'recipient_clearance',
                                     v_person.full_name || ' is not cleared for this letter''s '
                                     'confidentiality.',
                                     v_person.full_name || ' ບໍ່ມີສິດເຂົ້າເຖິງ ລະດັບຄວາມລັບຂອງໜັງສືນີ້.');
            END IF;
            v_key := 'p' || v_person.id;
        ELSE
            SELECT * INTO v_unit FROM saraban.units
            WHERE code = v_item.value ->> 'unit' AND active;
            IF NOT FOUND THEN
                PERFORM saraban.fail('SBNFD', 'unit.unknown', 'recipients', 'exists',
                                     'There is no unit with the code "' ||
                                     coalesce(v_item.value ->> 'unit', '') || '".',
                                     'ບໍ່ມີໜ່ວຍງານທີ່ມີລະຫັດ "' ||
                                     coalesce(v_item.value ->> 'unit', '') || '".');
            END IF;
            SELECT string_agg(p.full_name, ', ') INTO v_uncleared
            FROM saraban.unit_deciders(v_unit.id) d JOIN saraban.people p ON p.id = d
            WHERE p.clearance < p_letter.confidentiality;
            IF v_uncleared IS NOT NULL THEN
                PERFORM saraban.fail('SBPRM', 'routing.recipient.clearance', 'recipients',
                                     'recipient_clearance',
                                     v_uncleared || ' (' || v_unit.name_lo || ') is not cleared '
                                     'for this letter''s confidentiality.',
                                     v_uncleared || ' (' || v_unit.name_lo || ') ບໍ່ມີສິດເຂົ້າເຖິງ '
                                     'ລະດັບຄວາມລັບຂອງໜັງສືນີ້.');
            END IF;
            v_key := 'u' || v_unit.id;
        END IF;
        IF v_key = ANY (v_seen) THEN
            PERFORM saraban.fail('SBVAL', 'routing.recipient.duplicate', 'recipients', 'unique',
                                 'A recipient appears twice.', 'ມີຜູ້ຮັບຊ້ຳກັນ.');
        END IF;
        v_seen := v_seen || v_key;
        v_instruction := coalesce(saraban.check_text(
            CASE WHEN jsonb_typeof(v_item.value -> 'instruction') = 'string'
                 THEN v_item.value ->> 'instruction' END,
            'routing.instruction', 'instruction', 'The instruction', 'ຄຳແນະນຳ', v_max, false), '');
        v_due := NULL;
        IF jsonb_typeof(v_item.value -> 'due_on') = 'string' THEN
            BEGIN
                v_due := (v_item.value ->> 'due_on')::date;
            EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
                PERFORM saraban.fail('SBVAL', 'routing.due_on.invalid', 'due_on', 'date',
                                     'The due date is not a date.', 'ວັນກຳນົດ ບໍ່ແມ່ນວັນທີ.');
            END;
        ELSIF jsonb_typeof(v_item.value -> 'due_days') = 'number' THEN
            v_days := (v_item.value ->> 'due_days')::numeric::integer;
            IF v_days < 0 OR v_days > 3660 THEN
                PERFORM saraban.fail('SBVAL', 'routing.due_days.out_of_range', 'due_days', 'range',
                                     'The number of days until due must be 0 to 3660.',
                                     'ຈຳນວນວັນກ່ອນກຳນົດ ຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 3660.');
            END IF;
            v_due := v_today + v_days;
        ELSIF v_role = 'action' THEN
            v_due := v_today + (SELECT deadline_days FROM saraban.urgency_levels
                                WHERE level = p_letter.urgency);
        END IF;
        IF v_due < v_today THEN
            PERFORM saraban.fail('SBVAL', 'routing.due_on.past', 'due_on', 'not_in_past',
                                 'The due date cannot be in the past.',
                                 'ວັນກຳນົດ ບໍ່ສາມາດເປັນວັນທີທີ່ຜ່ານມາແລ້ວ.');
        END IF;
        INSERT INTO saraban.routings (letter_id, parent_id, from_person_id, from_behalf_id,
                                      to_person_id, to_unit_id, role, instruction, due_on,
                                      sent_at, state_at, state_by, state_behalf)
        VALUES (p_letter.id, p_parent_id, p_sender.id, nullif(p_behalf, p_sender.id),
                v_person.id, v_unit.id, v_role, v_instruction, v_due, p_at, p_at, p_sender.id,
                nullif(p_behalf, p_sender.id))
        RETURNING * INTO v_row;
        PERFORM saraban.routing_event(v_row, 'route', p_sender.id, p_behalf,
                                      v_instruction, p_at);
        PERFORM saraban.notify_routing(v_row);
        v_ids := v_ids || v_row.id;
    END LOOP;
    IF p_letter.status = 'registered' THEN
        UPDATE saraban.letters SET status = 'in_progress' WHERE id = p_letter.id;
    END IF;
    RETURN v_ids;
END
$$;

-- After a child routing of p_parent_id was returned or recalled: when no other child is still
-- under way, the parent's recipient holds the letter again.
CREATE FUNCTION saraban.routing_reopen_parent(p_parent_id bigint, p_by integer,
                                              p_at timestamptz)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_parent_id IS NULL THEN
        RETURN;
    END IF;
    UPDATE saraban.routings p SET state = 'opened', state_at = p_at, state_by = p_by,
                                  state_behalf = NULL
    WHERE p.id = p_parent_id AND p.state = 'forwarded'
      AND NOT EXISTS (SELECT FROM saraban.routings c
                      WHERE c.parent_id = p.id AND c.role = 'action'
                        AND c.state IN ('sent', 'opened', 'forwarded', 'completed'));
END
$$;

-- ---------------------------------------------------------------------------------------
-- Transitions

CREATE FUNCTION saraban.letter_route(p_letter_id bigint, p_recipients jsonb)
    RETURNS bigint[]
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_letter  saraban.letters;
    v_unit_id integer;
    v_behalf  integer;
    v_at      timestamptz;
    v_ids     bigint[];
BEGIN
    SELECT * INTO v_letter FROM saraban.letters WHERE id = p_letter_id FOR NO KEY UPDATE;
    IF NOT FOUND OR NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.letter_unknown();
    END IF;
    SELECT r.unit_id INTO v_unit_id FROM saraban.registers r WHERE r.id = v_letter.register_id;
    v_behalf := saraban.head_capacity(v_person.id, v_unit_id);
    IF v_behalf IS NULL AND NOT saraban.has_role_in(v_person.id, v_unit_id, 'clerk') THEN
        PERFORM saraban.fail('SBPRM', 'routing.not_router', 'letter', 'clerk_or_head_of_unit',
                             'Only the clerks and heads of the unit that registered this letter '
                             'may route it; its holders forward it.',
                             'ສະເພາະພະນັກງານສາລະບັນ ແລະ ຫົວໜ້າ ຂອງໜ່ວຍງານທີ່ລົງທະບຽນໜັງສືນີ້ '
                             'ເທົ່ານັ້ນ ຈຶ່ງສົ່ງໄດ້; ຜູ້ທີ່ຖືໜັງສືຢູ່ ໃຫ້ສົ່ງຕໍ່.');
    END IF;
    IF v_letter.status IN ('closed', 'cancelled') THEN
        PERFORM saraban.fail('SBCON', 'routing.letter_closed', 'letter', 'open_letter',
                             'This letter is ' || v_letter.status || ': it is not routed any more.',
                             'ໜັງສືນີ້ ' || (SELECT name_lo FROM saraban.letter_statuses
                                           WHERE code = v_letter.status) ||
                             ': ບໍ່ສາມາດສົ່ງໄດ້ອີກ.');
    END IF;
    v_at := saraban.routing_now();
    v_ids := saraban.routing_send(v_letter, NULL, v_person, coalesce(v_behalf, v_person.id),
                                  p_recipients, v_at);
    PERFORM saraban.audit('letter.route', 'letter', p_letter_id::text,
                          jsonb_build_object('routings', to_jsonb(v_ids))
                          || saraban.behalf_data(v_person.id, v_behalf));
    RETURN v_ids;
END
$$;

CREATE FUNCTION saraban.routing_acknowledge(p_routing_id bigint)
    RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_routing  saraban.routings := saraban.routing_lock(p_routing_id, v_person);
    v_capacity integer := saraban.routing_capacity(v_routing, v_person.id);
    v_at       timestamptz;
BEGIN
    IF v_capacity IS NULL THEN
        PERFORM saraban.fail('SBPRM', 'routing.not_recipient', 'routing', 'recipient',
                             'Only its recipient may acknowledge this routing.',
                             'ສະເພາະຜູ້ຮັບ ເທົ່ານັ້ນ ຈຶ່ງຢືນຢັນການຮັບເລື່ອງນີ້ໄດ້.');
    END IF;
    IF v_routing.state <> 'sent' THEN
        PERFORM saraban.routing_already_done(v_routing);
    END IF;
    v_at := saraban.routing_now();
    UPDATE saraban.routings
    SET state = 'opened', received_at = v_at, received_by = v_person.id, state_at = v_at,
        state_by = v_person.id, state_behalf = nullif(v_capacity, v_person.id)
    WHERE id = v_routing.id
    RETURNING * INTO v_routing;
    PERFORM saraban.routing_event(v_routing, 'acknowledge', v_person.id, v_capacity, '', v_at);
    PERFORM saraban.audit('routing.acknowledge', 'routing', v_routing.id::text,
                          jsonb_build_object('letter', v_routing.letter_id)
                          || saraban.behalf_data(v_person.id, v_capacity));
    PERFORM saraban.notify_routing(v_routing);
    RETURN v_at;
END
$$;

CREATE FUNCTION saraban.routing_forward(p_routing_id bigint, p_recipients jsonb)
    RETURNS bigint[]
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_routing  saraban.routings := saraban.routing_lock(p_routing_id, v_person);
    v_capacity integer := saraban.routing_require_open_action(v_routing, v_person);
    v_letter   saraban.letters;
    v_at       timestamptz := saraban.routing_now();
    v_ids      bigint[];
BEGIN
    SELECT * INTO v_letter FROM saraban.letters WHERE id = v_routing.letter_id;
    v_ids := saraban.routing_send(v_letter, v_routing.id, v_person, v_capacity, p_recipients,
                                  v_at);
    UPDATE saraban.routings
    SET state = 'forwarded', state_at = v_at, state_by = v_person.id,
        state_behalf = nullif(v_capacity, v_person.id)
    WHERE id = v_routing.id
    RETURNING * INTO v_routing;
    PERFORM saraban.routing_event(v_routing, 'forward', v_person.id, v_capacity, '', v_at);
    PERFORM saraban.audit('routing.forward', 'routing', v_routing.id::text,
                          jsonb_build_object('letter', v_routing.letter_id,
                                             'routings', to_jsonb(v_ids))
                          || saraban.behalf_data(v_person.id, v_capacity));
    PERFORM saraban.notify_routing(v_routing);
    RETURN v_ids;
END
$$;

CREATE FUNCTION saraban.routing_return(p_routing_id bigint, p_reason text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_routing  saraban.routings := saraban.routing_lock(p_routing_id, v_person);
    v_capacity integer := saraban.routing_require_open_action(v_routing, v_person);
    v_reason   text;
    v_at       timestamptz;
BEGIN
    v_reason := saraban.check_text(p_reason, 'routing.reason', 'reason', 'The reason',
                                   'ເຫດຜົນ', 2000, true);
    v_at := saraban.routing_now();
    UPDATE saraban.routings
    SET state = 'returned', state_at = v_at, state_by = v_person.id,
        state_behalf = nullif(v_capacity, v_person.id), outcome = v_reason
    WHERE id = v_routing.id
    RETURNING * INTO v_routing;
    PERFORM saraban.routing_reopen_parent(v_routing.parent_id, v_person.id, v_at);
    PERFORM saraban.routing_event(v_routing, 'return', v_person.id, v_capacity, v_reason, v_at);
    PERFORM saraban.audit('routing.return', 'routing', v_routing.id::text,
                          jsonb_build_object('letter', v_routing.letter_id, 'reason', v_reason)
                          || saraban.behalf_data(v_person.id, v_capacity));
    PERFORM saraban.notify_routing(v_routing);
END
$$;

CREATE FUNCTION saraban.routing_complete(p_routing_id bigint, p_outcome text)
    RETURNS boolean -- whether the letter is now closed
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person   saraban.people := saraban.require_person();
    v_routing  saraban.routings := saraban.routing_lock(p_routing_id, v_person);
    v_capacity integer := saraban.routing_require_open_action(v_routing, v_person);
    v_outcome  text;
    v_at       timestamptz;
    v_closed   boolean;
BEGIN
    v_outcome := saraban.check_text(p_outcome, 'routing.outcome', 'outcome', 'The outcome',
                                    'ຜົນການດຳເນີນງານ', 2000, true);
    v_at := saraban.routing_now();
    UPDATE saraban.routings
    SET state = 'completed', state_at = v_at, state_by = v_person.id,
        state_behalf = nullif(v_capacity, v_person.id), outcome = v_outcome
    WHERE id = v_routing.id
    RETURNING * INTO v_routing;
    v_closed := NOT EXISTS (SELECT FROM saraban.routings r
                            WHERE r.letter_id = v_routing.letter_id AND r.role = 'action'
                              AND r.state IN ('sent', 'opened'));
    IF v_closed THEN
        UPDATE saraban.letters SET status = 'closed' WHERE id = v_routing.letter_id;
    END IF;
    PERFORM saraban.routing_event(v_routing, 'complete', v_person.id, v_capacity, v_outcome,
                                  v_at);
    PERFORM saraban.audit('routing.complete', 'routing', v_routing.id::text,
                          jsonb_build_object('letter', v_routing.letter_id, 'outcome', v_outcome,
                                             'letter_closed', v_closed)
                          || saraban.behalf_data(v_person.id, v_capacity));
    PERFORM saraban.notify_routing(v_routing);
    RETURN v_closed;
END
$$;

CREATE FUNCTION saraban.routing_recall(p_routing_id bigint, p_reason text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_routing saraban.routings := saraban.routing_lock(p_routing_id, v_person);
    v_reason  text;
    v_at      timestamptz;
BEGIN
    IF v_routing.from_person_id <> v_person.id THEN
        PERFORM saraban.fail('SBPRM', 'routing.not_sender', 'routing', 'sender',
                             'Only the sender may recall this routing.',
                             'ສະເພາະຜູ້ສົ່ງ ເທົ່ານັ້ນ ຈຶ່ງຖອນຄືນເລື່ອງນີ້ໄດ້.');
    END IF;
    IF v_routing.state <> 'sent' THEN
        PERFORM saraban.routing_already_done(v_routing);
    END IF;
    v_reason := coalesce(saraban.check_text(p_reason, 'routing.reason', 'reason', 'The reason',
                                            'ເຫດຜົນ', 2000, false), '');
    v_at := saraban.routing_now();
    UPDATE saraban.routings
    SET state = 'recalled', state_at = v_at, state_by = v_person.id, state_behalf = NULL,
        outcome = v_reason
    WHERE id = v_routing.id
    RETURNING * INTO v_routing;
    PERFORM saraban.routing_reopen_parent(v_routing.parent_id, v_person.id, v_at);
    PERFORM saraban.routing_event(v_routing, 'recall', v_person.id, NULL, v_reason, v_at);
    PERFORM saraban.audit('routing.recall', 'routing', v_routing.id::text,
                          jsonb_build_object('letter', v_routing.letter_id, 'reason', v_reason));
    PERFORM saraban.notify_routing(v_routing);
END
$$;

CREATE FUNCTION saraban.letter_endorse(p_letter_id bigint, p_unit_id integer, p_text text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_letter  saraban.letters;
    v_head    integer;
    v_text    text;
    v_at      timestamptz;
    v_event   bigint;
    v_id      bigint;
BEGIN
    SELECT * INTO v_letter FROM saraban.letters WHERE id = p_letter_id FOR NO KEY UPDATE;
    IF NOT FOUND OR NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.letter_unknown();
    END IF;
    v_head := saraban.head_capacity(v_person.id, p_unit_id);
    IF v_head IS NULL THEN
        PERFORM saraban.fail('SBPRM', 'endorsement.not_head', 'unit', 'head_of_unit',
                             'Only a head of the unit, or the person acting for one, may endorse.',
                             'ສະເພາະຫົວໜ້າໜ່ວຍງານ ຫຼື ຜູ້ຮັກສາການ ເທົ່ານັ້ນ ຈຶ່ງຂຽນຄຳເຫັນສັ່ງການໄດ້.');
    END IF;
    IF NOT EXISTS (SELECT FROM saraban.registers r
                   WHERE r.id = v_letter.register_id AND r.unit_id = p_unit_id)
       AND NOT EXISTS (SELECT FROM saraban.routings r
                       WHERE r.letter_id = p_letter_id AND r.state <> 'recalled'
                         AND (r.to_unit_id = p_unit_id OR r.to_person_id = v_head)) THEN
        PERFORM saraban.fail('SBPRM', 'endorsement.not_received', 'unit', 'received_by_unit',
                             'This letter was not sent to this unit.',
                             'ໜັງສືນີ້ ບໍ່ໄດ້ສົ່ງມາຫາໜ່ວຍງານນີ້.');
    END IF;
    IF v_letter.status IN ('closed', 'cancelled') THEN
        PERFORM saraban.fail('SBCON', 'routing.letter_closed', 'letter', 'open_letter',
                             'This letter is ' || v_letter.status || ': it is not endorsed any more.',
                             'ໜັງສືນີ້ ' || (SELECT name_lo FROM saraban.letter_statuses
                                           WHERE code = v_letter.status) ||
                             ': ບໍ່ສາມາດຂຽນຄຳເຫັນສັ່ງການໄດ້ອີກ.');
    END IF;
    v_text := saraban.check_text(p_text, 'endorsement.text', 'text', 'The endorsement',
                                 'ຄຳເຫັນສັ່ງການ', 2000, true);
    v_at := saraban.routing_now();
    INSERT INTO saraban.letter_events (letter_id, kind, at, actor_id, behalf_id, text)
    VALUES (p_letter_id, 'endorse', v_at, v_person.id, nullif(v_head, v_person.id), v_text)
    RETURNING id INTO v_event;
    INSERT INTO saraban.endorsements (letter_id, unit_id, head_id, endorsed_by, text,
                                      created_at, event_id)
    VALUES (p_letter_id, p_unit_id, v_head, v_person.id, v_text, v_at, v_event)
    RETURNING id INTO v_id;
    PERFORM saraban.audit('letter.endorse', 'letter', p_letter_id::text,
                          jsonb_build_object('endorsement', v_id, 'unit', p_unit_id,
                                             'text_sha256',
                                             encode(sha256(convert_to(v_text, 'UTF8')), 'hex'))
                          || saraban.behalf_data(v_person.id, v_head));
    PERFORM saraban.notify_letter(p_letter_id);
    RETURN v_id;
END
$$;

CREATE FUNCTION saraban.letter_comment(p_letter_id bigint, p_text text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_person saraban.people := saraban.require_person();
    v_text   text;
    v_id     bigint;
BEGIN
    IF NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.letter_unknown();
    END IF;
    v_text := saraban.check_text(p_text, 'comment.text', 'text', 'The comment', 'ຄຳເຫັນ',
                                 2000, true);
    INSERT INTO saraban.letter_events (letter_id, kind, at, actor_id, text)
    VALUES (p_letter_id, 'comment', saraban.routing_now(), v_person.id, v_text)
    RETURNING id INTO v_id;
    PERFORM saraban.audit('letter.comment', 'letter', p_letter_id::text,
                          jsonb_build_object('event', v_id));
    PERFORM saraban.notify_letter(p_letter_id);
    RETURN v_id;
END
$$;

-- Sends the reminders that are due and not yet sent: "due tomorrow" and "overdue", once each
-- per routing, to its recipients. Safe to run as often as wanted (at sign-in, from cron);
-- two runs at once send each reminder once (the primary key decides). Returns how many went
-- out.
CREATE FUNCTION saraban.routing_reminders_run()
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_today date := saraban.office_today();
    v_at    timestamptz := saraban.routing_now();
    v_row   record;
    v_count integer := 0;
BEGIN
    IF NOT saraban.caller_is_superuser() THEN
        PERFORM saraban.require_person();
    END IF;
    FOR v_row IN
        WITH due AS (
            SELECT r.*, CASE WHEN r.due_on < v_today THEN 'overdue' ELSE 'due_tomorrow' END
                            AS reminder
            FROM saraban.routings r
            WHERE r.state IN ('sent', 'opened') AND r.role = 'action'
              AND r.due_on <= v_today + 1 AND r.due_on <> v_today),
        sent AS (
            INSERT INTO saraban.routing_reminders (routing_id, kind)
            SELECT id, reminder FROM due
            ON CONFLICT DO NOTHING
            RETURNING routing_id, kind)
        SELECT s.kind, r AS routing FROM sent s
        JOIN saraban.routings r ON r.id = s.routing_id
    LOOP
        PERFORM saraban.routing_event(v_row.routing,
                                      CASE v_row.kind WHEN 'overdue' THEN 'remind_overdue'
                                                      ELSE 'remind_due' END,
                                      NULL, NULL, '', v_at);
        PERFORM saraban.notify_person(a, 'routing', (v_row.routing).id)
        FROM saraban.routing_audience(v_row.routing) a;
        v_count := v_count + 1;
    END LOOP;
    IF v_count > 0 THEN
        PERFORM saraban.audit('routing.remind', 'routing', 'reminders',
                              jsonb_build_object('count', v_count));
    END IF;
    RETURN v_count;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Tracking

-- Who holds a letter now: its routings that are sent or opened, and since when.
CREATE FUNCTION saraban.letter_holders(p_letter_id bigint)
    RETURNS TABLE (routing_id bigint, person_id integer, unit_id integer, holder text,
                   role text, state text, since timestamptz, due_on date, overdue boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_person saraban.people := saraban.require_person();
    v_today  date := saraban.office_today();
BEGIN
    IF NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.letter_unknown();
    END IF;
    RETURN QUERY
    SELECT r.id, r.to_person_id, r.to_unit_id, coalesce(p.full_name, u.name_lo), r.role,
           r.state, r.state_at, r.due_on,
           r.role = 'action' AND r.due_on < v_today
    FROM saraban.routings r
    LEFT JOIN saraban.people p ON p.id = r.to_person_id
    LEFT JOIN saraban.units u ON u.id = r.to_unit_id
    WHERE r.letter_id = p_letter_id AND r.state IN ('sent', 'opened')
    ORDER BY r.state_at, r.id;
END
$$;

-- The letter's whole history, oldest first, a page at a time: its registration, then every
-- routing movement, endorsement, comment and reminder. Keyset: (at, event_id) of the last row.
CREATE FUNCTION saraban.letter_timeline(p_letter_id bigint,
                                        p_after_at timestamptz DEFAULT NULL,
                                        p_after_id bigint DEFAULT NULL,
                                        p_limit integer DEFAULT 200)
    RETURNS TABLE (event_id bigint, at timestamptz, kind text, actor text, on_behalf_of text,
                   routing_id bigint, counterpart text, routing_role text, text text,
                   due_on date)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_person saraban.people := saraban.require_person();
BEGIN
    IF NOT saraban.letter_visible_to(v_person, p_letter_id) THEN
        PERFORM saraban.letter_unknown();
    END IF;
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 THEN
        PERFORM saraban.fail('SBVAL', 'query.limit.out_of_range', 'limit', 'range',
                             'A page holds 1 to 1000 events.',
                             'ໜຶ່ງໜ້າ ມີເຫດການໄດ້ 1 ຫາ 1000 ລາຍການ.');
    END IF;
    RETURN QUERY
    SELECT * FROM (
        SELECT 0::bigint AS event_id, l.registered_at AS at, 'register'::text AS kind,
               p.full_name AS actor, NULL::text AS on_behalf_of, NULL::bigint AS routing_id,
               NULL::text AS counterpart, NULL::text AS routing_role, l.number_text AS text,
               NULL::date AS due_on
        FROM saraban.letters l JOIN saraban.people p ON p.id = l.registered_by
        WHERE l.id = p_letter_id
        UNION ALL
        SELECT e.id, e.at, e.kind, a.full_name, b.full_name, e.routing_id,
               CASE WHEN e.kind IN ('route', 'recall', 'remind_due', 'remind_overdue')
                    THEN coalesce(tp.full_name, tu.name_lo)
                    ELSE fp.full_name END,
               r.role, e.text, r.due_on
        FROM saraban.letter_events e
        LEFT JOIN saraban.people a ON a.id = e.actor_id
        LEFT JOIN saraban.people b ON b.id = e.behalf_id
        LEFT JOIN saraban.routings r ON r.id = e.routing_id
        LEFT JOIN saraban.people tp ON tp.id = r.to_person_id
        LEFT JOIN saraban.units tu ON tu.id = r.to_unit_id
        LEFT JOIN saraban.people fp ON fp.id = r.from_person_id
        WHERE e.letter_id = p_letter_id) t
    WHERE p_after_at IS NULL OR (t.at, t.event_id) > (p_after_at, p_after_id)
    ORDER BY t.at, t.event_id
    LIMIT p_limit;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The inbox (columns shared with approvals_page of 0010)

CREATE FUNCTION saraban.inbox_check_page(p_after_since timestamptz, p_after_id bigint,
                                         p_limit integer)
    RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 500 THEN
        PERFORM saraban.fail('SBVAL', 'query.limit.out_of_range', 'limit', 'range',
                             'A page holds 1 to 500 items.',
                             'ໜຶ່ງໜ້າ ມີລາຍການໄດ້ 1 ຫາ 500 ລາຍການ.');
    END IF;
    IF (p_after_since IS NULL) <> (p_after_id IS NULL) THEN
        PERFORM saraban.fail('SBVAL', 'query.after.incomplete', 'after', 'both_or_neither',
                             'The position after which a page starts needs both its time and id.',
                             'ຕຳແໜ່ງເລີ່ມຕົ້ນຂອງໜ້າ ຕ້ອງມີທັງເວລາ ແລະ ເລກລະຫັດ.');
    END IF;
END
$$;

-- One page of a folder of the caller's inbox, newest first:
--   to_act           'action' routings sent or opened, addressed to the caller, to a head
--                    they act for today, or to a unit whose routings they receive
--   for_information  the same for copies and information
--   overdue          to_act items past their due date
--   sent             everything the caller sent, in any state
--   following        what the caller sent that is still under way (sent, opened, forwarded)
CREATE FUNCTION saraban.inbox_page(p_folder text,
                                   p_after_since timestamptz DEFAULT NULL,
                                   p_after_id bigint DEFAULT NULL,
                                   p_limit integer DEFAULT 50)
    RETURNS TABLE (item_kind text, item_id bigint, letter_id bigint, draft_id bigint,
                   number_text text, subject text, urgency smallint, confidentiality smallint,
                   counterpart text, instruction text, state text, since timestamptz,
                   due_on date, overdue boolean, unread boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
    SET plan_cache_mode = force_custom_plan
AS $$
#variable_conflict use_column
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_people  integer[] := v_person.id || saraban.acting_for(v_person.id);
    v_units   integer[] := saraban.receiving_units_of(v_person.id);
    v_today   date := saraban.office_today();
    v_roles   text[];
    v_states  text[];
BEGIN
    PERFORM saraban.inbox_check_page(p_after_since, p_after_id, p_limit);
    IF p_folder IN ('to_act', 'for_information', 'overdue') THEN
        v_roles := CASE WHEN p_folder = 'for_information' THEN ARRAY['copy', 'information']
                        ELSE ARRAY['action'] END;
        -- One limited scan per address (the caller, each head they act for, each unit they
        -- receive for), each an equality on its index so that it reads the newest rows in
        -- order and stops at the limit (= ANY over the addresses would read and sort every
        -- open item); then merged. The clearance check sits inside each scan, so that a page
        -- is never cut short by rows filtered after the limit.
        RETURN QUERY
        SELECT 'routing'::text, r.id, r.letter_id, NULL::bigint, r.number_text, r.subject,
               r.urgency, r.confidentiality, fp.full_name, r.instruction, r.state, r.state_at,
               r.due_on, r.role = 'action' AND r.due_on < v_today, r.state = 'sent'
        FROM (
            SELECT r.* FROM unnest(v_people) AS a(person_id), LATERAL (
                SELECT r.id, r.letter_id, r.from_person_id, r.role, r.instruction, r.state,
                       r.state_at, r.due_on, l.number_text, l.subject, l.urgency,
                       l.confidentiality
                FROM saraban.routings r
                JOIN saraban.letters l ON l.id = r.letter_id
                WHERE r.to_person_id = a.person_id AND r.state IN ('sent', 'opened')
                  AND r.role = ANY (v_roles)
                  AND (p_folder <> 'overdue' OR r.due_on < v_today)
                  AND l.confidentiality <= v_person.clearance
                  AND (p_after_since IS NULL OR (r.state_at, r.id) < (p_after_since, p_after_id))
                ORDER BY r.state_at DESC, r.id DESC LIMIT p_limit) r
            UNION ALL
            SELECT r.* FROM unnest(v_units) AS a(unit_id), LATERAL (
                SELECT r.id, r.letter_id, r.from_person_id, r.role, r.instruction, r.state,
                       r.state_at, r.due_on, l.number_text, l.subject, l.urgency,
                       l.confidentiality
                FROM saraban.routings r
                JOIN saraban.letters l ON l.id = r.letter_id
                WHERE r.to_unit_id = a.unit_id AND r.state IN ('sent', 'opened')
                  AND r.role = ANY (v_roles)
                  AND (p_folder <> 'overdue' OR r.due_on < v_today)
                  AND l.confidentiality <= v_person.clearance
                  AND (p_after_since IS NULL OR (r.state_at, r.id) < (p_after_since, p_after_id))
                ORDER BY r.state_at DESC, r.id DESC LIMIT p_limit) r) r
        JOIN saraban.people fp ON fp.id = r.from_person_id
        ORDER BY r.state_at DESC, r.id DESC
        LIMIT p_limit;
    ELSIF p_folder IN ('sent', 'following') THEN
        v_states := CASE WHEN p_folder = 'following' THEN ARRAY['sent', 'opened', 'forwarded']
                         ELSE ARRAY['sent', 'opened', 'forwarded', 'returned', 'completed',
                                    'recalled'] END;
        RETURN QUERY
        SELECT 'routing'::text, r.id, r.letter_id, NULL::bigint, l.number_text, l.subject,
               l.urgency, l.confidentiality, coalesce(tp.full_name, tu.name_lo), r.instruction,
               r.state, r.state_at, r.due_on,
               r.role = 'action' AND r.state IN ('sent', 'opened') AND r.due_on < v_today,
               false
        FROM saraban.routings r
        JOIN saraban.letters l ON l.id = r.letter_id
        LEFT JOIN saraban.people tp ON tp.id = r.to_person_id
        LEFT JOIN saraban.units tu ON tu.id = r.to_unit_id
        WHERE r.from_person_id = v_person.id AND r.state = ANY (v_states)
          AND l.confidentiality <= v_person.clearance
          AND (p_after_since IS NULL OR (r.state_at, r.id) < (p_after_since, p_after_id))
        ORDER BY r.state_at DESC, r.id DESC
        LIMIT p_limit;
    ELSE
        PERFORM saraban.fail('SBVAL', 'inbox.folder.unknown', 'folder', 'one_of',
                             'The folder must be to_act, for_information, overdue, sent or '
                             'following.',
                             'ແຟ້ມຕ້ອງແມ່ນ to_act (ຕ້ອງດຳເນີນການ), for_information (ເພື່ອຊາບ), '
                             'overdue (ກາຍກຳນົດ), sent (ສົ່ງແລ້ວ) ຫຼື following (ຕິດຕາມ).');
    END IF;
END
$$;

CREATE FUNCTION saraban.inbox_counts()
    RETURNS TABLE (folder text, total bigint, unread bigint, overdue bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_person  saraban.people := saraban.require_person();
    v_people  integer[] := v_person.id || saraban.acting_for(v_person.id);
    v_units   integer[] := saraban.receiving_units_of(v_person.id);
    v_today   date := saraban.office_today();
BEGIN
    RETURN QUERY
    WITH mine AS (
        SELECT r.role, r.state, r.due_on FROM saraban.routings r
        JOIN saraban.letters l ON l.id = r.letter_id
        WHERE (r.to_person_id = ANY (v_people) OR r.to_unit_id = ANY (v_units))
          AND r.state IN ('sent', 'opened') AND l.confidentiality <= v_person.clearance),
    sent AS (
        SELECT r.role, r.state, r.due_on FROM saraban.routings r
        JOIN saraban.letters l ON l.id = r.letter_id
        WHERE r.from_person_id = v_person.id AND l.confidentiality <= v_person.clearance)
    SELECT 'to_act'::text, count(*), count(*) FILTER (WHERE m.state = 'sent'),
           count(*) FILTER (WHERE m.due_on < v_today)
    FROM mine m WHERE m.role = 'action'
    UNION ALL
    SELECT 'for_information', count(*), count(*) FILTER (WHERE m.state = 'sent'), 0
    FROM mine m WHERE m.role <> 'action'
    UNION ALL
    SELECT 'overdue', count(*), count(*) FILTER (WHERE m.state = 'sent'), count(*)
    FROM mine m WHERE m.role = 'action' AND m.due_on < v_today
    UNION ALL
    SELECT 'sent', count(*), 0,
           count(*) FILTER (WHERE s.role = 'action' AND s.state IN ('sent', 'opened')
                              AND s.due_on < v_today)
    FROM sent s
    UNION ALL
    SELECT 'following', count(*) FILTER (WHERE s.state IN ('sent', 'opened', 'forwarded')), 0,
           count(*) FILTER (WHERE s.role = 'action' AND s.state IN ('sent', 'opened')
                              AND s.due_on < v_today)
    FROM sent s;
END
$$;

-- What is overdue in a unit (routings to it, or to people working there), and below it when
-- p_include_subunits. For the unit's heads (and acting heads) and those of a unit above it,
-- and its clerks. Same columns as inbox_page; counterpart is who holds the item.
CREATE FUNCTION saraban.overdue_page(p_unit_id integer,
                                     p_include_subunits boolean DEFAULT false,
                                     p_after_since timestamptz DEFAULT NULL,
                                     p_after_id bigint DEFAULT NULL,
                                     p_limit integer DEFAULT 50)
    RETURNS TABLE (item_kind text, item_id bigint, letter_id bigint, draft_id bigint,
                   number_text text, subject text, urgency smallint, confidentiality smallint,
                   counterpart text, instruction text, state text, since timestamptz,
                   due_on date, overdue boolean, unread boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
    SET plan_cache_mode = force_custom_plan
AS $$
#variable_conflict use_column
DECLARE
    v_person saraban.people := saraban.require_person();
    v_today  date := saraban.office_today();
    v_units  integer[];
    v_people integer[];
BEGIN
    PERFORM saraban.inbox_check_page(p_after_since, p_after_id, p_limit);
    IF NOT EXISTS (SELECT FROM saraban.units WHERE id = p_unit_id) THEN
        PERFORM saraban.fail('SBNFD', 'unit.unknown', 'unit', 'exists',
                             'There is no unit with the number ' ||
                             coalesce(p_unit_id::text, '(none)') || '.',
                             'ບໍ່ມີໜ່ວຍງານເລກ ' || coalesce(p_unit_id::text, '(ບໍ່ມີ)') || '.');
    END IF;
    IF NOT saraban.has_role_in(v_person.id, p_unit_id, 'clerk')
       AND NOT EXISTS (SELECT FROM unnest(saraban.unit_ancestors(p_unit_id)) a
                       WHERE saraban.head_capacity(v_person.id, a) IS NOT NULL) THEN
        PERFORM saraban.fail('SBPRM', 'overdue.not_allowed', 'unit', 'head_or_clerk_of_unit',
                             'Only the heads and clerks of the unit, or heads above it, may see '
                             'what is overdue there.',
                             'ສະເພາະຫົວໜ້າ ແລະ ພະນັກງານສາລະບັນ ຂອງໜ່ວຍງານ ຫຼື ຫົວໜ້າຂັ້ນເທິງ '
                             'ເທົ່ານັ້ນ ຈຶ່ງເບິ່ງລາຍການກາຍກຳນົດຂອງໜ່ວຍງານນີ້ໄດ້.');
    END IF;
    v_units := CASE WHEN coalesce(p_include_subunits, false)
                    THEN saraban.unit_subtree(ARRAY[p_unit_id]) ELSE ARRAY[p_unit_id] END;
    SELECT coalesce(array_agg(DISTINCT m.person_id), '{}') INTO v_people
    FROM saraban.memberships m WHERE m.unit_id = ANY (v_units) AND m.active;
    RETURN QUERY
    SELECT 'routing'::text, r.id, r.letter_id, NULL::bigint, l.number_text, l.subject,
           l.urgency, l.confidentiality, coalesce(tp.full_name, tu.name_lo), r.instruction,
           r.state, r.state_at, r.due_on, true, r.state = 'sent'
    FROM saraban.routings r
    JOIN saraban.letters l ON l.id = r.letter_id
    LEFT JOIN saraban.people tp ON tp.id = r.to_person_id
    LEFT JOIN saraban.units tu ON tu.id = r.to_unit_id
    WHERE r.state IN ('sent', 'opened') AND r.role = 'action' AND r.due_on < v_today
      AND (r.to_unit_id = ANY (v_units) OR r.to_person_id = ANY (v_people))
      AND l.confidentiality <= v_person.clearance
      AND (p_after_since IS NULL OR (r.state_at, r.id) < (p_after_since, p_after_id))
    ORDER BY r.state_at DESC, r.id DESC
    LIMIT p_limit;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Ownership and grants: every person may call these; each function decides for itself.

SELECT saraban.hand_over_to_owner();

GRANT EXECUTE ON FUNCTION saraban.my_routed_letters(),
    saraban.letter_route(bigint, jsonb),
    saraban.routing_acknowledge(bigint),
    saraban.routing_forward(bigint, jsonb),
    saraban.routing_return(bigint, text),
    saraban.routing_complete(bigint, text),
    saraban.routing_recall(bigint, text),
    saraban.letter_endorse(bigint, integer, text),
    saraban.letter_comment(bigint, text),
    saraban.routing_reminders_run(),
    saraban.letter_holders(bigint),
    saraban.letter_timeline(bigint, timestamptz, bigint, integer),
    saraban.inbox_page(text, timestamptz, bigint, integer),
    saraban.inbox_counts(),
    saraban.overdue_page(integer, boolean, timestamptz, bigint, integer)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
