-- 0007 search: one page of letters, filtered and sorted in SQL, for lists and search.
-- Conventions (roles, errors, who is calling): see 0002_security.sql.
--
-- Why a SECURITY DEFINER function and not a SELECT through the letters policy: PostgreSQL
-- evaluates a policy before any condition that is not leakproof, and LIKE is not, so under
-- row-level security a substring search can never use the trigram index. This function
-- applies the very same visibility rule itself (registers of the caller's units, up to their
-- clearance) and can then use every index.
--
-- Paging is by keyset, never OFFSET and never unbounded: the newest first, ordered by
-- (registered_at, id); the next page passes the last row's pair as p_after_at/p_after_id.
-- Each call is planned with its actual values (plan_cache_mode = force_custom_plan): a
-- generic plan cannot use the trigram index for '%term%' and skips none of the unused
-- filters, which made searches on millions of rows many times slower.

CREATE FUNCTION saraban.like_escape(p_text text)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = saraban, pg_temp
AS $$ SELECT replace(replace(replace(p_text, '\', '\\'), '%', '\%'), '_', '\_') $$;

CREATE FUNCTION saraban.letters_page(
    p_register_id    integer DEFAULT NULL,
    p_text           text    DEFAULT NULL,
    p_number         text    DEFAULT NULL,
    p_number_prefix  boolean DEFAULT true,
    p_date_from      date    DEFAULT NULL,
    p_date_to        date    DEFAULT NULL,
    p_letter_type_id integer DEFAULT NULL,
    p_status         text    DEFAULT NULL,
    p_direction      text    DEFAULT NULL,
    p_after_at       timestamptz DEFAULT NULL,
    p_after_id       bigint  DEFAULT NULL,
    p_limit          integer DEFAULT 50)
    RETURNS TABLE (id bigint, register_id integer, direction text, number_text text,
                   registered_at timestamptz, registered_on date, letter_date date,
                   received_on date, sent_on date, their_number text, subject text,
                   correspondents text, letter_type_id integer, urgency smallint,
                   confidentiality smallint, status text, has_file boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = saraban, pg_temp
    SET plan_cache_mode = force_custom_plan
AS $$
#variable_conflict use_column
DECLARE
    v_person    saraban.people := saraban.require_person();
    v_registers integer[] := saraban.letter_registers_of(v_person.id);
    v_text      text;
    v_number    text;
    v_like      text;
    v_prefix    text;
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 500 THEN
        PERFORM saraban.fail('SBVAL', 'query.limit.out_of_range', 'limit', 'range',
                             'A page holds 1 to 500 letters.',
                             'ໜຶ່ງໜ້າ ມີໜັງສືໄດ້ 1 ຫາ 500 ສະບັບ.');
    END IF;
    IF (p_after_at IS NULL) <> (p_after_id IS NULL) THEN
        PERFORM saraban.fail('SBVAL', 'query.after.incomplete', 'after', 'both_or_neither',
                             'The position after which a page starts needs both its time and id.',
                             'ຕຳແໜ່ງເລີ່ມຕົ້ນຂອງໜ້າ ຕ້ອງມີທັງເວລາ ແລະ ລະຫັດ.');
    END IF;
    IF p_date_from > p_date_to THEN
        PERFORM saraban.fail('SBVAL', 'query.date_range.invalid', 'date_from', 'from_before_to',
                             'The start of the date range is after its end.',
                             'ວັນທີເລີ່ມຕົ້ນ ຢູ່ຫຼັງວັນທີສິ້ນສຸດ.');
    END IF;
    v_text := nullif(saraban.normalize_search(
        saraban.check_text(p_text, 'query.text', 'text', 'The search text', 'ຂໍ້ຄວາມຄົ້ນຫາ',
                           200, false)), '');
    v_number := nullif(saraban.normalize_search(
        saraban.check_text(p_number, 'query.number', 'number', 'The number', 'ເລກທີ', 100,
                           false)), '');
    v_like := '%' || saraban.like_escape(v_text) || '%';
    v_prefix := saraban.like_escape(v_number) || '%';

    RETURN QUERY
    SELECT l.id, l.register_id, l.direction, l.number_text, l.registered_at, l.registered_on,
           l.letter_date, l.received_on, l.sent_on, l.their_number, l.subject,
           l.correspondents, l.letter_type_id, l.urgency, l.confidentiality, l.status,
           EXISTS (SELECT FROM saraban.letter_files f WHERE f.letter_id = l.id)
    FROM saraban.letters l
    WHERE l.register_id = ANY (v_registers)
      AND l.confidentiality <= v_person.clearance
      AND (p_register_id IS NULL OR l.register_id = p_register_id)
      AND (v_text IS NULL OR l.search_text LIKE v_like)
      AND (v_number IS NULL
           OR (p_number_prefix AND l.number_norm LIKE v_prefix)
           OR (NOT p_number_prefix AND l.number_norm = v_number))
      AND (p_date_from IS NULL OR l.registered_on >= p_date_from)
      AND (p_date_to IS NULL OR l.registered_on <= p_date_to)
      AND (p_letter_type_id IS NULL OR l.letter_type_id = p_letter_type_id)
      AND (p_status IS NULL OR l.status = p_status)
      AND (p_direction IS NULL OR l.direction = p_direction)
      AND (p_after_at IS NULL OR (l.registered_at, l.id) < (p_after_at, p_after_id))
    ORDER BY l.registered_at DESC, l.id DESC
    LIMIT p_limit;
END
$$;

SELECT saraban.hand_over_to_owner();

GRANT EXECUTE ON FUNCTION saraban.like_escape(text),
    saraban.letters_page(integer, text, text, boolean, date, date, integer, text, text,
                         timestamptz, bigint, integer)
    TO saraban_clerk, saraban_officer, saraban_head, saraban_archivist, saraban_admin;
