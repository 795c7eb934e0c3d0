package org.headroom;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.client.ClientService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentText;
import org.headroom.intake.ConsentType;
import org.headroom.intake.SignerRole;
import org.headroom.security.NewAccount;
import org.headroom.security.Role;
import org.headroom.security.SystemAccounts;
import org.headroom.security.UserAccountService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Known users for tests, created once per database through the real services: two therapists,
 * a practice admin and a therapist who also runs the practice.
 */
@Component
@Profile("test")
public class Fixtures implements ApplicationRunner {

    public static final String PASSWORD = "fixture-password-1";
    public static final String ANNA = "anna";
    public static final String BEN = "ben";
    public static final String ADMIN = "pat";
    public static final String OWNER = "olive";
    public static final String ANNA_REGISTRATION = "CNHC 0123456";

    private final SystemAccounts startup;
    private final UserAccountService accounts;
    private final ClientService clients;
    private final ConsentService consents;

    Fixtures(SystemAccounts startup, UserAccountService accounts, ClientService clients, ConsentService consents) {
        this.consents = consents;
        this.startup = startup;
        this.accounts = accounts;
        this.clients = clients;
    }

    @Override
    public synchronized void run(ApplicationArguments args) {
        if (startup.anyUserExists()) {
            return;
        }
        startup.createFirstAdmin(ADMIN, "Pat Admin", PASSWORD);
        runAs(ADMIN, () -> {
            NewAccount anna = account(ANNA, "Anna Therapist", EnumSet.of(Role.THERAPIST));
            anna.setProfessionalRegistration(ANNA_REGISTRATION);
            accounts.create(anna);
            accounts.create(account(BEN, "Ben Therapist", EnumSet.of(Role.THERAPIST)));
            accounts.create(account(OWNER, "Olive Owner", EnumSet.of(Role.THERAPIST, Role.PRACTICE_ADMIN)));
            return null;
        });
    }

    public ClientService clientService() {
        return clients;
    }

    public <T> T runAs(String username, Supplier<T> task) {
        return startup.runAs(username, task);
    }

    /** Creates a client for the given therapist; the last name is made unique so tests can search for it. */
    public ClientDetails clientOf(String therapist, String firstName, String lastNameStem) {
        ClientForm form = validForm(firstName, unique(lastNameStem));
        return runAs(therapist, () -> clients.create(form));
    }

    /** A client whose consent to keep health data is recorded, so that a diary can be kept. */
    public ClientDetails diaryClientOf(String therapist, String firstName, String lastNameStem) {
        ClientDetails client = clientOf(therapist, firstName, lastNameStem);
        consentToHealthData(therapist, client.id());
        return client;
    }

    /** Records the client's explicit consent to keep health data, typed and confirmed in person. */
    public void consentToHealthData(String therapist, long clientId) {
        consent(therapist, clientId, ConsentType.HEALTH_DATA);
    }

    /** Records the client's consent to assessment and treatment, typed and confirmed in person. */
    public void consentToTreatment(String therapist, long clientId) {
        consent(therapist, clientId, ConsentType.TREATMENT);
    }

    private void consent(String therapist, long clientId, ConsentType type) {
        runAs(therapist, () -> {
            ConsentText text = consents.currentTexts().stream()
                    .filter(t -> t.type() == type)
                    .findFirst()
                    .orElseThrow();
            ConsentSubmission submission = new ConsentSubmission(text.id(), true, "Test Client", SignerRole.CLIENT);
            submission.setTypedConfirmed(true);
            return consents.record(clientId, null, submission);
        });
    }

    public static String unique(String stem) {
        return stem + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ClientForm validForm(String firstName, String lastName) {
        ClientForm form = new ClientForm();
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setDateOfBirth(LocalDate.of(1984, 5, 17));
        form.setPhone("07700 900123");
        form.setEmail("client@example.org");
        return form;
    }

    private static NewAccount account(String username, String name, Set<Role> roles) {
        NewAccount account = new NewAccount();
        account.setUsername(username);
        account.setDisplayName(name);
        account.setInitialPassword(PASSWORD);
        account.setRoles(roles);
        return account;
    }
}
