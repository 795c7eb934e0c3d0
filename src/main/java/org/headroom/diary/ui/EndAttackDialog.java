package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryRefusedException;
import org.headroom.diary.DiaryUnavailableException;
import org.headroom.diary.MedicineChoice;

/** Ends a headache that was still going: now, or at a time today; with medicine taken today. */
final class EndAttackDialog extends Dialog {

    final TimePicker at = new TimePicker();
    final MedicineDoses doses;

    EndAttackDialog(
            ClientDiaryService service,
            String device,
            DiaryEntryData attack,
            List<MedicineChoice> medicines,
            Runnable done) {
        addClassName("hr-diary-dialog");
        setHeaderTitle(getTranslation("cd.end.title"));
        doses = new MedicineDoses(medicines);
        at.setLabel(getTranslation("cd.end.at"));
        at.setHelperText(getTranslation("cd.end.at.help"));
        at.setStep(java.time.Duration.ofMinutes(15));
        at.setId("end-at");
        at.setWidthFull();
        Button now = new Button(getTranslation("cd.end.now"));
        now.setId("end-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setWidthFull();
        Button atTime = new Button(getTranslation("cd.end.save"));
        atTime.setId("end-save");
        atTime.setWidthFull();
        Actions.onClick(
                now,
                () -> end(
                        service,
                        device,
                        attack,
                        LocalDateTime.now().withSecond(0).withNano(0),
                        done));
        Actions.onClick(atTime, () -> {
            LocalTime time = at.getValue();
            if (time == null) {
                at.setInvalid(true);
                at.setErrorMessage(getTranslation("cd.end.at.required"));
                return;
            }
            end(service, device, attack, LocalDateTime.now().toLocalDate().atTime(time), done);
        });
        VerticalLayout body = new VerticalLayout(now, at, atTime);
        if (!medicines.isEmpty()) {
            body.addComponentAtIndex(0, new Paragraph(getTranslation("cd.end.medicine")));
            body.addComponentAtIndex(1, doses);
        }
        body.setPadding(false);
        add(body);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel);
    }

    private void end(
            ClientDiaryService service, String device, DiaryEntryData attack, LocalDateTime end, Runnable done) {
        try {
            service.endAttack(device, attack.id(), end, doses.values());
            ClientDiaryPage.tell(getTranslation("cd.end.saved"));
            close();
            done.run();
        } catch (DiaryRefusedException e) {
            at.setInvalid(true);
            at.setErrorMessage(getTranslation(e.getMessage()));
        } catch (DiaryUnavailableException e) {
            close();
            done.run();
        }
    }
}
