package org.matchwise.casefile.ui;

import static org.matchwise.casefile.ui.CaseParts.badge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.List;
import org.matchwise.casefile.CaseViews.ChangeResult;
import org.matchwise.casefile.CaseViews.DraftView;
import org.matchwise.explanation.Finding;
import org.matchwise.explanation.Level;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.springframework.web.util.HtmlUtils;

/** Explanation drafts with the checker's findings marked in the text, the advisor's review, and a new draft. */
final class ExplanationsSection extends VerticalLayout {

    final Div draftList = new Div();
    final ComboBox<FlagCategory> draftCategory = new ComboBox<>();
    final Select<Placement> draftPlacement = new Select<>();
    final TextArea draftBody = new TextArea();
    final Button addDraft = new Button();
    private final CaseContext c;

    ExplanationsSection(CaseContext c) {
        this.c = c;
        CaseParts.sectionStyle(this);
        draftCategory.setLabel(c.t("casefile.flags.category"));
        draftCategory.setItems(FlagCategory.values());
        draftCategory.setItemLabelGenerator(c::label);
        draftPlacement.setLabel(c.t("casefile.drafts.placement"));
        draftPlacement.setItems(Placement.values());
        draftPlacement.setItemLabelGenerator(c::label);
        draftBody.setLabel(c.t("casefile.drafts.text"));
        draftBody.setWidthFull();
        draftBody.setMinHeight("8em");
        addDraft.setText(c.t("casefile.drafts.addButton"));
        addDraft.addClickListener(e -> addDraft());
    }

    void render() {
        removeAll();
        draftList.removeAll();
        for (DraftView d : c.file().drafts()) {
            draftList.add(draftCard(d));
        }
        var choices = new HorizontalLayout(draftCategory, draftPlacement);
        choices.setWrap(true);
        var form = new Div(new H3(c.t("casefile.drafts.add")), choices, draftBody, addDraft);
        form.addClassName("mw-form");
        add(c.file().drafts().isEmpty() ? new Paragraph(c.t("casefile.drafts.empty")) : draftList, form);
    }

    private Component draftCard(DraftView d) {
        var card = new Div();
        card.addClassName("mw-draft");
        var head = new H3(c.t("casefile.drafts.heading", c.label(d.category()), c.label(d.placement()), c.label(d.state())));
        var text = new Html("<div class=\"mw-draft-text\">" + highlighted(d.body(), d.report().findings()) + "</div>");
        var findings = new UnorderedList();
        findings.addClassName("mw-findings");
        if (d.report().findings().isEmpty()) {
            findings.add(new ListItem(c.t("casefile.drafts.noFindings")));
        }
        for (Finding f : d.report().findings()) {
            var li = new ListItem(badge(c.label(f.level()), f.level() == Level.PROBLEM ? "mw-problem" : "mw-advice"),
                    new Span(f.message()));
            if (f.span() != null && f.span().length() > 0 && f.span().length() < d.body().length()) {
                var quote = new Span("“" + f.span().of(d.body()) + "”");
                quote.addClassName("mw-quote");
                li.add(quote);
            }
            findings.add(li);
        }
        var side = new Div(new Span(c.t("casefile.drafts.findings")), findings);
        side.addClassName("mw-draft-side");
        var body = new Div(text, side);
        body.addClassName("mw-draft-body");
        card.add(head, body);
        if (d.advisorComment() != null) {
            card.add(new Paragraph(c.t("casefile.drafts.comment", d.advisorComment())));
        }
        var comment = new TextArea(c.t("casefile.drafts.reviewComment"));
        comment.setWidthFull();
        var review = new Button(c.t("casefile.drafts.review"), e -> {
            ChangeResult r = c.cases().review(c.id(), d.id(), comment.getValue());
            if (r instanceof ChangeResult.Refused refused) {
                comment.setErrorMessage(c.t(refused.code()));
                comment.setInvalid(true);
                return;
            }
            c.notify(c.t("casefile.saved"));
            c.reload();
        });
        card.add(comment, review);
        return card;
    }

    /** The draft as HTML with every finding's span marked (overlapping spans merged). */
    static String highlighted(String body, List<Finding> findings) {
        List<org.matchwise.explanation.Span> spans = findings.stream().map(Finding::span)
                .filter(s -> s != null && s.length() > 0 && s.length() < body.length())
                .sorted(Comparator.comparingInt(org.matchwise.explanation.Span::start)).toList();
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (org.matchwise.explanation.Span s : spans) {
            int start = Math.max(s.start(), cursor);
            int end = Math.min(s.end(), body.length());
            if (end <= start) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(body.substring(cursor, start))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(body.substring(start, end))).append("</mark>");
            cursor = end;
        }
        out.append(HtmlUtils.htmlEscape(body.substring(cursor)));
        return out.toString().replace("\n", "<br>");
    }

    private void addDraft() {
        boolean ok = CaseParts.required(c, draftCategory) & CaseParts.required(c, draftPlacement)
                & CaseParts.required(c, draftBody);
        if (!ok) {
            return;
        }
        ChangeResult r = c.cases().addDraft(c.id(), draftCategory.getValue(), draftPlacement.getValue(), draftBody.getValue());
        if (r instanceof ChangeResult.Refused refused) {
            c.notify(c.t(refused.code()));
            return;
        }
        draftBody.clear();
        c.notify(c.t("casefile.saved"));
        c.reload();
    }
}
