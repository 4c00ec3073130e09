package dev.tminus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.ProbeException;
import dev.tminus.profile.Secret;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The doors of the process mask every secret and keep everything else: outcome classes, model, bytes. */
class MaskedOutputTest {

    private static final String PW = "mo-pw-99127";

    static {
        new Secret(PW, "MO_PASSWORD"); // registered, as the profile loader does
    }

    @Test
    void an_assertion_stays_an_assertion_with_its_message_masked() {
        AssertionError thrown = new AssertionFailedError("Expecting login with " + PW + " to succeed", "x", "y");

        Throwable masked = MaskedThrowables.of(thrown);

        assertThat(masked).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessage("Expecting login with **** to succeed");
        assertThat(masked.getStackTrace()).isEqualTo(thrown.getStackTrace());
        assertThat(((AssertionFailedError) masked).isExpectedDefined()).isFalse(); // values could hold the secret
    }

    @Test
    void a_probe_failure_keeps_its_class_and_its_masked_cause() {
        ProbeException thrown = new ProbeException.Unreachable("Could not check: http://admin:" + PW + "@am:9093",
                new ConnectException("refused by am " + PW));

        Throwable masked = MaskedThrowables.of(thrown);

        assertThat(masked).isExactlyInstanceOf(ProbeException.Unreachable.class)
                .hasMessage("Could not check: http://admin:****@am:9093");
        assertThat(masked.getCause()).isExactlyInstanceOf(ConnectException.class).hasMessage("refused by am ****");
        assertThat(MaskedThrowables.trace(masked)).doesNotContain(PW);
    }

    @Test
    void a_skip_stays_a_skip() {
        Throwable masked = MaskedThrowables.of(new TestAbortedException("waived: " + PW));

        assertThat(masked).isExactlyInstanceOf(TestAbortedException.class).hasMessage("waived: ****");
    }

    @Test
    void a_class_that_cannot_be_rebuilt_becomes_a_broken_result_named_after_it() {
        Throwable masked = MaskedThrowables.of(new Unbuildable(PW));

        assertThat(masked).isInstanceOf(RuntimeException.class).isNotInstanceOf(AssertionError.class)
                .hasToString(Unbuildable.class.getName() + ": fixed text ****");
    }

    @Test
    void a_throwable_without_a_secret_is_passed_on_as_it_is() {
        IllegalStateException thrown = new IllegalStateException("no secret here");

        assertThat(MaskedThrowables.of(thrown)).isSameAs(thrown);
    }

    @ParameterizedTest(name = "written in the background: {0}")
    @ValueSource(booleans = {false, true})
    void allure_results_and_text_attachments_are_written_masked(boolean inBackground) {
        // GIVEN a result with the secret in its name, parameters, message, trace and a step
        TestResult result = new TestResult().setUuid("u1").setName("DB-01 db · jdbc:x?password=" + PW)
                .setStatus(Status.FAILED).setStatusDetails(new StatusDetails().setMessage("m " + PW).setTrace("t " + PW))
                .setParameters(List.of(new Parameter().setName("where").setValue(PW)))
                .setSteps(List.of(new StepResult().setName("step " + PW)));
        Recording recording = new Recording();
        MaskingResultsWriter writer = new MaskingResultsWriter(recording, inBackground);

        // WHEN it and an attachment are written (and, in the background, flushed as the run's end does)
        writer.write(result);
        writer.write(new TestResultContainer().setUuid("c1").setName("container " + PW));
        writer.write("a-attachment.html", new ByteArrayInputStream(("<div>Authorization: Basic QWxhZGRpbjpvcGVu</div>"
                + "<div>" + PW + "</div>").getBytes(StandardCharsets.UTF_8)));
        byte[] binary = {(byte) 0xff, (byte) 0xd8, 'm', 'o', '-'};
        writer.write("b-attachment.jpg", new ByteArrayInputStream(binary));
        writer.flush();

        // THEN every text is masked, the status is kept, binary data is unchanged
        TestResult written = recording.results.get(0);
        assertThat(written.getName()).isEqualTo("DB-01 db · jdbc:x?password=****");
        assertThat(written.getStatus()).isEqualTo(Status.FAILED);
        assertThat(written.getStatusDetails().getMessage()).isEqualTo("m ****");
        assertThat(written.getStatusDetails().getTrace()).isEqualTo("t ****");
        assertThat(written.getParameters().get(0).getValue()).isEqualTo("****");
        assertThat(written.getSteps().get(0).getName()).isEqualTo("step ****");
        assertThat(recording.containers.get(0).getName()).isEqualTo("container ****");
        assertThat(new String(recording.attachments.get("a-attachment.html"), StandardCharsets.UTF_8))
                .isEqualTo("<div>Authorization: Basic ****</div><div>****</div>");
        assertThat(recording.attachments.get("b-attachment.jpg")).isEqualTo(binary);
    }

    @Test
    void the_console_masks_each_line_even_when_a_secret_is_printed_in_pieces() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream console = new MaskingConsole.Masking(terminal);

        console.print("login with mo-pw");
        console.print("-99127 failed");
        console.println();
        console.println("Authorization: Bearer abc.def-ghi");

        assertThat(terminal.toString(java.nio.charset.Charset.defaultCharset()))
                .isEqualTo("login with **** failed" + System.lineSeparator() + "Authorization: Bearer ****"
                        + System.lineSeparator());
    }

    private static final class Unbuildable extends RuntimeException {
        Unbuildable(String secret) {
            super("fixed text " + secret);
        }
    }

    private static final class Recording implements AllureResultsWriter {
        final List<TestResult> results = new java.util.ArrayList<>();
        final List<TestResultContainer> containers = new java.util.ArrayList<>();
        final Map<String, byte[]> attachments = new LinkedHashMap<>();

        @Override
        public void write(TestResult result) {
            results.add(result);
        }

        @Override
        public void write(TestResultContainer container) {
            containers.add(container);
        }

        @Override
        public void write(String source, InputStream attachment) {
            try {
                attachments.put(source, attachment.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
