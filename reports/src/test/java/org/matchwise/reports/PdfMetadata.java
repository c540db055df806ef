package org.matchwise.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** What the tests read from a PDF's catalog, information dictionary and structure tree (PDFBox). */
record PdfMetadata(String title, String author, String subject, String language, boolean displayDocTitle,
                   boolean marked, Set<String> structureTypes, List<String> figureAltTexts) {

    static PdfMetadata of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDDocumentInformation info = doc.getDocumentInformation();
            Set<String> types = new LinkedHashSet<>();
            List<String> alts = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                walk(catalog.getStructureTreeRoot(), types, alts);
            }
            return new PdfMetadata(info.getTitle(), info.getAuthor(), info.getSubject(), catalog.getLanguage(),
                    catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), types, alts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, Set<String> types, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                walk(element, types, alts);
            }
        }
    }
}
