package org.matchwise.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.matchwise.explanation.ExplanationChecker;
import org.matchwise.explanation.ExplanationReport;
import org.matchwise.explanation.Finding;
import org.matchwise.explanation.Level;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.matchwise.portal.PortalService;
import org.matchwise.portal.PortalViews.DraftResult;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.portal.PortalViews.DraftView;
import org.matchwise.portal.PortalViews.ExplainableFlag;

/**
 * "My explanations": a draft per flag and placement, with the explanation checker's findings beside the text
 * as it is typed; saved, submitted for the advisor's review, and shown with the advisor's comments.
 */
@Route("my/explanations")
@RolesAllowed("APPLICANT")
@Menu(title = "portal.nav.explanations", order = 12, icon = "vaadin:comment-ellipsis-o")
public class MyExplanationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DraftView> drafts = new Grid<>();
    final Paragraph noFlags;
    final ComboBox<FlagCategory> flag = new ComboBox<>();
    final ComboBox<Placement> placement = new ComboBox<>();
    final TextArea text = new TextArea();
    final UnorderedList findings = new UnorderedList();
    final Span summary = new Span();
    final Paragraph comment = new Paragraph();
    final Button saveDraft;
    final Button submit;
    final Button newDraft;

    private final PortalService portal;
    private final ExplanationChecker checker = new ExplanationChecker();
    private DraftView editing;

    MyExplanationsView(PortalService portal) {
        this.portal = portal;
        setMaxWidth("1200px");
        add(new H2(getTranslation("portal.explanations.title")));
        noFlags = new Paragraph(getTranslation("portal.explanations.noFlags"));
        noFlags.addClassName("mw-empty");
        saveDraft = new Button(getTranslation("portal.explanations.save"), e -> save());
        submit = new Button(getTranslation("portal.explanations.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newDraft = new Button(getTranslation("portal.explanations.new"), e -> edit(null));
        if (portal.myRecord().isEmpty()) {
            add(new NoRecord());
            return;
        }
        add(new Paragraph(getTranslation("portal.explanations.help")));
        List<ExplainableFlag> flags = portal.explainableFlags();

        drafts.addColumn(d -> Labels.of(this, d.category())).setHeader(getTranslation("portal.explanations.flag")).setAutoWidth(true);
        drafts.addColumn(d -> Labels.of(this, d.placement())).setHeader(getTranslation("portal.explanations.placement")).setAutoWidth(true);
        drafts.addComponentColumn(d -> {
            Span s = new Span(Labels.of(this, d.state()));
            s.getElement().getThemeList().add(d.state() == DraftStatus.REVIEWED ? "badge success" : "badge");
            return s;
        }).setHeader(getTranslation("portal.explanations.state")).setAutoWidth(true);
        drafts.addColumn(d -> d.advisorComment() == null ? "" : d.advisorComment())
                .setHeader(getTranslation("portal.explanations.comment")).setFlexGrow(2);
        drafts.setAllRowsVisible(true);
        drafts.addItemClickListener(e -> edit(e.getItem()));

        drafts.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        flag.setLabel(getTranslation("portal.explanations.flag"));
        flag.setWidth("16rem");
        placement.setWidth("18rem");
        flag.setItems(flags.stream().map(ExplainableFlag::category).distinct().toList());
        flag.setItemLabelGenerator(c -> Labels.of(this, c));
        placement.setLabel(getTranslation("portal.explanations.placement"));
        placement.setItems(Placement.values());
        placement.setItemLabelGenerator(p -> Labels.of(this, p));
        placement.setHelperText(getTranslation("portal.explanations.placement.help"));
        text.setLabel(getTranslation("portal.explanations.text"));
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setMaxLength(20000);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.addValueChangeListener(e -> check());
        flag.addValueChangeListener(e -> check());
        placement.addValueChangeListener(e -> check());
        comment.addClassName("mw-advisor-comment");

        var choices = new FlexLayout(flag, placement);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-m)");
        var editor = new VerticalLayout(choices, text, comment,
                new HorizontalLayout(saveDraft, submit, newDraft));
        editor.setPadding(false);
        editor.getStyle().set("flex", "2 1 28rem");
        summary.getElement().setAttribute("aria-live", "polite");
        var checks = new Div(new H3(getTranslation("portal.explanations.checks")), summary, findings);
        checks.getStyle().set("flex", "1 1 18rem").set("padding", "0 var(--lumo-space-m)");
        checks.getElement().setAttribute("role", "region");
        checks.getElement().setAttribute("aria-label", getTranslation("portal.explanations.checks"));
        var side = new FlexLayout(editor, checks);
        side.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        side.setWidthFull();

        add(drafts, side);
        if (flags.isEmpty()) {
            addComponentAtIndex(2, noFlags);
            side.setVisible(false);
        }
        refresh();
        edit(null);
    }

    void edit(DraftView draft) {
        editing = draft;
        flag.setReadOnly(draft != null);
        placement.setReadOnly(draft != null);
        flag.setValue(draft == null ? null : draft.category());
        placement.setValue(draft == null ? Placement.ERAS_ADDITIONAL_INFORMATION : draft.placement());
        text.setValue(draft == null ? "" : draft.body());
        comment.setText(draft == null || draft.advisorComment() == null ? ""
                : getTranslation("portal.explanations.advisorSaid", draft.advisorComment()));
        comment.setVisible(draft != null && draft.advisorComment() != null);
        submit.setEnabled(draft != null && draft.state() == DraftStatus.DRAFT);
        check();
    }

    /** Runs the checker on the text as it stands and lists its findings, problems first. */
    void check() {
        findings.removeAll();
        if (flag.getValue() == null || placement.getValue() == null) {
            summary.setText(getTranslation("portal.explanations.chooseFlag"));
            return;
        }
        ExplanationReport report = checker.check(text.getValue(), placement.getValue(), flag.getValue());
        summary.setText(report.hasNoProblems() ? getTranslation("portal.explanations.noProblems", report.wordCount())
                : getTranslation("portal.explanations.someProblems", report.wordCount()));
        report.findings().stream().sorted((a, b) -> b.level().compareTo(a.level())).forEach(f -> findings.add(item(f)));
    }

    private ListItem item(Finding f) {
        Span level = new Span(Labels.of(this, f.level()));
        level.getElement().getThemeList().add(f.level() == Level.PROBLEM ? "badge error" : "badge contrast");
        ListItem li = new ListItem(level, new Span(" " + f.message()));
        String quoted = text.getValue();
        if (f.span().length() > 0 && f.span().length() < 120 && f.span().end() <= quoted.length()) {
            Span q = new Span(" “" + f.span().of(quoted) + "”");
            q.getStyle().set("font-style", "italic");
            li.add(q);
        }
        return li;
    }

    void save() {
        DraftResult result = portal.saveDraft(editing == null ? null : editing.id(), flag.getValue(), placement.getValue(),
                text.getValue(), editing == null ? null : editing.version());
        handle(result, "portal.explanations.saved");
    }

    void submit() {
        if (editing == null) {
            return;
        }
        DraftResult saved = portal.saveDraft(editing.id(), editing.category(), editing.placement(), text.getValue(),
                editing.version());
        if (saved instanceof DraftResult.Saved s) {
            handle(portal.submitDraft(s.draft().id(), s.draft().version()), "portal.explanations.submitted");
        } else {
            handle(saved, "portal.explanations.saved");
        }
    }

    private void handle(DraftResult result, String okKey) {
        switch (result) {
            case DraftResult.Saved s -> {
                Notification.show(getTranslation(okKey), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
                edit(s.draft());
            }
            case DraftResult.Conflict c -> Notification.show(getTranslation("portal.explanations.conflict"), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            case DraftResult.Refused r -> Notification.show(getTranslation("portal.refused." + r.code()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<DraftView> mine = portal.myDrafts();
        drafts.setItems(mine);
        drafts.setVisible(!mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.explanations.title");
    }
}
