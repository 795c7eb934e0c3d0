-- Headache diary: one row per attack, or a day confirmed free of headache, so that "no entry"
-- and "no headache" differ (IHS guidelines for controlled trials; clinical-reference.md).
create table diary_entry (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null default 0,
    client_id         bigint        not null,
    kind              varchar(20)   not null,
    entry_date        date          not null,
    start_time        time,
    duration_hours    decimal(5, 2),
    intensity         int,
    migraine          boolean       not null default false,
    aura              boolean       not null default false,
    aura_types        varchar(200),
    nausea            boolean       not null default false,
    vomiting          boolean       not null default false,
    photophobia       boolean       not null default false,
    phonophobia       boolean       not null default false,
    disability        int,
    medication_name   varchar(200),
    medication_class  varchar(30),
    medication_doses  int       not null default 0,
    triggers          varchar(500),
    other_triggers    varchar(500),
    sleep_quality     int,
    notes             varchar(2000),
    created_at        timestamp(6)  not null,
    created_by        bigint        not null,
    updated_at        timestamp(6)  not null,
    updated_by        bigint        not null,
    constraint fk_diary_client foreign key (client_id) references client (id),
    constraint fk_diary_created_by foreign key (created_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_diary_client_date on diary_entry (client_id, entry_date);

-- MIDAS: five questions (days in the last 3 months) plus A and B, not scored.
create table midas_assessment (
    id           bigint       not null auto_increment primary key,
    client_id    bigint       not null,
    assessed_on  date         not null,
    q1           int     not null,
    q2           int     not null,
    q3           int     not null,
    q4           int     not null,
    q5           int     not null,
    headache_days int,
    average_pain int,
    recorded_at  timestamp(6) not null,
    recorded_by  bigint       not null,
    constraint fk_midas_client foreign key (client_id) references client (id),
    constraint fk_midas_user foreign key (recorded_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_midas_client on midas_assessment (client_id, assessed_on);

-- HIT-6: the six answers from a licensed form (6, 8, 10, 11 or 13 each), or the total only.
create table hit6_assessment (
    id          bigint       not null auto_increment primary key,
    client_id   bigint       not null,
    assessed_on date         not null,
    item1       int,
    item2       int,
    item3       int,
    item4       int,
    item5       int,
    item6       int,
    total       int      not null,
    recorded_at timestamp(6) not null,
    recorded_by bigint       not null,
    constraint fk_hit6_client foreign key (client_id) references client (id),
    constraint fk_hit6_user foreign key (recorded_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_hit6_client on hit6_assessment (client_id, assessed_on);

-- Numeric ratings over time: stress, sleep quality, neck and shoulder tension (0-10).
create table rating (
    id          bigint       not null auto_increment primary key,
    client_id   bigint       not null,
    rated_on    date         not null,
    kind        varchar(30)  not null,
    value       int      not null,
    recorded_at timestamp(6) not null,
    recorded_by bigint       not null,
    constraint fk_rating_client foreign key (client_id) references client (id),
    constraint fk_rating_user foreign key (recorded_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_rating_client on rating (client_id, kind, rated_on);

-- The baseline period per client: 28 days from this date (editable by the therapist).
create table diary_baseline (
    client_id      bigint       not null primary key,
    version        bigint       not null default 0,
    baseline_start date         not null,
    set_at         timestamp(6) not null,
    set_by         bigint       not null,
    constraint fk_baseline_client foreign key (client_id) references client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
