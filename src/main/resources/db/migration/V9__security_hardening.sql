-- Two-factor secrets are kept encrypted (longer than the plain Base32), and the last time step a
-- code was accepted for is kept in the database, so that a code cannot be used twice on any server
-- or after a restart.
alter table app_user
    modify column totp_secret varchar(200) null,
    add column totp_last_step bigint null;
