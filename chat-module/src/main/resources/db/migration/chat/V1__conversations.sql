-- The chat context's tables: conversations with the bot and their messages.
create table chat_conversation (
    id               uuid         not null primary key,
    token_hash       varchar(64)  not null,
    language         varchar(2)   not null,
    legal_basis      varchar(32)  not null,
    state            varchar(16)  not null,
    started_at       timestamp(6) with time zone not null,
    last_activity_at timestamp(6) with time zone not null,
    ended_at         timestamp(6) with time zone,
    version          bigint       not null
);

create index chat_conversation_activity on chat_conversation (state, last_activity_at);

create table chat_message (
    id              uuid          not null primary key,
    conversation_id uuid          not null references chat_conversation (id),
    sequence        integer       not null,
    author          varchar(16)   not null,
    text            varchar(8000) not null,
    intent          varchar(64),
    payload         varchar(16000),
    sent_at         timestamp(6) with time zone not null,
    constraint chat_message_sequence unique (conversation_id, sequence)
);
