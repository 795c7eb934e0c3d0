package org.headroom.base.embeddeddb;

/** The test JVM's embedded MariaDB, for code outside this package that must reach it directly. */
public final class TestDatabase {

    private TestDatabase() {}

    /** The JDBC address of the application's schema on the shared test server, started if need be. */
    public static String url() {
        return ExtraApplication.sharedServer();
    }

    /** An account that may do everything on the test server. */
    public static String adminUser() {
        return EmbeddedCredentials.ADMIN;
    }

    public static String adminPassword() {
        url();
        return EmbeddedMariaDb.credentials().adminPassword();
    }
}
