-- Journal notes (journalnotater), issue 15. Seed 002: nearly every step "dokumenteres i journalen".
-- A note is never deleted; its heading and text may be changed only on the day it was written (Danish time);
-- after that a correction is a new note that refers to the old one (corrects_note_id). The triggers below keep
-- this even for a write that does not go through the application.
-- author_kind: AUTHORITY (municipal staff) or PROVIDER (a provider's staff, provider_id says which).
-- link_kind: what the note is about, optionally — a grant (link_grant_key), an inquiry, a decision or a
-- reassessment flag (link_id).
create table journal_note (
    municipality_id       integer     not null references municipality (id),
    id                    bigint generated always as identity,
    citizen_id            bigint      not null references citizen (id),
    heading               text        not null check (length(btrim(heading)) between 1 and 200),
    text                  text        not null check (length(btrim(text)) between 1 and 10000),
    author_username       text        not null,
    author_kind           text        not null check (author_kind in ('AUTHORITY','PROVIDER')),
    provider_id           bigint      references provider (id),
    written_at            timestamptz not null,
    link_kind             text check (link_kind in ('GRANT','INQUIRY','DECISION','REASSESSMENT_FLAG')),
    link_id               bigint,
    link_grant_key        uuid,
    shared_with_providers boolean     not null default false,
    corrects_note_id      bigint,
    modified_at           timestamptz not null,
    version               integer     not null default 0,
    primary key (municipality_id, id),
    unique (id),
    foreign key (municipality_id, corrects_note_id) references journal_note (municipality_id, id),
    check ((author_kind = 'PROVIDER') = (provider_id is not null)),
    check (author_kind = 'AUTHORITY' or not shared_with_providers),
    check (case link_kind when 'GRANT' then link_grant_key is not null and link_id is null
                          when 'INQUIRY' then link_id is not null and link_grant_key is null
                          when 'DECISION' then link_id is not null and link_grant_key is null
                          when 'REASSESSMENT_FLAG' then link_id is not null and link_grant_key is null
                          else link_id is null and link_grant_key is null end),
    check (corrects_note_id is null or corrects_note_id <> id)
);
-- A citizen's journal, newest first; the search filters this citizen's rows (a few hundred) by text, so a
-- plain ILIKE over them needs no trigram index.
create index journal_note_citizen on journal_note (municipality_id, citizen_id, written_at desc, id desc);
create index journal_note_corrects on journal_note (municipality_id, corrects_note_id) where corrects_note_id is not null;

create function journal_note_kept() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'TRUNCATE') then
        raise exception 'journal notes are never deleted' using errcode = 'integrity_constraint_violation';
    end if;
    if new.municipality_id <> old.municipality_id or new.id <> old.id or new.citizen_id <> old.citizen_id
       or new.author_username <> old.author_username or new.author_kind <> old.author_kind
       or new.provider_id is distinct from old.provider_id or new.written_at <> old.written_at
       or new.corrects_note_id is distinct from old.corrects_note_id then
        raise exception 'who wrote a journal note, when and about whom never changes'
            using errcode = 'integrity_constraint_violation';
    end if;
    if (new.heading <> old.heading or new.text <> old.text)
       and (old.written_at at time zone 'Europe/Copenhagen')::date < (now() at time zone 'Europe/Copenhagen')::date then
        raise exception 'a journal note can only be changed on the day it was written'
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;
create trigger journal_note_kept before update or delete on journal_note
    for each row execute function journal_note_kept();
create trigger journal_note_kept_truncate before truncate on journal_note
    for each statement execute function journal_note_kept();
