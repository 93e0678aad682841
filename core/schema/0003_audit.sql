-- 0003 audit: the append-only, hash-chained record of every change.
--
-- Every function that changes anything calls saraban.audit() in the same transaction, so a
-- change and its record commit or vanish together. Each record stores
--     hash = sha256(canonical text of the record, which ends with the previous record's hash)
-- and records are numbered 1, 2, 3... without gaps. saraban.audit_head remembers the last
-- number and hash: appending locks that row, which serialises appends (the chain has one
-- order) and lets a verifier notice records deleted from the end.
--
-- The canonical text is, one field per line (U+000A between fields, none at the end):
--     seq | at in UTC as YYYY-MM-DD"T"HH24:MI:SS.US"Z" | actor | action | object_type |
--     object_id | data as jsonb text | prev_hash
-- `saraban-admin audit verify` (core/services/auditservice.cpp) recomputes it in C++ from the
-- stored fields rather than trusting a function on the server.
--
-- Nobody may change or delete records: no grants, and a trigger that fires even for the owner
-- and in replica mode. A superuser can still disable it; the chain is what catches that.

CREATE TABLE saraban.audit_log (
    seq         bigint      PRIMARY KEY CHECK (seq > 0),
    at          timestamptz NOT NULL,
    actor       text        NOT NULL, -- the login role that called (session_user)
    action      text        NOT NULL, -- 'letter.register', 'person.add'...
    object_type text        NOT NULL, -- 'letter', 'person', 'unit'...
    object_id   text        NOT NULL,
    data        jsonb       NOT NULL DEFAULT '{}',
    prev_hash   text        NOT NULL,
    hash        text        NOT NULL
);

CREATE TABLE saraban.audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_seq  bigint  NOT NULL,
    last_hash text    NOT NULL
);
INSERT INTO saraban.audit_head VALUES (true, 0, repeat('0', 64));

CREATE FUNCTION saraban.audit_canonical(p_seq bigint, p_at timestamptz, p_actor text,
                                        p_action text, p_object_type text, p_object_id text,
                                        p_data jsonb, p_prev_hash text)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = saraban, pg_temp
AS $$
    SELECT p_seq::text || E'\n' ||
           to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || E'\n' ||
           p_actor || E'\n' || p_action || E'\n' || p_object_type || E'\n' || p_object_id ||
           E'\n' || p_data::text || E'\n' || p_prev_hash
$$;

-- Appends one record for the calling transaction and returns its number. Called only from
-- the owner's functions (nobody else may execute it).
CREATE FUNCTION saraban.audit(p_action text, p_object_type text, p_object_id text,
                              p_data jsonb DEFAULT '{}')
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
DECLARE
    v_head saraban.audit_head;
    v_at   timestamptz;
    v_hash text;
    v_data jsonb := coalesce(p_data, '{}');
BEGIN
    SELECT * INTO STRICT v_head FROM saraban.audit_head FOR UPDATE;
    -- Taken after the lock, so time never runs backwards along the chain.
    v_at := clock_timestamp();
    v_hash := encode(sha256(convert_to(saraban.audit_canonical(
        v_head.last_seq + 1, v_at, session_user::text, p_action, p_object_type, p_object_id,
        v_data, v_head.last_hash), 'UTF8')), 'hex');
    INSERT INTO saraban.audit_log (seq, at, actor, action, object_type, object_id, data,
                                   prev_hash, hash)
    VALUES (v_head.last_seq + 1, v_at, session_user, p_action, p_object_type, p_object_id,
            v_data, v_head.last_hash, v_hash);
    UPDATE saraban.audit_head SET last_seq = v_head.last_seq + 1, last_hash = v_hash;
    RETURN v_head.last_seq + 1;
END
$$;

CREATE FUNCTION saraban.audit_refuse_change()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = saraban, pg_temp
AS $$
BEGIN
    PERFORM saraban.fail('SBPRM', 'audit.append_only', NULL, 'append_only',
                         'Audit records can never be changed or deleted.',
                         'ບັນທຶກການກວດສອບ ບໍ່ສາມາດແກ້ໄຂ ຫຼື ລຶບໄດ້.');
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON saraban.audit_log
    FOR EACH ROW EXECUTE FUNCTION saraban.audit_refuse_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON saraban.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION saraban.audit_refuse_change();
-- ALWAYS: also in session_replication_role = replica, which would skip ordinary triggers.
ALTER TABLE saraban.audit_log ENABLE ALWAYS TRIGGER audit_log_append_only;
ALTER TABLE saraban.audit_log ENABLE ALWAYS TRIGGER audit_log_no_truncate;

SELECT saraban.hand_over_to_owner();
-- Administrators read the log (and verify it); nobody writes it but the owner's functions.
GRANT SELECT ON saraban.audit_log, saraban.audit_head TO saraban_admin;
