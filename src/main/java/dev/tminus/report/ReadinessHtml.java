package dev.tminus.report;

/** {@code reports/readiness.html}: the one-page verdict as a self-contained HTML page. */
public final class ReadinessHtml {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
            h1 .v{padding:.1em .4em;border-radius:4px;color:#fff}
            .READY{background:#2e7d32}.NOT_READY{background:#c62828}.INCOMPLETE{background:#ef6c00}
            .escalation{border:3px solid #c62828;padding:.6em;font-size:1.2em;font-weight:bold}
            .warning{border-left:4px solid #ef6c00;padding:.3em .6em;background:#fff3e0}
            table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}tr.failed td{background:#fdecea}tr.broken td{background:#fff4e5}tr.waived td{background:#f1f1ff}
            .muted{color:#777}""";

    private ReadinessHtml() {
    }

    public static String render(Readiness r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>Go-live readiness: ").append(esc(r.verdict().words())).append(" (").append(esc(r.env()))
                .append(")</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>Go-live readiness: <span class=\"v ").append(r.verdict().name()).append("\">")
                .append(esc(r.verdict().words())).append("</span></h1>\n<p>").append(esc(r.headline())).append("</p>\n");
        h.append("<table><tr><th>env</th><th>release</th><th>T0</th><th>phase</th><th>vantage</th></tr><tr>")
                .append(td(r.env())).append(td(r.release())).append(td(r.t0())).append(td(r.phase()))
                .append(td(r.vantageText())).append("</tr></table>\n");
        r.escalation().ifPresent(e -> h.append("<p class=\"escalation\">Golden hour: ").append(esc(e.headline()))
                .append("</p>\n"));
        r.warnings().forEach(w -> h.append("<p class=\"warning\">Warning: ").append(esc(w)).append("</p>\n"));
        if (!r.areasNotRun().isEmpty()) {
            h.append("<p class=\"muted\">Not part of this run: ").append(esc(String.join(", ", r.areasNotRun())))
                    .append(".</p>\n");
        }
        h.append("<h2>Blockers</h2>\n");
        if (r.blockers().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table><tr><th></th><th>severity</th><th>check</th><th>item</th><th>reason</th><th>owner</th></tr>\n");
            for (ReadinessItem b : r.blockers()) {
                h.append("<tr class=\"").append(b.outcome().key()).append("\">")
                        .append(td(b.outcome().symbol() + " " + b.outcome().words())).append(td(b.severity()))
                        .append(td(b.idOrDash())).append(td(b.item() + ReadinessMarkdown.redAt(b)))
                        .append(td(b.reason())).append(td(b.owner())).append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Counts</h2>\n<table><tr><th>area</th>");
        Outcome.COLUMNS.forEach(o -> h.append("<th>").append(esc(o.symbol() + " " + o.label())).append("</th>"));
        h.append("</tr>\n");
        for (String tag : r.areas()) {
            h.append("<tr>").append(td(r.title(tag) + " (" + tag + ")"));
            for (Outcome o : Outcome.COLUMNS) {
                h.append(td(Integer.toString(r.count(tag, o))));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<h2>The checklist</h2>\n");
        for (String tag : r.areas()) {
            h.append("<h3>").append(esc(r.title(tag))).append(" (").append(esc(tag)).append(")</h3>\n");
            h.append("<table><tr><th></th><th>check</th><th>item</th><th>note</th></tr>\n");
            for (ReadinessItem i : r.itemsOf(tag)) {
                h.append("<tr class=\"").append(i.outcome().key()).append("\">")
                        .append(td(i.outcome().symbol())).append(td(i.idOrDash()))
                        .append(td(i.item() + ReadinessMarkdown.redAt(i)))
                        .append(td(i.outcome() == Outcome.PASSED ? "" : i.reason())).append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<p class=\"muted\">").append(esc(ReadinessLegend.symbols())).append(".</p>\n");
        ReadinessLegend.paragraphs().forEach(p -> h.append("<p class=\"muted\">").append(esc(p)).append("</p>\n"));
        h.append("<p class=\"muted\">Generated ").append(esc(r.generated().toString()))
                .append(". Details: the Allure report (make report).</p>\n");
        return h.append("</body></html>\n").toString();
    }

    private static String td(String text) {
        return "<td>" + esc(text) + "</td>";
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
