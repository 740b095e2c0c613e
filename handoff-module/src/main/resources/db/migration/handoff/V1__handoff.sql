-- The handoff context's tables: the queue, agent chats with contact details and notes, console
-- users and canned responses.
create table handoff_queue_entry (
    conversation_id uuid         not null primary key,
    language        varchar(2)   not null,
    state           varchar(16)  not null,
    intents         varchar(512),
    queued_at       timestamp(6) with time zone not null,
    taken_at        timestamp(6) with time zone,
    taken_by        varchar(32),
    left_at         timestamp(6) with time zone,
    version         bigint       not null
);

create index handoff_queue_waiting on handoff_queue_entry (state, queued_at);

create table handoff_agent_chat (
    conversation_id          uuid          not null primary key,
    language                 varchar(2)    not null,
    contact_name             varchar(100),
    contact_email            varchar(254),
    contact_email_normalised varchar(254),
    contact_phone            varchar(16),
    legal_basis              varchar(32)   not null,
    state                    varchar(16)   not null,
    agent                    varchar(32),
    category                 varchar(16),
    offline_message          varchar(2000),
    queued_at                timestamp(6) with time zone not null,
    taken_at                 timestamp(6) with time zone,
    closed_at                timestamp(6) with time zone,
    version                  bigint        not null
);

create index handoff_agent_chat_state on handoff_agent_chat (state);
create index handoff_agent_chat_closed on handoff_agent_chat (closed_at);
create index handoff_agent_chat_email on handoff_agent_chat (contact_email_normalised);
create index handoff_agent_chat_phone on handoff_agent_chat (contact_phone);

create table handoff_note (
    id              uuid          not null primary key,
    conversation_id uuid          not null references handoff_agent_chat (conversation_id),
    author          varchar(32)   not null,
    text            varchar(2000) not null,
    written_at      timestamp(6) with time zone not null
);

create index handoff_note_chat on handoff_note (conversation_id);

create table handoff_agent (
    username      varchar(32)  not null primary key,
    display_name  varchar(60)  not null,
    password_hash varchar(512) not null,
    roles         varchar(64)  not null,
    failed_logins integer      not null,
    locked_until  timestamp(6) with time zone,
    last_seen_at  timestamp(6) with time zone,
    online        boolean      not null,
    version       bigint       not null
);

create table handoff_canned_response (
    id       uuid          not null primary key,
    language varchar(2)    not null,
    title    varchar(80)   not null,
    text     varchar(2000) not null
);
