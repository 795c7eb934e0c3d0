package org.headroom.client.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import org.headroom.client.ClientForm;

/**
 * The fields of a client record, bound with Bean Validation: each problem is shown at its field and
 * nothing is written to the bean while any field is invalid.
 */
final class ClientFormLayout extends FormLayout {

    /** Earliest date of birth accepted; anything before is a typing slip. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    final TextField firstName = text("firstName", "client.firstName");
    final TextField lastName = text("lastName", "client.lastName");
    final TextField preferredName = text("preferredName", "client.preferredName");
    final DatePicker dateOfBirth = new DatePicker();
    final TextField phone = text("phone", "client.phone");
    final EmailField email = new EmailField();
    final TextField address = text("address", "client.address");
    final TextField postcode = text("postcode", "client.postcode");
    final TextField gpName = text("gpName", "client.gpName");
    final TextField gpPractice = text("gpPractice", "client.gpPractice");
    final TextField gpPhone = text("gpPhone", "client.gpPhone");
    final TextField gpAddress = text("gpAddress", "client.gpAddress");
    final TextField emergencyContactName = text("emergencyContactName", "client.emergencyName");
    final TextField emergencyContactRelationship = text("emergencyContactRelationship", "client.emergencyRelationship");
    final TextField emergencyContactPhone = text("emergencyContactPhone", "client.emergencyPhone");
    final TextArea notes = new TextArea();
    final BeanValidationBinder<ClientForm> binder = new BeanValidationBinder<>(ClientForm.class);

    ClientFormLayout() {
        setId("client-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));

        dateOfBirth.setId("dateOfBirth");
        dateOfBirth.setLabel(getTranslation("client.dateOfBirth"));
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setMax(LocalDate.now());
        dateOfBirth.setMin(EARLIEST_BIRTH);
        dateOfBirth.setInitialPosition(LocalDate.now().minusYears(40));
        dateOfBirth.setAutoOpen(false);
        dateOfBirth.setHelperText(getTranslation("client.dateOfBirth.help"));
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        email.setId("email");
        email.setLabel(getTranslation("client.email"));
        notes.setId("notes");
        notes.setLabel(getTranslation("client.notes"));
        notes.setMaxLength(4000);

        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);

        add(section("client.section.person"), firstName, lastName, preferredName, dateOfBirth);
        add(section("client.section.contact"), phone, email, address, postcode);
        add(section("client.section.gp"), gpName, gpPractice, gpPhone, gpAddress);
        add(
                section("client.section.emergency"),
                emergencyContactName,
                emergencyContactRelationship,
                emergencyContactPhone);
        add(section("client.section.notes"), notes);
        setColspan(notes, 2);

        binder.forField(dateOfBirth)
                .withValidator(
                        d -> d == null || !d.isBefore(EARLIEST_BIRTH), getTranslation("client.dateOfBirth.too-early"))
                .bind("dateOfBirth");
        binder.bindInstanceFields(this);
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private H3 section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("hr-form-section");
        setColspan(heading, 2);
        return heading;
    }
}
