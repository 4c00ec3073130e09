package dev.tminus.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tminus.ProbeException;
import dev.tminus.profile.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Prometheus' answer to {@code /api/v1/query_range}. Anything but a JSON success with a matrix
 * is a {@link ProbeException}: an error answer (bad query, timeout inside Prometheus), an HTML page
 * from a proxy, truncated or foreign JSON. Values are strings in the API ({@code "NaN"}, {@code "+Inf"}).
 */
final class RangeAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET = 160;

    private RangeAnswer() {
    }

    /**
     * @param where  the Prometheus address, for messages
     * @param status the HTTP status
     * @param body   the response body
     */
    static SeriesWindow parse(String where, String query, Instant start, Instant end, Duration step,
                              int status, String body) {
        JsonNode root = json(where, query, status, body);
        if (!"success".equals(root.path("status").asText())) {
            String type = root.path("errorType").asText("unknown");
            String error = root.path("error").asText("(no error text)");
            throw new ProbeException("Prometheus at " + where + " could not evaluate the query\n  " + query
                    + "\nit answered HTTP " + status + " " + type + ": " + Secrets.mask(error) + "\n"
                    + hint(type));
        }
        JsonNode data = root.path("data");
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw new ProbeException.Garbage("Prometheus at " + where + " answered the range query\n  " + query
                    + "\nwith resultType \"" + data.path("resultType").asText("") + "\" instead of a matrix.\n"
                    + "Check that the address points at Prometheus' HTTP API (…/api/v1/query_range).", null);
        }
        List<SeriesWindow.Series> series = new ArrayList<>();
        for (JsonNode s : data.path("result")) {
            series.add(new SeriesWindow.Series(labels(s.path("metric")), points(where, query, s.path("values"))));
        }
        return new SeriesWindow(query, start, end, step, series);
    }

    private static JsonNode json(String where, String query, int status, String body) {
        String text = body == null ? "" : body.strip();
        if (!text.startsWith("{")) {
            throw new ProbeException.Garbage("Prometheus at " + where + " did not answer JSON to the range query\n  "
                    + query + "\nit answered HTTP " + status + ": " + snippet(text) + "\n"
                    + "A proxy or login page may sit in front of Prometheus; point alerting.prometheus at the API itself.",
                    null);
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject() || !root.has("status")) {
                throw new ProbeException.Garbage("Prometheus at " + where + " answered JSON without a status to\n  "
                        + query + "\n: " + snippet(text), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ProbeException.Garbage("Prometheus at " + where + " answered unreadable JSON (HTTP " + status
                    + ") to\n  " + query + "\n: " + snippet(text) + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static Map<String, String> labels(JsonNode metric) {
        Map<String, String> labels = new LinkedHashMap<>();
        metric.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static List<SeriesWindow.Point> points(String where, String query, JsonNode values) {
        List<SeriesWindow.Point> points = new ArrayList<>();
        for (JsonNode pair : values) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber()) {
                throw new ProbeException.Garbage("Prometheus at " + where + " answered a malformed sample "
                        + snippet(pair.toString()) + " to\n  " + query, null);
            }
            long millis = Math.round(pair.get(0).asDouble() * 1000);
            points.add(new SeriesWindow.Point(Instant.ofEpochMilli(millis), value(where, query, pair.get(1).asText())));
        }
        return points;
    }

    /** Prometheus' float spelling: decimal, exponent, {@code NaN}, {@code +Inf}, {@code -Inf}. */
    static double value(String where, String query, String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new ProbeException.Garbage("Prometheus at " + where + " answered the value \"" + snippet(text)
                            + "\", which is not a number, to\n  " + query, e);
                }
        }
    }

    private static String hint(String errorType) {
        return switch (errorType) {
            case "bad_data" -> "Fix the PromQL in goldenHour.slos of the profile (try it in Prometheus' expression browser).";
            case "timeout", "canceled" -> "Prometheus gave up evaluating it; use a coarser goldenHour.step or a cheaper query.";
            case "execution" -> "Prometheus failed while evaluating it; look at its log and resource usage.";
            default -> "Look at Prometheus' log; the query may be too large or Prometheus unhealthy.";
        };
    }

    static String snippet(String text) {
        String oneLine = Secrets.mask(text).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SNIPPET ? "\"" + oneLine + "\"" : "\"" + oneLine.substring(0, SNIPPET) + "…\"";
    }
}
