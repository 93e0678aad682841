-- 0014 chain rules: the server refuses an approval chain that names the same decider twice (the
-- same person by login, or the same unit's head), as it refuses any other bad chain: SBVAL
-- 'chain.person.twice', naming the person. Until now only the desktop's chain editor checked
-- this, and a chain sent by any other client was accepted. chain_parse() is 0010's with that
-- one check added; draft_submit() and chain_template_save() call it as before.

CREATE OR REPLACE FUNCTION saraban.chain_parse(p_steps jsonb, p_field text)
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
    v_seen   text[] := '{}';
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
            IF ('login:' || v_person.login) = ANY (v_seen) THEN
                PERFORM saraban.fail('SBVAL', 'chain.person.twice', p_field, 'distinct_steps',
                                     v_person.full_name || ' is in the chain twice; each person '
                                     'decides once.',
                                     v_person.full_name || ' ມີສອງເທື່ອ ໃນສາຍການອະນຸມັດ; ແຕ່ລະຄົນ '
                                     'ພິຈາລະນາພຽງເທື່ອດຽວ.');
            END IF;
            v_seen := v_seen || ('login:' || v_person.login);
            v_step.person_id := v_person.id;
        ELSE
            v_unit := saraban.unit_by_code(v_item.value ->> 'head_of', p_field);
            IF ('head_of:' || v_unit.code) = ANY (v_seen) THEN
                PERFORM saraban.fail('SBVAL', 'chain.person.twice', p_field, 'distinct_steps',
                                     'The head of ' || v_unit.name_en || ' is in the chain '
                                     'twice; each person decides once.',
                                     'ຫົວໜ້າ ' || v_unit.name_lo || ' ມີສອງເທື່ອ ໃນສາຍການອະນຸມັດ; '
                                     'ແຕ່ລະຄົນ ພິຈາລະນາພຽງເທື່ອດຽວ.');
            END IF;
            v_seen := v_seen || ('head_of:' || v_unit.code);
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
