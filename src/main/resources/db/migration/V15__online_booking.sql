-- Online booking (docs/adr/0018): days off, whether a therapist takes bookings online, where an
-- appointment was booked, its links for the client (hashes only), its message sequence, and the
-- day-before reminder; clients created by an online booking; the booking page's throttle.

create table day_off (
    id           bigint       not null auto_increment primary key,
    therapist_id bigint       not null,
    first_day    date         not null,
    last_day     date         not null,
    note         varchar(200),
    version      bigint       not null default 0,
    constraint fk_day_off_user foreign key (therapist_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_day_off_therapist on day_off (therapist_id, last_day);

create table online_booking (
    therapist_id bigint  not null primary key,
    enabled      boolean not null default true,
    version      bigint  not null default 0,
    constraint fk_online_booking_user foreign key (therapist_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table appointment
    add column source           varchar(20)  not null default 'PRACTICE',
    add column sequence         int          not null default 0,
    add column reminder_sent_at timestamp(6) null,
    add column cancelled_at     timestamp(6) null;

create index ix_appointment_reminder on appointment (status, starts_at);

-- Each message about an appointment carries its own link to cancel or reschedule it.
create table appointment_link (
    token_hash     varchar(64)  not null primary key,
    appointment_id bigint       not null,
    created_at     timestamp(6) not null,
    constraint fk_appointment_link foreign key (appointment_id) references appointment (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_appointment_link_appointment on appointment_link (appointment_id);

alter table client
    add column booked_online    boolean      not null default false,
    add column contact_agreed_at timestamp(6) null;

-- One row per booking sent from an address (its hash), to throttle the public page.
create table booking_attempt (
    id           bigint       not null auto_increment primary key,
    address_hash varchar(64)  not null,
    attempted_at timestamp(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_booking_attempt on booking_attempt (address_hash, attempted_at);
