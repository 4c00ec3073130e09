package dev.tminus.report;

import java.util.List;

/** {@code reports/readiness.md}: the one-page verdict as Markdown (renders on GitHub, GitLab, in chat). */
public final class ReadinessMarkdown {

    private ReadinessMarkdown() {
    }

    public static String render(Readiness r) {
        StringBuilder md = new StringBuilder();
        md.append("# Go-live readiness: ").append(r.verdict().words()).append("\n\n");
        md.append("**").append(r.verdict().words()).append("** — ").append(cell(r.headline())).append("\n\n");
        md.append("| env | release | T0 | phase | vantage |\n|---|---|---|---|---|\n");
        md.append(row(r.env(), r.release(), r.t0(), r.phase(), r.vantageText())).append('\n');
        r.escalation().ifPresent(e -> md.append("> **Golden hour: ").append(cell(e.headline())).append("**\n\n"));
        r.warnings().forEach(w -> md.append("> Warning: ").append(cell(w)).append("\n\n"));
        if (!r.areasNotRun().isEmpty()) {
            md.append("Not part of this run: ").append(String.join(", ", r.areasNotRun())).append(".\n\n");
        }

        md.append("## Blockers\n\n");
        if (r.blockers().isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| | severity | check | item | reason | owner |\n|---|---|---|---|---|---|\n");
            for (ReadinessItem b : r.blockers()) {
                md.append(row(b.outcome().symbol() + " " + b.outcome().words(), b.severity(), b.idOrDash(),
                        b.item() + redAt(b), b.reason(), b.owner()));
            }
            md.append('\n');
        }

        md.append("## Counts\n\n| area |");
        Outcome.COLUMNS.forEach(o -> md.append(' ').append(o.symbol()).append(' ').append(o.label()).append(" |"));
        md.append("\n|---|").append("---|".repeat(Outcome.COLUMNS.size())).append('\n');
        for (String tag : r.areas()) {
            md.append(row(java.util.stream.Stream.concat(java.util.stream.Stream.of(r.title(tag) + " (`" + tag + "`)"),
                    Outcome.COLUMNS.stream().map(o -> n(r, tag, o))).toArray(String[]::new)));
        }
        md.append('\n');

        md.append("## The checklist\n\n");
        for (String tag : r.areas()) {
            md.append("### ").append(r.title(tag)).append(" (`").append(tag).append("`)\n\n");
            md.append("| | check | item | note |\n|---|---|---|---|\n");
            for (ReadinessItem i : r.itemsOf(tag)) {
                md.append(row(i.outcome().symbol(), i.idOrDash(), i.item() + redAt(i),
                        i.outcome() == Outcome.PASSED ? "" : i.reason()));
            }
            md.append('\n');
        }
        md.append("Legend: ").append(ReadinessLegend.symbols()).append(".\n\n");
        ReadinessLegend.paragraphs().forEach(p -> md.append(p).append("\n\n"));
        md.append("Generated ").append(r.generated()).append(".\n");
        return md.toString();
    }

    static String redAt(ReadinessItem i) {
        return i.redAt().isEmpty() ? "" : " (red at " + String.join(", ", i.redAt()) + ")";
    }

    private static String n(Readiness r, String tag, Outcome o) {
        return Integer.toString(r.count(tag, o));
    }

    private static String row(String... cells) {
        return List.of(cells).stream().map(ReadinessMarkdown::cell)
                .reduce(new StringBuilder("|"), (sb, c) -> sb.append(' ').append(c).append(" |"), StringBuilder::append)
                .append('\n').toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
