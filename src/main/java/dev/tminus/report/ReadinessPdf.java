package dev.tminus.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * {@code reports/readiness.pdf}: the verdict for managers on exactly one page (OpenPDF, standard fonts
 * only so nothing is fetched or installed): verdict, env, release, T0, phase, counts by area, the
 * blockers with owner (as many as fit, the rest counted and pointed to readiness.html) and a legend.
 * The full checklist is in readiness.html and readiness.md, not here. Outcomes are written in words, since the standard fonts have no
 * ✅/❌ glyphs; characters outside Windows-1252 are spelled in ASCII ({@code ≤} → {@code <=}).
 */
public final class ReadinessPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, new Color(0x44, 0x44, 0x44));
    private static final Color RED = new Color(0xC6, 0x28, 0x28);
    private static final Color ORANGE = new Color(0xEF, 0x6C, 0x00);
    private static final Color GREY = new Color(0x44, 0x44, 0x44);
    private static final Map<Outcome, Color> SHADE = Map.of(
            Outcome.FAILED, new Color(0xFD, 0xEC, 0xEA), Outcome.BROKEN, new Color(0xFF, 0xF4, 0xE5));
    private static final Map<Verdict, Color> VERDICT = Map.of(Verdict.READY, new Color(0x2E, 0x7D, 0x32),
            Verdict.NOT_READY, new Color(0xC6, 0x28, 0x28), Verdict.INCOMPLETE, new Color(0xEF, 0x6C, 0x00));
    private static final Map<String, String> ASCII = Map.of("≤", "<=", "≥", ">=", "→", "->", "←", "<-",
            "≠", "!=", "✅", "ok", "❌", "x", "⚠", "!", "⏸", "waived", "–", "-");

    private ReadinessPdf() {
    }

    public static byte[] render(Readiness r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Go-live readiness: " + r.verdict().words());
            doc.open();
            Paragraph title = new Paragraph(text("Go-live readiness: "), TITLE);
            title.add(new Phrase(r.verdict().words(), new Font(Font.HELVETICA, 18, Font.BOLD, VERDICT.get(r.verdict()))));
            doc.add(title);
            doc.add(new Paragraph(text(r.headline()), new Font(Font.HELVETICA, 10)));
            PdfPTable meta = table(new float[] {2, 3, 3, 2, 2}, BOLD, "env", "release", "T0", "phase", "vantage");
            for (String v : new String[] {r.env(), r.release(), r.t0(), r.phase(), r.vantageText()}) {
                meta.addCell(cell(v, BODY, Color.WHITE));
            }
            doc.add(meta);
            r.escalation().ifPresent(e -> add(doc, new Paragraph(text("Golden hour: " + e.headline()),
                    new Font(Font.HELVETICA, 13, Font.BOLD, e.highest().map(l -> l.equals("L3") ? RED : ORANGE).orElse(GREY)))));
            for (String w : r.warnings()) {
                doc.add(new Paragraph(text("Warning: " + w), new Font(Font.HELVETICA, 10, Font.BOLD, ORANGE)));
            }
            if (!r.areasNotRun().isEmpty()) {
                doc.add(new Paragraph(text("Not part of this run: " + String.join(", ", r.areasNotRun()) + "."), BODY));
            }

            doc.add(heading("Counts by area"));
            float[] widths = new float[Outcome.COLUMNS.size() + 1];
            java.util.Arrays.fill(widths, 1.25f);
            widths[0] = 3.6f;
            String[] headers = java.util.stream.Stream.concat(java.util.stream.Stream.of("area"),
                    Outcome.COLUMNS.stream().map(Outcome::label)).toArray(String[]::new);
            PdfPTable counts = table(widths, BOLD, headers);
            for (String tag : r.areas()) {
                counts.addCell(cell(r.title(tag) + " (" + tag + ")", BODY, Color.WHITE));
                for (Outcome o : Outcome.COLUMNS) {
                    counts.addCell(cell(Integer.toString(r.count(tag, o)), BODY, Color.WHITE));
                }
            }
            doc.add(counts);

            PdfPTable legend = legend(doc.right() - doc.left());
            doc.add(heading("Blockers"));
            if (r.blockers().isEmpty()) {
                doc.add(new Paragraph("None.", BODY));
            } else {
                float room = writer.getVerticalPosition(true) - doc.bottom() - legend.getTotalHeight() - RESERVE;
                doc.add(blockers(r, doc.right() - doc.left(), room));
            }
            doc.add(legend);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the readiness PDF: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    /** Room kept free below the blockers: the "and N more" line and the spacing of the tables. */
    private static final float RESERVE = 30;

    /** The blockers, as many as fit in {@code room} points; the rest named by count, with where to read them. */
    private static PdfPTable blockers(Readiness r, float width, float room) throws DocumentException {
        PdfPTable table = table(new float[] {2.1f, 1.3f, 1.5f, 4.4f, 7.2f, 1.4f}, BOLD,
                "outcome", "severity", "check", "item", "reason (expected, actual, next step)", "owner");
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        int shown = 0;
        for (ReadinessItem b : r.blockers()) {
            Color shade = SHADE.getOrDefault(b.outcome(), Color.WHITE);
            for (String v : new String[] {b.outcome().words(), b.severity(), b.idOrDash(),
                    b.item() + ReadinessMarkdown.redAt(b), b.reason(), b.owner().isEmpty() ? "not named" : b.owner()}) {
                table.addCell(cell(v, BODY, shade));
            }
            if (table.calculateHeights(true) > room && shown > 0) {
                table.deleteLastRow();
                break;
            }
            shown++;
        }
        int more = r.blockers().size() - shown;
        if (more > 0) {
            PdfPCell rest = cell("... and " + more + " more " + (more == 1 ? "blocker" : "blockers")
                    + ": every one with its reason in reports/readiness.html and readiness.md", BOLD, Color.WHITE);
            rest.setColspan(6);
            table.addCell(rest);
        }
        return table;
    }

    /** What blocker, severity and the kinds of skip mean; where the full checklist is. */
    private static PdfPTable legend(float width) {
        PdfPTable legend = new PdfPTable(1);
        legend.setTotalWidth(width);
        legend.setLockedWidth(true);
        legend.setSpacingBefore(6);
        StringBuilder text = new StringBuilder("Legend. ");
        ReadinessLegend.paragraphs().forEach(p -> text.append(p).append(' '));
        text.append("The full checklist, item by item: reports/readiness.html (and readiness.md, the Allure report).");
        PdfPCell cell = cell(text.toString(), SMALL, new Color(0xF8, 0xF8, 0xF8));
        legend.addCell(cell);
        legend.calculateHeights(true);
        return legend;
    }

    private static void add(Document doc, Element element) {
        try {
            doc.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the readiness PDF: " + e.getMessage(), e);
        }
    }

    private static Paragraph heading(String title) {
        Paragraph p = new Paragraph(title, H2);
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        return p;
    }

    private static PdfPTable table(float[] widths, Font headerFont, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(headers.length > 0 ? 1 : 0);
        for (String h : headers) {
            table.addCell(cell(h, headerFont, new Color(0xF3, 0xF3, 0xF3)));
        }
        return table;
    }

    private static PdfPCell cell(String value, Font font, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text(value), font));
        cell.setBackgroundColor(shade);
        cell.setPadding(2.5f);
        return cell;
    }

    /** The text as the standard fonts can show it: Windows-1252, anything else spelled in ASCII or '?'. */
    static String text(String value) {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(cp1252.canEncode(ch) ? ch : ASCII.getOrDefault(ch, "?"));
        });
        return out.toString();
    }
}
