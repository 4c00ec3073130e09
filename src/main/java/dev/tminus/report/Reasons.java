package dev.tminus.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A result's message as one line for a table cell, never cut before its conclusion. A message of
 * the checklist is shaped {@code Expecting <what, where>} / {@code to <expected>} / {@code but
 * <actual>} / {@code <next step>}; the claim lines (the first, those starting with to, but, expected,
 * actual) and the last line (the next step) are kept whole. Only the evidence between them (a
 * driver's error text, a listing) is shortened, and a message of one long line keeps its first and
 * its last sentence. The full text stays in the Allure report.
 */
public final class Reasons {

    /** The length a reason is shortened to, when its evidence allows. */
    public static final int LIMIT = 320;
    private static final int EVIDENCE_MIN = 60;
    /** A dotted name with letters ({@code gw.launch.test}), whose trailing dot ends the name, not a sentence. */
    private static final java.util.regex.Pattern DNS_NAME =
            java.util.regex.Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");
    private static final List<String> CLAIM_STARTS = List.of("expecting", "to ", "not to ", "but ", "expected",
            "actual", "and ");

    private Reasons() {
    }

    public static String oneLine(String message) {
        List<String> lines = (message == null ? "" : message).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String joined = String.join(" ", lines);
        if (joined.length() <= LIMIT) {
            return joined;
        }
        return lines.size() == 1 ? oneLongLine(lines.get(0)) : shortenEvidence(lines);
    }

    private static String shortenEvidence(List<String> lines) {
        int claimLength = 0;
        int evidenceLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (claim(lines, i)) {
                claimLength += lines.get(i).length() + 1;
            } else {
                evidenceLines++;
            }
        }
        int budget = Math.max(EVIDENCE_MIN, (LIMIT - claimLength) / Math.max(1, evidenceLines));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(claim(lines, i) || line.length() <= budget ? line : cut(line, budget));
        }
        return String.join(" ", out);
    }

    private static boolean claim(List<String> lines, int i) {
        String lower = lines.get(i).toLowerCase(Locale.ROOT);
        return i == 0 || i == lines.size() - 1 || CLAIM_STARTS.stream().anyMatch(lower::startsWith);
    }

    /** First and last sentence whole; the middle shortened. */
    private static String oneLongLine(String line) {
        int firstEnd = sentenceEnd(line, true);
        int lastStart = sentenceEnd(line, false);
        if (firstEnd < 0 || lastStart <= firstEnd) {
            return line; // one sentence: it is all claim
        }
        String first = line.substring(0, firstEnd + 1);
        String middle = line.substring(firstEnd + 2, lastStart + 1);
        String last = line.substring(lastStart + 2);
        int budget = Math.max(EVIDENCE_MIN, LIMIT - first.length() - last.length() - 2);
        return first + " " + (middle.length() <= budget ? middle : cut(middle, budget)) + " " + last;
    }

    /**
     * The first (or last) ". " that ends a sentence, not the dot that ends a DNS name such as
     * {@code gw.launch.test. A}; -1 when there is none.
     */
    private static int sentenceEnd(String line, boolean first) {
        int at = first ? line.indexOf(". ") : line.lastIndexOf(". ");
        while (at >= 0) {
            int wordStart = line.lastIndexOf(' ', at - 1) + 1;
            if (!DNS_NAME.matcher(line.substring(wordStart, at)).matches()) {
                return at;
            }
            at = first ? line.indexOf(". ", at + 2) : (at == 0 ? -1 : line.lastIndexOf(". ", at - 1));
        }
        return -1;
    }

    private static String cut(String evidence, int budget) {
        return evidence.substring(0, Math.max(1, budget - 1)).stripTrailing() + "…";
    }
}
