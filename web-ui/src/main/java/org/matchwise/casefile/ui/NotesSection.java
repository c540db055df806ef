package org.matchwise.casefile.ui;

import static org.matchwise.casefile.ui.CaseParts.badge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.matchwise.applicant.ApplicantViews.NoteView;
import org.matchwise.note.NoteVisibility;
import org.matchwise.casefile.CaseViews.ChangeResult;

/**
 * Advising notes, newest first, each marked private or shared. Every new note starts private: sharing is a choice made
 * for that note (shared notes appear on the applicant's home), never carried over from the note before.
 */
final class NotesSection extends VerticalLayout {

    final Div noteList = new Div();
    final RadioButtonGroup<NoteVisibility> noteVisibility = new RadioButtonGroup<>();
    final TextArea noteText = new TextArea();
    final Button addNote = new Button();
    private final CaseContext c;

    NotesSection(CaseContext c) {
        this.c = c;
        CaseParts.sectionStyle(this);
        noteVisibility.setLabel(c.t("casefile.notes.visibility"));
        noteVisibility.setItems(NoteVisibility.values());
        noteVisibility.setItemLabelGenerator(c::label);
        noteVisibility.setValue(NoteVisibility.PRIVATE);
        noteVisibility.setHelperText(c.t("casefile.notes.visibilityHelp"));
        noteText.setLabel(c.t("casefile.notes.text"));
        noteText.setWidthFull();
        addNote.setText(c.t("casefile.notes.addButton"));
        addNote.addClickListener(e -> addNote());
    }

    void render() {
        removeAll();
        noteList.removeAll();
        for (NoteView n : c.file().notes()) {
            var card = new Div();
            card.addClassName("mw-note");
            var meta = new Span(c.t("casefile.notes.meta", n.authorName(), c.instant(n.createdAt())));
            meta.addClassName("mw-when");
            card.add(meta, badge(c.label(n.visibility()), n.visibility() == NoteVisibility.PRIVATE ? "mw-private"
                    : "mw-shared"), new Paragraph(n.text()));
            noteList.add(card);
        }
        var form = new Div(new H3(c.t("casefile.notes.add")), noteVisibility, noteText, addNote);
        form.addClassName("mw-form");
        add(c.file().notes().isEmpty() ? new Paragraph(c.t("casefile.notes.empty")) : noteList, form);
    }

    private void addNote() {
        if (!CaseParts.required(c, noteText)) {
            return;
        }
        ChangeResult r = c.cases().addNote(c.id(), noteVisibility.getValue(), noteText.getValue());
        if (r instanceof ChangeResult.Refused refused) {
            c.notify(c.t(refused.code()));
            return;
        }
        noteText.clear();
        // the next note starts private again (issue 14 item 8)
        noteVisibility.setValue(NoteVisibility.PRIVATE);
        c.notify(c.t("casefile.saved"));
        c.reload();
    }
}
