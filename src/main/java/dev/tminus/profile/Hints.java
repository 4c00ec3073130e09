package dev.tminus.profile;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean" for mistyped keys and values (edit distance counting a swap of two letters as one edit). */
final class Hints {

    private Hints() {
    }

    static String didYouMean(String typed, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(typed.toLowerCase(), k.toLowerCase())))
                .filter(k -> distance(typed.toLowerCase(), k.toLowerCase()) <= Math.max(1, k.length() / 3))
                .map(k -> " (did you mean " + k + "?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
