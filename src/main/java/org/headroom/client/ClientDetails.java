package org.headroom.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** Everything on the client's page. {@code version} is what an edit must start from. */
public record ClientDetails(
        long id,
        long version,
        long therapistId,
        String firstName,
        String lastName,
        String preferredName,
        LocalDate dateOfBirth,
        int age,
        String email,
        String phone,
        String address,
        String postcode,
        String gpName,
        String gpPractice,
        String gpPhone,
        String gpAddress,
        String emergencyContactName,
        String emergencyContactRelationship,
        String emergencyContactPhone,
        String notes,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        boolean bookedOnline) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The name to greet the client by: the preferred name if they gave one. */
    public String greetingName() {
        return preferredName != null ? preferredName : firstName;
    }

    /** Whole years between birth and the given day. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** Clients under 18 need a parent or guardian's consent (FHT code of conduct). */
    public boolean isMinor() {
        return age < 18;
    }

    /** A form prefilled from these details, for editing. */
    public ClientForm toForm() {
        ClientForm form = new ClientForm();
        form.setVersion(version);
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setPreferredName(preferredName);
        form.setDateOfBirth(dateOfBirth);
        form.setEmail(email);
        form.setPhone(phone);
        form.setAddress(address);
        form.setPostcode(postcode);
        form.setGpName(gpName);
        form.setGpPractice(gpPractice);
        form.setGpPhone(gpPhone);
        form.setGpAddress(gpAddress);
        form.setEmergencyContactName(emergencyContactName);
        form.setEmergencyContactRelationship(emergencyContactRelationship);
        form.setEmergencyContactPhone(emergencyContactPhone);
        form.setNotes(notes);
        return form;
    }
}
