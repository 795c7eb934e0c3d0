-- Clients keep their own diary and questionnaires on their phone (docs/adr/0016).

-- Who wrote a diary line (the therapist, or the client through their diary link), whether it was
-- filled in late, an attack still going, the client's submission key (a second submission of the
-- same day is recognised), and the client's original words when the therapist corrects a line.
alter table diary_entry
    add column source           varchar(10)  not null default 'THERAPIST',
    add column late             boolean      not null default false,
    add column still_going      boolean      not null default false,
    add column submission_id    varchar(40)  null,
    add column client_original  text         null,
    add column client_saved_at  timestamp(6) null,
    add column corrected_at     timestamp(6) null,
    add column corrected_by     bigint       null,
    add constraint fk_diary_corrected_by foreign key (corrected_by) references app_user (id);

create unique index ux_diary_entry_submission on diary_entry (client_id, submission_id);

-- Acute medicine taken, each on the calendar day it was taken (ICHD-3 8.2 counts days of intake).
create table diary_medicine_taken (
    id               bigint       not null auto_increment primary key,
    entry_id         bigint       not null,
    taken_on         date         not null,
    name             varchar(200) not null,
    medication_class varchar(30)  null,
    doses            int          not null,
    constraint fk_medicine_taken_entry foreign key (entry_id) references diary_entry (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_medicine_taken_entry on diary_medicine_taken (entry_id);

-- Existing lines keep their one medicine, taken on the day of the attack.
insert into diary_medicine_taken (entry_id, taken_on, name, medication_class, doses)
select id, entry_date, coalesce(medication_name, ''), medication_class, medication_doses
  from diary_entry
 where kind = 'ATTACK' and medication_doses > 0 and (medication_class is null or medication_class <> 'NONE');

-- The client's own list of acute medicines, set once, each with its class.
create table client_medicine (
    id               bigint       not null auto_increment primary key,
    client_id        bigint       not null,
    name             varchar(200) not null,
    medication_class varchar(30)  not null,
    active           boolean      not null default true,
    created_at       timestamp(6) not null,
    version          bigint       not null default 0,
    constraint fk_client_medicine_client foreign key (client_id) references client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_client_medicine_client on client_medicine (client_id);

-- A client's diary on their own devices: on or off, the personal link (its hash), wrong dates of
-- birth given, and the reminder choices.
create table client_diary (
    client_id          bigint       not null primary key,
    enabled            boolean      not null,
    link_hash          char(64)     null,
    link_created_at    timestamp(6) null,
    link_created_by    bigint       null,
    wrong_answers      int          not null default 0,
    reminder_time      time         null,
    reminder_sent_on   date         null,
    nudge_sent_on      date         null,
    unsubscribe_token  varchar(64)  not null,
    created_at         timestamp(6) not null,
    version            bigint       not null default 0,
    constraint fk_client_diary_client foreign key (client_id) references client (id),
    constraint fk_client_diary_user foreign key (link_created_by) references app_user (id),
    constraint ux_client_diary_link unique (link_hash),
    constraint ux_client_diary_unsubscribe unique (unsubscribe_token)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Devices remembered after the date of birth was given once: the hash of a long-lived token kept
-- in an HttpOnly cookie.
create table diary_device (
    id           bigint       not null auto_increment primary key,
    client_id    bigint       not null,
    token_hash   char(64)     not null,
    label        varchar(120) not null,
    created_at   timestamp(6) not null,
    last_used_at timestamp(6) not null,
    revoked_at   timestamp(6) null,
    version      bigint       not null default 0,
    constraint fk_diary_device_client foreign key (client_id) references client (id),
    constraint ux_diary_device_token unique (token_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_diary_device_client on diary_device (client_id);

-- Questionnaires the therapist schedules for the client to answer on their diary pages.
create table questionnaire_schedule (
    id          bigint       not null auto_increment primary key,
    client_id   bigint       not null,
    instrument  varchar(10)  not null,
    every_days  int          not null,
    next_due    date         not null,
    created_by  bigint       not null,
    created_at  timestamp(6) not null,
    version     bigint       not null default 0,
    constraint fk_schedule_client foreign key (client_id) references client (id),
    constraint fk_schedule_user foreign key (created_by) references app_user (id),
    constraint ux_schedule_instrument unique (client_id, instrument)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Questionnaires the client answered themselves.
alter table midas_assessment add column client_reported boolean not null default false;
alter table hit6_assessment add column client_reported boolean not null default false;

-- Scheduled work that must run once in a cluster (ShedLock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
