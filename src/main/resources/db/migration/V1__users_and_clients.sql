-- Accounts: therapists and practice admins.
create table app_user (
    id                         bigint       not null auto_increment primary key,
    version                    bigint       not null default 0,
    username                   varchar(100) not null,
    display_name               varchar(200) not null,
    professional_registration  varchar(100),
    password_hash              varchar(200) not null,
    enabled                    boolean      not null default true,
    created_at                 timestamp(6) not null,
    constraint uk_app_user_username unique (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table app_user_role (
    user_id bigint      not null,
    role    varchar(30) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Clients: each belongs to one therapist; archived, never deleted.
create table client (
    id                     bigint        not null auto_increment primary key,
    version                bigint        not null default 0,
    therapist_id           bigint        not null,
    first_name             varchar(100)  not null,
    last_name              varchar(100)  not null,
    preferred_name         varchar(100),
    date_of_birth          date          not null,
    email                  varchar(200),
    phone                  varchar(40),
    address                varchar(300),
    postcode               varchar(20),
    gp_name                varchar(200),
    gp_practice            varchar(200),
    gp_phone               varchar(40),
    gp_address             varchar(300),
    emergency_name         varchar(200),
    emergency_relationship varchar(100),
    emergency_phone        varchar(40),
    notes                  varchar(4000),
    archived               boolean       not null default false,
    created_at             timestamp(6)  not null,
    created_by             bigint        not null,
    updated_at             timestamp(6)  not null,
    updated_by             bigint        not null,
    constraint fk_client_therapist foreign key (therapist_id) references app_user (id),
    constraint fk_client_created_by foreign key (created_by) references app_user (id),
    constraint fk_client_updated_by foreign key (updated_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_client_therapist_last_name on client (therapist_id, archived, last_name, first_name);
create index ix_client_therapist_first_name on client (therapist_id, archived, first_name);
