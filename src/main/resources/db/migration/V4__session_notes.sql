-- Session notes (SOAP). A draft can change or be discarded; a signed note is locked: corrections
-- are amendments beside it (clinical-reference.md, "Record keeping").
create table session_note (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null default 0,
    client_id           bigint        not null,
    therapist_id        bigint        not null,
    status              varchar(20)   not null,
    session_date        date          not null,
    start_time          time,
    duration_minutes    int,
    content             longtext      not null,
    pain_before         int,
    pain_after          int,
    techniques          varchar(500),
    flag_override       varchar(2000),
    created_at          timestamp(6)  not null,
    updated_at          timestamp(6)  not null,
    signed_at           timestamp(6),
    signed_by           bigint,
    constraint fk_note_client foreign key (client_id) references client (id),
    constraint fk_note_therapist foreign key (therapist_id) references app_user (id),
    constraint fk_note_signed_by foreign key (signed_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_note_client_date on session_note (client_id, session_date, id);

create table session_note_amendment (
    id          bigint        not null auto_increment primary key,
    note_id     bigint        not null,
    reason      varchar(1000) not null,
    body        varchar(4000) not null,
    created_at  timestamp(6)  not null,
    created_by  bigint        not null,
    constraint fk_amendment_note foreign key (note_id) references session_note (id),
    constraint fk_amendment_user foreign key (created_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_amendment_note on session_note_amendment (note_id, created_at);
