package org.headroom.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/** The date of birth a client gives to open a link sent to them: typed as the UK writes it. */
public final class BirthDateField {

    private BirthDateField() {}

    public static DatePicker configure(DatePicker dateOfBirth, String id) {
        dateOfBirth.setId(id);
        dateOfBirth.setLabel(dateOfBirth.getTranslation("public.dob"));
        dateOfBirth.setHelperText(dateOfBirth.getTranslation("public.dob.help"));
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        dateOfBirth.setMax(LocalDate.now());
        // Typing a birth date is quicker than paging a calendar back decades, above all on a phone.
        dateOfBirth.setAutoOpen(false);
        dateOfBirth.setWidthFull();
        return dateOfBirth;
    }
}
