package org.headroom.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.util.List;
import java.util.function.ToLongFunction;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditEvent;
import org.headroom.audit.AuditFilter;
import org.headroom.base.Formats;

/** The audit trail's filters and its lazy grid, newest first; shared by the admin and therapist pages. */
class AuditEventGrid extends VerticalLayout {

    /** Fetches one page of events for a filter. */
    interface Page {
        List<AuditEvent> fetch(AuditFilter filter, int offset, int limit);
    }

    final TextField user = new TextField();
    final IntegerField client = new IntegerField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>();
    final HorizontalLayout filters;

    AuditEventGrid(Page page, ToLongFunction<AuditFilter> count, boolean showClientName, Clock clock) {
        setPadding(false);
        user.setId("audit-user");
        user.setLabel(getTranslation("audit.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        client.setId("audit-client");
        client.setLabel(getTranslation("audit.client-number"));
        client.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("report.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("report.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("dd/MM/yyyy"));
            picker.setClearButtonVisible(true);
        }
        filters = new HorizontalLayout(user, client, action, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-events");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), clock.getZone()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::username).setHeader(getTranslation("audit.user"));
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action"));
        grid.addColumn(e -> getTranslation("audit.record." + e.recordType().name())
                        + (e.recordId() == null ? "" : " " + e.recordId()))
                .setHeader(getTranslation("audit.record"));
        grid.addColumn(e -> showClientName && e.clientName() != null
                        ? e.clientName()
                        : e.clientId() == null ? "" : "#" + e.clientId())
                .setHeader(getTranslation("audit.client"));
        grid.addColumn(e -> Formats.orDash(e.detail()))
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2);
        grid.addColumn(e -> Formats.orDash(e.remoteAddress())).setHeader(getTranslation("audit.from-address"));
        grid.setItems(query -> page.fetch(filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) count.applyAsLong(filter()));
        user.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(
                user.getValue(),
                client.getValue() == null ? null : client.getValue().longValue(),
                action.getValue(),
                from.getValue(),
                to.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
