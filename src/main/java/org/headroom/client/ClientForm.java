package org.headroom.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a therapist enters for a client: a form bean for the binder, validated again by the service.
 * {@code version} is the version the edit started from.
 */
public class ClientForm {

    /** Digits, spaces, brackets, dashes and a leading plus; empty is allowed. */
    static final String PHONE = "^$|^\\+?[0-9][0-9 ()-]{5,29}$";

    private long version;

    @NotNull(message = "{client.dateOfBirth.required}")
    @Past(message = "{client.dateOfBirth.past}")
    private LocalDate dateOfBirth;

    @NotBlank(message = "{client.firstName.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String firstName = "";

    @NotBlank(message = "{client.lastName.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String lastName = "";

    @Size(max = 100, message = "{field.too-long}")
    private String preferredName = "";

    @Email(message = "{field.email}")
    @Size(max = 200, message = "{field.too-long}")
    private String email = "";

    @Pattern(regexp = PHONE, message = "{field.phone}")
    private String phone = "";

    @Size(max = 300, message = "{field.too-long}")
    private String address = "";

    @Size(max = 20, message = "{field.too-long}")
    private String postcode = "";

    @Size(max = 200, message = "{field.too-long}")
    private String gpName = "";

    @Size(max = 200, message = "{field.too-long}")
    private String gpPractice = "";

    @Pattern(regexp = PHONE, message = "{field.phone}")
    private String gpPhone = "";

    @Size(max = 300, message = "{field.too-long}")
    private String gpAddress = "";

    @Size(max = 200, message = "{field.too-long}")
    private String emergencyContactName = "";

    @Size(max = 100, message = "{field.too-long}")
    private String emergencyContactRelationship = "";

    @Pattern(regexp = PHONE, message = "{field.phone}")
    private String emergencyContactPhone = "";

    @Size(max = 4000, message = "{field.too-long}")
    private String notes = "";

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getGpName() {
        return gpName;
    }

    public void setGpName(String gpName) {
        this.gpName = gpName;
    }

    public String getGpPractice() {
        return gpPractice;
    }

    public void setGpPractice(String gpPractice) {
        this.gpPractice = gpPractice;
    }

    public String getGpPhone() {
        return gpPhone;
    }

    public void setGpPhone(String gpPhone) {
        this.gpPhone = gpPhone;
    }

    public String getGpAddress() {
        return gpAddress;
    }

    public void setGpAddress(String gpAddress) {
        this.gpAddress = gpAddress;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactRelationship() {
        return emergencyContactRelationship;
    }

    public void setEmergencyContactRelationship(String emergencyContactRelationship) {
        this.emergencyContactRelationship = emergencyContactRelationship;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
