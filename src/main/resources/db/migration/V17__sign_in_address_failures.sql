-- Failed sign-ins per address, in the database so that every application server of a cluster
-- counts the same failures (they were counted in each server's memory; docs/scale-out.md).
create table sign_in_address_failure (
    id        bigint      not null auto_increment primary key,
    address   varchar(45) not null,
    failed_at datetime(6) not null,
    key ix_address_failure (address, failed_at),
    key ix_address_failure_time (failed_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
