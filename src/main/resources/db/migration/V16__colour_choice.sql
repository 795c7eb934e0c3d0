-- Each account's colours: as the device is set (default), light, or dim.
ALTER TABLE app_user ADD COLUMN colours VARCHAR(8) NOT NULL DEFAULT 'SYSTEM';
