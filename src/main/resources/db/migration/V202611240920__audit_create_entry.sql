-- 审计日志: append-only. The application may insert and read; UPDATE, DELETE and TRUNCATE are refused
-- by triggers, whoever connects. Keep at least 6 months (网络安全法 art. 21): there is no purge job.
create table audit_entry (
    id                  bigint generated always as identity primary key,
    occurred_at         timestamptz  not null,
    username            varchar(50)  not null,
    role                varchar(30),
    actor_community_id  bigint,
    ip                  varchar(64),
    user_agent          varchar(300),
    module              varchar(30)  not null,
    action              varchar(40)  not null,
    object_type         varchar(40),
    object_id           varchar(64),
    community_id        bigint,
    summary             varchar(500),
    details             text,
    success             boolean      not null default true
);
create index audit_entry_time_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_user_idx on audit_entry (username, occurred_at desc);
create index audit_entry_object_idx on audit_entry (object_type, object_id);

create function audit_entry_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
