-- Sign-in protection: failed attempts per account and a lock that ends by itself or by the admin;
-- optional two-factor sign-in (TOTP) with single-use recovery codes; practice-wide settings.
alter table app_user
    add column failed_logins int          not null default 0,
    add column locked_until  timestamp(6) null,
    add column totp_secret   varchar(64)  null,
    add column totp_enabled  boolean      not null default false;

create table recovery_code (
    id        bigint       not null auto_increment primary key,
    user_id   bigint       not null,
    code_hash varchar(100) not null,
    used_at   timestamp(6) null,
    constraint fk_recovery_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_recovery_user on recovery_code (user_id);

create table practice_setting (
    name       varchar(60)  not null primary key,
    value      varchar(200) not null,
    updated_at timestamp(6) not null,
    updated_by bigint       not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
