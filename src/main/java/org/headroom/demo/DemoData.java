package org.headroom.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.headroom.base.DemoPractice;
import org.headroom.base.embeddeddb.EmbeddedDatabase;
import org.headroom.client.ClientForm;
import org.headroom.client.ClientService;
import org.headroom.security.NewAccount;
import org.headroom.security.Role;
import org.headroom.security.SystemAccounts;
import org.headroom.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Demo practice for trying Headroom out: a practice admin and two therapists with twenty clients
 * each. Loaded once into an empty database, never in the {@code prod} profile, and only into the
 * embedded database unless {@code headroom.demo-data.enabled=true} asks for it elsewhere (an
 * external database may hold real records). Everything goes
 * through the application services, signed in as the user who would do it.
 */
@Component
@Profile("!prod")
@Conditional(DemoData.Wanted.class)
@Order(10)
class DemoData implements ApplicationRunner {

    /** The setting decides when given; without it, only the embedded database gets demo data. */
    static class Wanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            String setting = environment.getProperty("headroom.demo-data.enabled");
            return setting == null || setting.isBlank()
                    ? EmbeddedDatabase.inUse(environment)
                    : Boolean.parseBoolean(setting.strip());
        }
    }

    /** Demo logins, printed in the log and README. Only ever loaded outside production. */
    static final String PASSWORD = "headroom-demo";

    static final List<DemoTherapist> THERAPISTS = List.of(
            new DemoTherapist("sarah", "Sarah Bennett", "FHT 204518"),
            new DemoTherapist("james", "James Okafor", "CNHC 0117452"));

    static final String ADMIN = "admin";

    record DemoTherapist(String username, String displayName, String registration) {}

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final int CLIENTS_PER_THERAPIST = 20;
    static final String[] FIRST_NAMES = {
        "Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Ella", "Freya", "Lily", "Emily", "Chloe",
        "Hannah", "Ruby", "Zara", "Priya", "Aisha", "Niamh", "Megan", "Rachel", "Oliver", "George", "Harry", "Jack",
        "Noah", "Leo", "Arthur", "Oscar", "Thomas", "Daniel", "Samuel", "Rhys", "Callum", "Tom"
    };
    static final String[] LAST_NAMES = {
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Patel",
        "Robinson",
        "Wright",
        "Thompson",
        "Evans",
        "Walker",
        "White",
        "Roberts",
        "Green",
        "Hall",
        "Wood",
        "Jackson",
        "Clarke",
        "Khan",
        "Hughes",
        "Edwards",
        "Murphy",
        "Campbell",
        "Kaur",
        "Lewis",
        "Morgan",
        "Price"
    };
    private static final String[] GP_PRACTICES = {
        "Riverside Medical Centre", "Park Lane Surgery", "Castle Street Health Centre", "The Old School Surgery"
    };

    private final SystemAccounts startup;
    private final UserAccountService accounts;
    private static final int CLIENTS_WITH_HISTORY = 6;

    private final ClientService clients;
    private final DemoClinicalHistory history;

    private final DemoPractice status;
    private final DemoAppointments appointments;

    DemoData(
            SystemAccounts startup,
            UserAccountService accounts,
            ClientService clients,
            DemoClinicalHistory history,
            DemoAppointments appointments,
            DemoPractice status) {
        this.appointments = appointments;
        this.startup = startup;
        this.accounts = accounts;
        this.clients = clients;
        this.history = history;
        this.status = status;
        // Said before the web server starts, so that the sign-in page can tell a newcomer to wait.
        List<DemoPractice.DemoLogin> logins = new java.util.ArrayList<>();
        logins.add(new DemoPractice.DemoLogin(ADMIN, PASSWORD, "practice admin"));
        THERAPISTS.forEach(
                t -> logins.add(new DemoPractice.DemoLogin(t.username(), PASSWORD, "therapist " + t.displayName())));
        status.loading(logins);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!startup.anyUserExists()) {
            load();
        }
        status.ready();
        LOG.info(
                "Demo logins (password '{}' for each): {} (practice admin), {}",
                PASSWORD,
                ADMIN,
                THERAPISTS.stream()
                        .map(t -> t.username() + " (therapist " + t.displayName() + ")")
                        .toList());
    }

    private void load() {
        startup.createFirstAdmin(ADMIN, "Practice admin", PASSWORD);
        startup.runAs(ADMIN, () -> {
            THERAPISTS.forEach(this::createTherapist);
            return null;
        });
        Random random = new Random(20260101L);
        for (DemoTherapist therapist : THERAPISTS) {
            startup.runAs(therapist.username(), () -> {
                List<Long> ids = new java.util.ArrayList<>();
                for (int i = 0; i < CLIENTS_PER_THERAPIST; i++) {
                    var client = clients.create(randomClient(random));
                    ids.add(client.id());
                    if (i < CLIENTS_WITH_HISTORY) {
                        history.add(
                                client.id(),
                                client.fullName(),
                                i == 1,
                                i == 2 || i == 3,
                                client.therapistId(),
                                random,
                                java.time.LocalDate.now());
                    }
                }
                appointments.add(ids.subList(0, 12), random);
                return null;
            });
        }
        LOG.info("Loaded demo data: {} therapists with {} clients each", THERAPISTS.size(), CLIENTS_PER_THERAPIST);
    }

    private void createTherapist(DemoTherapist therapist) {
        NewAccount account = new NewAccount();
        account.setUsername(therapist.username());
        account.setDisplayName(therapist.displayName());
        account.setProfessionalRegistration(therapist.registration());
        account.setInitialPassword(PASSWORD);
        account.setRoles(EnumSet.of(Role.THERAPIST));
        accounts.create(account);
    }

    private static ClientForm randomClient(Random random) {
        ClientForm form = new ClientForm();
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        form.setFirstName(first);
        form.setLastName(last);
        form.setDateOfBirth(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        form.setPhone("07700 9" + String.format("%05d", random.nextInt(100000)));
        form.setEmail(first.toLowerCase() + "." + last.toLowerCase() + "@example.org");
        form.setAddress((1 + random.nextInt(120)) + " Church Road, Bristol");
        form.setPostcode("BS" + (1 + random.nextInt(16)) + " " + (1 + random.nextInt(9)) + "AB");
        String practice = GP_PRACTICES[random.nextInt(GP_PRACTICES.length)];
        form.setGpName("Dr " + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
        form.setGpPractice(practice);
        form.setGpPhone("0117 496 " + String.format("%04d", random.nextInt(10000)));
        form.setEmergencyContactName(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + last);
        form.setEmergencyContactRelationship(random.nextBoolean() ? "Partner" : "Parent");
        form.setEmergencyContactPhone("07700 9" + String.format("%05d", random.nextInt(100000)));
        return form;
    }
}
