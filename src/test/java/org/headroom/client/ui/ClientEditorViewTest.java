package org.headroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientFilter;
import org.headroom.client.ClientForm;
import org.headroom.client.ClientService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ClientEditorViewTest extends ViewTest {

    @Autowired
    ClientService clients;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void missing_required_answers_are_shown_at_their_fields_and_nothing_is_saved() {
        long before = clients.count(new ClientFilter("", ClientFilter.Status.ALL));
        ClientEditorView view = navigate("clients/new", ClientEditorView.class);

        test(view.form.phone).setValue("not a phone");
        test(view.save).click();

        assertThat(view.form.firstName.isInvalid()).isTrue();
        assertThat(view.form.firstName.getErrorMessage()).isEqualTo("Enter the first name.");
        assertThat(view.form.lastName.isInvalid()).isTrue();
        assertThat(view.form.dateOfBirth.isInvalid()).isTrue();
        assertThat(view.form.phone.getErrorMessage()).startsWith("Enter a phone number");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Nothing has been saved"));
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(clients.count(new ClientFilter("", ClientFilter.Status.ALL))).isEqualTo(before);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_date_of_birth_in_the_future_or_before_1900_is_refused() {
        ClientEditorView view = navigate("clients/new", ClientEditorView.class);
        fill(view, "Tess", Fixtures.unique("Durbey"));

        long before = clients.count(new ClientFilter("", ClientFilter.Status.ALL));

        // Typed rather than picked: the picker itself offers no such dates.
        view.form.dateOfBirth.setValue(LocalDate.of(1899, 12, 31));
        test(view.save).click();
        assertThat(view.form.dateOfBirth.isInvalid()).isTrue();

        view.form.dateOfBirth.setValue(LocalDate.now().plusDays(2));
        test(view.save).click();
        assertThat(view.form.dateOfBirth.isInvalid()).isTrue();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(clients.count(new ClientFilter("", ClientFilter.Status.ALL))).isEqualTo(before);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_valid_new_client_is_saved_and_their_page_opens() {
        String lastName = Fixtures.unique("Bennet");
        ClientEditorView view = navigate("clients/new", ClientEditorView.class);
        fill(view, "Elizabeth", lastName);
        test(view.form.gpPractice).setValue("Longbourn Surgery");

        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        var saved = clients.search(
                new ClientFilter(lastName, ClientFilter.Status.ALL),
                org.springframework.data.domain.PageRequest.of(0, 5));
        assertThat(saved).hasSize(1);
        ClientDetails details = clients.get(saved.getFirst().id());
        assertThat(details.gpPractice()).isEqualTo("Longbourn Surgery");
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1990, 2, 3));
    }

    @Test
    @WithUserDetails(ANNA)
    void saving_over_someone_elses_change_is_refused_with_an_offer_to_reload() {
        ClientDetails client = fixtures.clientOf(ANNA, "Contested", "Record");
        ClientEditorView view = navigate(ClientNavigation.edit(client.id()), ClientEditorView.class);
        assertThat(view.form.firstName.getValue()).isEqualTo("Contested");

        ClientForm otherPersonsEdit = client.toForm();
        otherPersonsEdit.setPhone("07700 900777");
        clients.update(client.id(), otherPersonsEdit);

        test(view.form.phone).setValue("07700 900888");
        test(view.save).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).id("concurrent-edit-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(clients.get(client.id()).phone()).isEqualTo("07700 900777");

        test(dialog).confirm();
        assertThat(view.form.phone.getValue()).isEqualTo("07700 900777");
    }

    @Test
    @WithUserDetails(ANNA)
    void the_same_name_and_date_of_birth_offers_the_existing_record_before_a_second_is_made() {
        String lastName = Fixtures.unique("Twice");
        ClientEditorView view = navigate("clients/new", ClientEditorView.class);
        fill(view, "Dora", lastName);
        test(view.save).click();
        ClientDetails first = clients.get(clients.search(
                        new ClientFilter(lastName, ClientFilter.Status.ALL),
                        org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst()
                .id());

        view = navigate("clients/new", ClientEditorView.class);
        // Another spelling of case is still the same person.
        fill(view, "dora", lastName.toUpperCase());
        test(view.save).click();
        DuplicateClientDialog dialog = find(DuplicateClientDialog.class).single();
        assertThat(countNamed(lastName)).as("nothing saved yet").isEqualTo(1);
        test(find(com.vaadin.flow.component.button.Button.class).id("open-existing-" + first.id()))
                .click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        assertThat(countNamed(lastName)).isEqualTo(1);

        view = navigate("clients/new", ClientEditorView.class);
        fill(view, "Dora", lastName);
        test(view.save).click();
        test(find(DuplicateClientDialog.class).single().createAnyway).click();
        assertThat(countNamed(lastName)).as("a twin, made on purpose").isEqualTo(2);
    }

    private long countNamed(String lastName) {
        return clients.count(new ClientFilter(lastName, ClientFilter.Status.ALL));
    }

    private void fill(ClientEditorView view, String first, String last) {
        test(view.form.firstName).setValue(first);
        test(view.form.lastName).setValue(last);
        test(view.form.dateOfBirth).setValue(LocalDate.of(1990, 2, 3));
    }
}
