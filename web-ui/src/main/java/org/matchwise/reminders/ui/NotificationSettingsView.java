package org.matchwise.reminders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.matchwise.applicant.SaveResult;
import org.matchwise.reminders.ReminderPreferences;
import org.matchwise.reminders.ReminderViews.NotificationSettings;

/**
 * Every user's own notification settings: the weekly digest (advisors and admins), reminders and how many days
 * ahead (applicants), and the calendar feed's secret address (made, remade or turned off here; shown once).
 */
@Route("settings/notifications")
@PermitAll
@Menu(title = "reminders.menu", order = 90, icon = "vaadin:bell")
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ReminderPreferences preferences;

    final Checkbox digest = new Checkbox();
    final Checkbox reminders = new Checkbox();
    final IntegerField days = new IntegerField();
    final Button save = new Button();
    final Paragraph calendarState = new Paragraph();
    final Paragraph calendarUrl = new Paragraph();
    final Button makeCalendar = new Button();
    final Button revokeCalendar = new Button();

    NotificationSettingsView(ReminderPreferences preferences) {
        this.preferences = preferences;
        addClassName("mw-settings");
        NotificationSettings s = preferences.mine();

        digest.setLabel(getTranslation("reminders.digest"));
        digest.setValue(s.weeklyDigest());
        digest.setVisible(s.staff());
        reminders.setLabel(getTranslation("reminders.reminders"));
        reminders.setValue(s.reminders());
        reminders.setVisible(!s.staff());
        days.setLabel(getTranslation("reminders.days"));
        days.setHelperText(getTranslation("reminders.days.help"));
        days.setMin(1);
        days.setMax(60);
        days.setStepButtonsVisible(true);
        days.setValue(s.reminderDays());
        days.setVisible(!s.staff());
        save.setText(getTranslation("reminders.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        calendarUrl.addClassName("mw-settings-url");
        calendarUrl.setVisible(false);
        makeCalendar.addClickListener(e -> {
            String url = preferences.newCalendarUrl();
            calendarUrl.setText(getTranslation("reminders.calendar.url") + " " + url);
            calendarUrl.setVisible(true);
            showCalendar(true);
        });
        revokeCalendar.setText(getTranslation("reminders.calendar.revoke"));
        revokeCalendar.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revokeCalendar.addClickListener(e -> {
            preferences.revokeCalendar();
            calendarUrl.setVisible(false);
            showCalendar(false);
            Notification.show(getTranslation("reminders.calendar.revoked"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        showCalendar(s.calendarFeed());

        var buttons = new Div(makeCalendar, revokeCalendar);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("reminders.title")), new H3(getTranslation("reminders.mail.title")),
                new Paragraph(getTranslation("reminders.privacy")), digest, reminders, days, save,
                new H3(getTranslation("reminders.calendar.title")), new Paragraph(getTranslation("reminders.calendar.help")),
                calendarState, calendarUrl, buttons);
    }

    private void showCalendar(boolean active) {
        calendarState.setText(getTranslation(active ? "reminders.calendar.active" : "reminders.calendar.none"));
        makeCalendar.setText(getTranslation(active ? "reminders.calendar.regenerate" : "reminders.calendar.new"));
        revokeCalendar.setVisible(active);
    }

    void save() {
        Integer d = days.getValue();
        SaveResult r = preferences.save(digest.getValue(), reminders.getValue(), d == null ? 0 : d);
        if (r instanceof SaveResult.Rejected) {
            days.setInvalid(true);
            days.setErrorMessage(getTranslation("reminders.days.invalid"));
            return;
        }
        days.setInvalid(false);
        Notification.show(getTranslation("reminders.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.title");
    }
}
