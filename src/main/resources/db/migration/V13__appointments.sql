-- The appointment book (docs/adr/0017): appointment types, working hours, appointments, and the
-- five-minute slots each appointment holds, whose primary key lets the database refuse a double
-- booking even when two people book the same time at the same moment.

create table appointment_type (
    id               bigint       not null auto_increment primary key,
    name             varchar(100) not null,
    duration_minutes int          not null,
    buffer_minutes   int          not null default 0,
    colour           varchar(7)   not null,
    active           boolean      not null default true,
    version          bigint       not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into appointment_type (name, duration_minutes, buffer_minutes, colour) values
    ('First visit', 90, 15, '#2f7f88'),
    ('Follow-up', 60, 15, '#6b5ea8');

create table working_hours (
    id           bigint  not null auto_increment primary key,
    therapist_id bigint  not null,
    weekday      int     not null,
    starts       time    not null,
    ends         time    not null,
    version      bigint  not null default 0,
    constraint fk_working_hours_user foreign key (therapist_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_working_hours_therapist on working_hours (therapist_id, weekday);

create table appointment (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null default 0,
    therapist_id  bigint       not null,
    client_id     bigint       not null,
    type_id       bigint       not null,
    starts_at     timestamp(6) not null,
    ends_at       timestamp(6) not null,
    blocked_until timestamp(6) not null,
    status        varchar(20)  not null,
    created_at    timestamp(6) not null,
    created_by    bigint       not null,
    updated_at    timestamp(6) not null,
    constraint fk_appointment_therapist foreign key (therapist_id) references app_user (id),
    constraint fk_appointment_client foreign key (client_id) references client (id),
    constraint fk_appointment_type foreign key (type_id) references appointment_type (id),
    constraint fk_appointment_created_by foreign key (created_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_appointment_therapist on appointment (therapist_id, starts_at);
create index ix_appointment_client on appointment (client_id, starts_at);

-- One row per five minutes an active appointment (with its buffer) holds in its therapist's day.
create table appointment_slot (
    therapist_id   bigint       not null,
    slot_start     timestamp(6) not null,
    appointment_id bigint       not null,
    primary key (therapist_id, slot_start),
    constraint fk_slot_appointment foreign key (appointment_id) references appointment (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_slot_appointment on appointment_slot (appointment_id);

-- The "today" page lists a therapist's notes left unsigned from earlier days.
create index ix_note_therapist_status on session_note (therapist_id, status, session_date);
