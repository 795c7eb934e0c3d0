package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.headroom.appointment.AppointmentRefusedException;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentTypeInfo;
import org.headroom.appointment.AppointmentView;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientFilter;
import org.headroom.client.ClientService;
import org.headroom.client.ClientSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Books an appointment (the client found by name while typing), or moves one: type, date and
 * time in the practice's zone. A time that overlaps another appointment is refused with a clear
 * message and nothing is saved.
 */
final class BookDialog extends Dialog {

    final ComboBox<ClientSummary> client = new ComboBox<>();
    final Select<AppointmentTypeInfo> type = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();

    /**
     * @param moving the appointment to move, or null to book a new one
     * @param fixedClientId the client to book (from the client page), or null to choose one
     */
    BookDialog(
            AppointmentService book,
            ClientService clients,
            AppointmentView moving,
            Long fixedClientId,
            LocalDate day,
            LocalTime at,
            Runnable saved) {
        setId("book-dialog");
        setHeaderTitle(getTranslation(moving == null ? "book.title" : "book.move.title"));
        client.setLabel(getTranslation("book.client"));
        client.setId("book-client");
        client.setItemLabelGenerator(c -> c.lastName() + ", " + c.firstName());
        client.setItems(query -> clients
                .search(
                        new ClientFilter(query.getFilter().orElse(""), ClientFilter.Status.ACTIVE),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("lastName", "firstName")))
                .stream());
        client.setVisible(moving == null && fixedClientId == null);
        type.setLabel(getTranslation("book.type"));
        type.setId("book-type");
        type.setItems(book.types());
        type.setItemLabelGenerator(t -> getTranslation("book.type.item", t.name(), t.durationMinutes()));
        date.setLabel(getTranslation("book.date"));
        date.setId("book-date");
        date.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
        time.setLabel(getTranslation("book.time"));
        time.setId("book-time");
        time.setStep(Duration.ofMinutes(15));
        if (moving != null) {
            type.setValue(moving.type());
            date.setValue(moving.start().toLocalDate());
            time.setValue(moving.start().toLocalTime());
        } else {
            type.setValue(book.types().isEmpty() ? null : book.types().getLast());
            date.setValue(day);
            time.setValue(at == null ? LocalTime.of(10, 0) : at);
        }
        problem.setId("book-problem");
        problem.addClassName("hr-problem");
        problem.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(client, type, date, time);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(client, 2);
        add(form, problem);
        save.setText(getTranslation(moving == null ? "book.save" : "book.move.save"));
        save.setId("book-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, () -> {
            problem.setText("");
            Long clientId = fixedClientId != null
                    ? fixedClientId
                    : client.getValue() == null ? null : client.getValue().id();
            if (moving == null && clientId == null) {
                client.setInvalid(true);
                client.setErrorMessage(getTranslation("book.client.required"));
                return;
            }
            if (type.getValue() == null) {
                problem.setText(getTranslation("appointment.type.unknown"));
                return;
            }
            try {
                AppointmentView done = moving == null
                        ? book.book(clientId, type.getValue().id(), date.getValue(), time.getValue())
                        : book.move(
                                moving.id(), moving.version(), type.getValue().id(), date.getValue(), time.getValue());
                Notifications.saved(getTranslation(
                        "book.saved",
                        org.headroom.base.Formats.date(done.start().toLocalDate()),
                        done.start().toLocalTime()));
                close();
                saved.run();
            } catch (AppointmentRefusedException e) {
                problem.setText(getTranslation(e.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
