-- 0008 acting appointments and live notifications: what routing (0009) and approvals (0010)
-- build on. Conventions (roles, errors, who is calling): see 0002_security.sql.
--
-- ACTING (ຮັກສາການ): a head names a person who decides in their place for a period of days,
-- inclusive, in the office's calendar. During it saraban.head_capacity() answers, for the
-- acting person, with the head on whose behalf they decide; every decision taken that way
-- carries {"on_behalf_of": "<head login>"} in its audit record (saraban.behalf_data()), so the
-- audit reads "A for B". Only a head who holds the membership appoints (an acting person
-- cannot appoint a further one); the head or an administrator of the unit may revoke.
-- Appointments are kept after they end or are revoked: they explain past decisions.
-- The acting person decides within their own clearance: row-level security still applies
-- to what they can see.
--
-- NOTIFICATIONS: changes are announced with pg_notify on lowercase channels (Qt quotes
-- channel names), with ids only: anyone may LISTEN on any channel, so a payload must never
-- carry a subject or a name. A client re-reads what changed through row-level security.
--   saraban_inbox_<person id>   '<kind>:<id>'  something arrived or changed for this person
--                               (kind: routing, approval, draft, letter, acting)
--   saraban_letter              '<letter id>'  the letter's timeline changed
--   saraban_draft               '<draft id>'   the draft or its approval steps changed
-- PostgreSQL delivers at COMMIT, so a refused action notifies nobody.

CREATE TABLE saraban.acting_appointments (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    integer NOT NULL REFERENCES saraban.units,
    head_id    integer NOT NULL REFERENCES saraban.people,
    acting_id  integer NOT NULL REFERENCES saraban.people,
    starts_on  date    NOT NULL,
    ends_on    date    NOT NULL,
    note       text    NOT NULL DEFAULT '',
    created_by integer NOT NULL REFERENCES saraban.people,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    revoked_by integer REFERENCES saraban.people,
    revoke_reason text,
    CHECK (ends_on >= starts_on),
    CHECK (acting_id <> head_id),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX acting_appointments_acting ON saraban.acting_appointments (acting_id, unit_id)
    WHERE revoked_at IS NULL;
CREATE INDEX acting_appointments_unit ON saraban.acting_appointments (unit_id, head_id);

INSERT INTO saraban.settings (key, value, description) VALUES
    ('acting_max_days', '366', 'Longest acting appointment, in days.');

-- ---------------------------------------------------------------------------------------
-- Who decides as head

-- The head on whose behalf p_person decides as head of p_unit today: the person themselves
-- when they are an active head there; the appointing head during an active appointment
-- (while that head still holds the membership); NULL otherwise. When a person is acting for
-- two heads of one unit at once, the earliest appointment counts, so the answer is stable.
CREATE FUNCTION saraban.head_capacity(p_person_id integer, p_unit_id integer)
    RETURNS integer
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT CASE
        WHEN NOT EXISTS (SELECT FROM saraban.people WHERE id = p_person_id AND active) THEN NULL
        WHEN saraban.has_role_in(p_person_id, p_unit_id, 'head') THEN p_person_id
        ELSE (SELECT a.head_id
              FROM saraban.acting_appointments a
              JOIN saraban.people h ON h.id = a.head_id AND h.active
              WHERE a.unit_id = p_unit_id AND a.acting_id = p_person_id
                AND a.revoked_at IS NULL
                AND saraban.office_today() BETWEEN a.starts_on AND a.ends_on
                AND saraban.has_role_in(a.head_id, p_unit_id, 'head')
              ORDER BY a.starts_on, a.id
              LIMIT 1)
    END
$$;

-- The audit data of a decision taken as head: empty for the head, "on behalf of" for the
-- acting person.
CREATE FUNCTION saraban.behalf_data(p_person_id integer, p_head_id integer)
    RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT CASE WHEN p_head_id IS NULL OR p_head_id = p_person_id THEN '{}'::jsonb
                ELSE jsonb_build_object('on_behalf_of',
                                        (SELECT login FROM saraban.people WHERE id = p_head_id))
           END
$$;

-- Who decides for a unit today: its active heads and whoever acts for one of them.
CREATE FUNCTION saraban.unit_deciders(p_unit_id integer)
    RETURNS SETOF integer
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT m.person_id FROM saraban.memberships m
    JOIN saraban.people p ON p.id = m.person_id AND p.active
    WHERE m.unit_id = p_unit_id AND m.role = 'head' AND m.active
    UNION
    SELECT a.acting_id FROM saraban.acting_appointments a
    JOIN saraban.people p ON p.id = a.acting_id AND p.active
    WHERE a.unit_id = p_unit_id AND a.revoked_at IS NULL
      AND saraban.office_today() BETWEEN a.starts_on AND a.ends_on
      AND saraban.has_role_in(a.head_id, p_unit_id, 'head')
$$;

-- Units where the caller holds any active membership.
CREATE FUNCTION saraban.my_units()
    RETURNS integer[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT m.unit_id), '{}')
    FROM saraban.memberships m
    WHERE m.person_id = saraban.caller_person_id() AND m.active
$$;

-- For the client: the units and heads the caller decides for today, including as head.
CREATE FUNCTION saraban.my_head_capacities()
    RETURNS TABLE (unit_id integer, head_id integer, acting boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
    SELECT u.unit_id, saraban.head_capacity(saraban.caller_person_id(), u.unit_id),
           saraban.head_capacity(saraban.caller_person_id(), u.unit_id)
               <> saraban.caller_person_id()
    FROM (SELECT m.unit_id FROM saraban.memberships m
          WHERE m.person_id = saraban.caller_person_id() AND m.role = 'head' AND m.active
          UNION
          SELECT a.unit_id FROM saraban.acting_appointments a
          WHERE a.acting_id = saraban.caller_person_id() AND a.revoked_at IS NULL) u
    WHERE saraban.head_capacity(saraban.caller_person_id(), u.unit_id) IS NOT NULL
$$;

-- ---------------------------------------------------------------------------------------
-- Notifications (see the top of this file)

CREATE FUNCTION saraban.notify_person(p_person_id integer, p_kind text, p_id bigint)
    RETURNS void
    LANGUAGE sql
    SET search_path = saraban, pg_temp
AS $$ SELECT pg_notify('saraban_inbox_' || p_person_id, p_kind || ':' || p_id) $$;

CREATE FUNCTION saraban.notify_letter(p_letter_id bigint)
    RETURNS void
    LANGUAGE sql
    SET search_path = saraban, pg_temp
AS $$ SELECT pg_notify('saraban_letter', p_letter_id::text) $$;

CREATE FUNCTION saraban.notify_draft(p_draft_id bigint)
    RETURNS void
    LANGUAGE sql
    SET search_path = saraban, pg_temp
AS $$ SELECT pg_notify('saraban_draft', p_draft_id::text) $$;

-- ---------------------------------------------------------------------------------------
-- Appointing and revoking

CREATE FUNCTION saraban.acting_appoint(p_unit_id integer, p_acting_login text,
                                       p_starts_on date, p_ends_on date, p_note text)
    RETURNS bigint
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_head     saraban.people := saraban.require_person();
    v_acting   saraban.people;
    v_unit     saraban.units;
    v_note     text;
    v_max      integer := saraban.setting('acting_max_days')::integer;
    v_clash    saraban.acting_appointments;
    v_id       bigint;
BEGIN
    SELECT * INTO v_unit FROM saraban.units WHERE id = p_unit_id;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'unit.unknown', 'unit', 'exists',
                             'There is no unit with the number ' || coalesce(p_unit_id::text, '(none)') || '.',
                             'ບໍ່ມີໜ່ວຍງານເລກ ' || coalesce(p_unit_id::text, '(ບໍ່ມີ)') || '.');
    END IF;
    IF NOT saraban.has_role_in(v_head.id, v_unit.id, 'head') THEN
        PERFORM saraban.fail('SBPRM', 'acting.not_head', 'unit', 'head_of_unit',
                             'Only a head of ' || v_unit.name_lo || ' may name an acting head.',
                             'ສະເພາະຫົວໜ້າ ' || v_unit.name_lo || ' ເທົ່ານັ້ນ ຈຶ່ງແຕ່ງຕັ້ງຜູ້ຮັກສາການໄດ້.');
    END IF;
    IF p_acting_login IS NULL OR btrim(p_acting_login) = '' THEN
        PERFORM saraban.fail('SBVAL', 'acting.person.empty', 'acting', 'required',
                             'The acting person is empty.', 'ຜູ້ຮັກສາການ ຫວ່າງເປົ່າ.');
    END IF;
    SELECT * INTO v_acting FROM saraban.people WHERE login = btrim(p_acting_login);
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'person.unknown', 'acting', 'exists',
                             'There is no user "' || p_acting_login || '".',
                             'ບໍ່ມີຜູ້ໃຊ້ "' || p_acting_login || '".');
    END IF;
    IF v_acting.id = v_head.id THEN
        PERFORM saraban.fail('SBVAL', 'acting.self', 'acting', 'not_self',
                             'You cannot name yourself as your acting head.',
                             'ທ່ານບໍ່ສາມາດແຕ່ງຕັ້ງຕົນເອງ ເປັນຜູ້ຮັກສາການແທນຕົນເອງໄດ້.');
    END IF;
    IF NOT v_acting.active THEN
        PERFORM saraban.fail('SBVAL', 'acting.person.inactive', 'acting', 'active_person',
                             v_acting.full_name || ' is no longer an active user.',
                             v_acting.full_name || ' ບໍ່ແມ່ນຜູ້ໃຊ້ທີ່ຍັງເຄື່ອນໄຫວແລ້ວ.');
    END IF;
    -- The acting person works in the unit or below it: a deputy, or the head of a division.
    IF NOT EXISTS (SELECT FROM saraban.memberships m
                   WHERE m.person_id = v_acting.id AND m.active
                     AND m.role IN ('clerk', 'officer', 'head', 'archivist')
                     AND m.unit_id = ANY (saraban.unit_subtree(ARRAY[v_unit.id]))) THEN
        PERFORM saraban.fail('SBVAL', 'acting.person.not_member', 'acting', 'member_of_unit',
                             v_acting.full_name || ' does not work in ' || v_unit.name_lo ||
                             ' or a unit below it.',
                             v_acting.full_name || ' ບໍ່ໄດ້ເຮັດວຽກຢູ່ ' || v_unit.name_lo ||
                             ' ຫຼື ໜ່ວຍງານຂັ້ນລຸ່ມ.');
    END IF;
    IF p_starts_on IS NULL THEN
        PERFORM saraban.fail('SBVAL', 'acting.starts_on.empty', 'starts_on', 'required',
                             'The first day is empty.', 'ວັນທີເລີ່ມ ຫວ່າງເປົ່າ.');
    END IF;
    IF p_ends_on IS NULL THEN
        PERFORM saraban.fail('SBVAL', 'acting.ends_on.empty', 'ends_on', 'required',
                             'The last day is empty.', 'ວັນທີສິ້ນສຸດ ຫວ່າງເປົ່າ.');
    END IF;
    IF p_starts_on < saraban.office_today() THEN
        PERFORM saraban.fail('SBVAL', 'acting.starts_on.past', 'starts_on', 'not_in_past',
                             'The first day cannot be in the past.',
                             'ວັນທີເລີ່ມ ບໍ່ສາມາດເປັນວັນທີທີ່ຜ່ານມາແລ້ວ.');
    END IF;
    IF p_ends_on < p_starts_on THEN
        PERFORM saraban.fail('SBVAL', 'acting.ends_on.before_start', 'ends_on', 'after_start',
                             'The last day is before the first day.',
                             'ວັນທີສິ້ນສຸດ ຢູ່ກ່ອນວັນທີເລີ່ມ.');
    END IF;
    IF p_ends_on - p_starts_on + 1 > v_max THEN
        PERFORM saraban.fail('SBVAL', 'acting.period.too_long', 'ends_on', 'max_days',
                             'An acting appointment lasts at most ' || v_max || ' days.',
                             'ການຮັກສາການ ບໍ່ໃຫ້ເກີນ ' || v_max || ' ວັນ.');
    END IF;
    v_note := coalesce(saraban.check_text(p_note, 'acting.note', 'note', 'The note', 'ໝາຍເຫດ',
                                          1000, false), '');

    -- One head's appointments in one unit never overlap. Two requests of one head at the
    -- same moment are serialised on the head's row, so the second sees the first.
    PERFORM FROM saraban.people WHERE id = v_head.id FOR UPDATE;
    SELECT * INTO v_clash FROM saraban.acting_appointments a
    WHERE a.unit_id = v_unit.id AND a.head_id = v_head.id AND a.revoked_at IS NULL
      AND a.starts_on <= p_ends_on AND a.ends_on >= p_starts_on
    ORDER BY a.starts_on LIMIT 1;
    IF FOUND THEN
        PERFORM saraban.fail('SBCON', 'acting.overlap', 'starts_on', 'no_overlap',
                             'You already have an acting head from ' || v_clash.starts_on ||
                             ' to ' || v_clash.ends_on || '.',
                             'ທ່ານມີຜູ້ຮັກສາການແລ້ວ ແຕ່ວັນທີ ' || v_clash.starts_on || ' ຫາ ' ||
                             v_clash.ends_on || '.');
    END IF;

    INSERT INTO saraban.acting_appointments (unit_id, head_id, acting_id, starts_on, ends_on,
                                             note, created_by)
    VALUES (v_unit.id, v_head.id, v_acting.id, p_starts_on, p_ends_on, v_note, v_head.id)
    RETURNING id INTO v_id;
    PERFORM saraban.audit('acting.appoint', 'acting_appointment', v_id::text,
                          jsonb_build_object('unit', v_unit.code, 'head', v_head.login,
                                             'acting', v_acting.login,
                                             'starts_on', p_starts_on, 'ends_on', p_ends_on,
                                             'note', v_note));
    PERFORM saraban.notify_person(v_acting.id, 'acting', v_id);
    RETURN v_id;
END
$$;

CREATE FUNCTION saraban.acting_revoke(p_id bigint, p_reason text)
    RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_caller saraban.people := saraban.require_person();
    v_row    saraban.acting_appointments;
    v_reason text;
    v_by     saraban.people;
BEGIN
    SELECT * INTO v_row FROM saraban.acting_appointments WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM saraban.fail('SBNFD', 'acting.unknown', 'appointment', 'exists',
                             'There is no acting appointment number ' || coalesce(p_id::text, '(none)') || '.',
                             'ບໍ່ມີການແຕ່ງຕັ້ງຮັກສາການ ເລກ ' || coalesce(p_id::text, '(ບໍ່ມີ)') || '.');
    END IF;
    IF v_caller.id <> v_row.head_id AND NOT saraban.is_admin_of(v_caller.id, v_row.unit_id) THEN
        PERFORM saraban.fail('SBPRM', 'acting.not_yours', 'appointment', 'head_or_admin',
                             'Only the head who named the acting person, or an administrator of the unit, may end it.',
                             'ສະເພາະຫົວໜ້າທີ່ແຕ່ງຕັ້ງ ຫຼື ຜູ້ບໍລິຫານລະບົບຂອງໜ່ວຍງານ ເທົ່ານັ້ນ ຈຶ່ງຍົກເລີກໄດ້.');
    END IF;
    IF v_row.revoked_at IS NOT NULL THEN
        SELECT * INTO v_by FROM saraban.people WHERE id = v_row.revoked_by;
        PERFORM saraban.fail('SBCON', 'acting.already_revoked', 'appointment', 'state',
                             'This appointment was already ended by ' || v_by.full_name ||
                             ' at ' || to_char(v_row.revoked_at AT TIME ZONE
                                               saraban.setting('time_zone'), 'YYYY-MM-DD HH24:MI') || '.',
                             'ການແຕ່ງຕັ້ງນີ້ ຖືກຍົກເລີກແລ້ວ ໂດຍ ' || v_by.full_name || ' ເວລາ ' ||
                             to_char(v_row.revoked_at AT TIME ZONE saraban.setting('time_zone'),
                                     'YYYY-MM-DD HH24:MI') || '.');
    END IF;
    IF v_row.ends_on < saraban.office_today() THEN
        PERFORM saraban.fail('SBCON', 'acting.ended', 'appointment', 'state',
                             'This appointment ended on ' || v_row.ends_on || '.',
                             'ການແຕ່ງຕັ້ງນີ້ ສິ້ນສຸດແລ້ວ ວັນທີ ' || v_row.ends_on || '.');
    END IF;
    v_reason := coalesce(saraban.check_text(p_reason, 'acting.reason', 'reason', 'The reason',
                                            'ເຫດຜົນ', 1000, false), '');
    UPDATE saraban.acting_appointments
    SET revoked_at = now(), revoked_by = v_caller.id, revoke_reason = v_reason
    WHERE id = v_row.id;
    PERFORM saraban.audit('acting.revoke', 'acting_appointment', v_row.id::text,
                          jsonb_build_object('reason', v_reason));
    PERFORM saraban.notify_person(v_row.acting_id, 'acting', v_row.id);
END
$$;

-- ---------------------------------------------------------------------------------------
-- Who sees appointments: the people of the unit, the head and the acting person.

ALTER TABLE saraban.acting_appointments ENABLE ROW LEVEL SECURITY;
CREATE POLICY acting_of_my_units ON saraban.acting_appointments FOR SELECT
    USING (unit_id = ANY ((SELECT saraban.my_units())::integer[])
           OR head_id = (SELECT saraban.caller_person_id())
           OR acting_id = (SELECT saraban.caller_person_id()));

SELECT saraban.hand_over_to_owner();

GRANT SELECT ON saraban.acting_appointments TO saraban_clerk, saraban_officer, saraban_head,
    saraban_archivist, saraban_admin;
-- office_today() (and setting(), which it reads; the settings table is readable already):
-- clients show and pick dates (due dates, periods) in the office's calendar.
GRANT EXECUTE ON FUNCTION saraban.my_units(), saraban.my_head_capacities(),
    saraban.office_today(), saraban.setting(text)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
-- Granted to everyone who works here: the functions decide who may, and say so in words.
GRANT EXECUTE ON FUNCTION saraban.acting_appoint(integer, text, date, date, text),
    saraban.acting_revoke(bigint, text)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
