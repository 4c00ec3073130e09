package dev.tminus.report;

import dev.tminus.profile.Secrets;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.util.PropertiesUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one door of Allure's output: every result, container and attachment is written through here,
 * with every secret masked ({@link Secrets#mask}) in every text of the result model (names,
 * parameters, labels, links, messages, traces, steps, fixtures) and in every text attachment (REST
 * Assured's request and response, evidence). {@link #install()} makes it the writer of
 * {@link Allure#getLifecycle()}, which Allure's JUnit listener takes when it is created.
 */
public final class MaskingResultsWriter implements AllureResultsWriter {

    private static final String MODEL = "io.qameta.allure.model.";
    private static AllureLifecycle installed;
    private static MaskingResultsWriter installedWriter;
    private final AllureResultsWriter delegate;
    /** Masks and writes off the caller's thread when set; in the caller's thread when empty. */
    private final Optional<ExecutorService> background;

    public MaskingResultsWriter(AllureResultsWriter delegate) {
        this(delegate, false);
    }

    /**
     * @param inBackground mask and write on one thread of its own, so the checks' thread does not wait
     *                     for JSON and files; {@link #flush()} waits until everything handed over is written
     */
    MaskingResultsWriter(AllureResultsWriter delegate, boolean inBackground) {
        this.delegate = delegate;
        this.background = inBackground ? Optional.of(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1024), runnable -> {
                    Thread thread = new Thread(runnable, "tminus-allure-writer");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy())) : Optional.empty();
    }

    /**
     * Makes Allure's lifecycle write through a masking writer into {@code allure.results.directory},
     * once per JVM (a lifecycle set later on purpose, e.g. by a test with its own writer, is kept).
     */
    public static synchronized void install() {
        if (installed == null) {
            String dir = PropertiesUtils.loadAllureProperties().getProperty("allure.results.directory", "allure-results");
            // The checklist's own JVM writes in the background and flushes when the run ends, before its
            // verdict reads the results; a self-test JVM that reads results right after a run writes in place.
            boolean inBackground = "checklist".equals(System.getProperty("tminus.role"));
            installedWriter = new MaskingResultsWriter(new FileSystemResultsWriter(Path.of(dir)), inBackground);
            installed = new AllureLifecycle(installedWriter);
            Allure.setLifecycle(installed);
            if (inBackground) {
                Runtime.getRuntime().addShutdownHook(new Thread(MaskingResultsWriter::flushInstalled, "tminus-allure-flush"));
            }
        }
    }

    /** Waits until every result and attachment handed to the installed writer is on disk. */
    public static void flushInstalled() {
        MaskingResultsWriter writer;
        synchronized (MaskingResultsWriter.class) {
            writer = installedWriter;
        }
        if (writer != null) {
            writer.flush();
        }
    }

    /** Waits until everything handed over so far is written (at once when writing in place). */
    public void flush() {
        background.ifPresent(executor -> {
            try {
                executor.submit(() -> { }).get(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                System.err.println("T-Minus: the Allure results could not all be written: " + e);
            }
        });
    }

    private void run(Runnable write) {
        if (background.isEmpty()) {
            write.run();
            return;
        }
        background.get().execute(() -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                System.err.println("T-Minus: an Allure result could not be written: " + Secrets.mask(String.valueOf(e.getMessage())));
            }
        });
    }

    @Override
    public void write(io.qameta.allure.model.TestResult result) {
        run(() -> {
            mask(result, new IdentityHashMap<>());
            delegate.write(result);
        });
    }

    /**
     * Allure's JUnit listener opens a container around every single result, for fixtures; one with
     * no fixture (no before, no after) around one result adds nothing to the report, and on a large
     * environment it doubles the files written: it is left out.
     */
    @Override
    public void write(io.qameta.allure.model.TestResultContainer container) {
        if (none(container.getBefores()) && none(container.getAfters()) && container.getChildren() != null
                && container.getChildren().size() == 1 && none(container.getLinks()) && container.getDescription() == null
                && container.getDescriptionHtml() == null) {
            return;
        }
        run(() -> {
            mask(container, new IdentityHashMap<>());
            delegate.write(container);
        });
    }

    @Override
    public void write(String source, InputStream attachment) {
        byte[] bytes;
        try (attachment) {
            bytes = attachment.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attachment " + source, e);
        }
        run(() -> delegate.write(source, new ByteArrayInputStream(masked(bytes))));
    }

    private static boolean none(Collection<?> items) {
        return items == null || items.isEmpty();
    }

    /** Text (UTF-8) masked; anything else (an image, a PDF) as it is. */
    static byte[] masked(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Secrets.mask(text).getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return bytes;
        }
    }

    /** Masks every String property of an Allure model object, through its lists and nested objects. */
    static void mask(Object model, Map<Object, Boolean> seen) {
        if (model == null || seen.put(model, Boolean.TRUE) != null) {
            return;
        }
        for (Property property : PROPERTIES.get(model.getClass())) {
            try {
                Object value = property.getter().invoke(model);
                if (value instanceof String text) {
                    String masked = Secrets.mask(text);
                    if (!masked.equals(text)) {
                        property.setter().orElseThrow(() -> new NoSuchMethodException("set" + property.getter().getName()
                                .substring(3))).invoke(model, masked);
                    }
                } else if (value instanceof Collection<?> items) {
                    items.forEach(item -> maskModel(item, seen));
                } else {
                    maskModel(value, seen);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot mask " + property.getter() + " of an Allure result", e);
            }
        }
    }

    /** A getter of a model class and its String setter, if any: looked up once per class, not per result. */
    private record Property(Method getter, java.util.Optional<Method> setter) {
    }

    private static final ClassValue<java.util.List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected java.util.List<Property> computeValue(Class<?> type) {
            java.util.List<Property> properties = new java.util.ArrayList<>();
            for (Method getter : type.getMethods()) {
                if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                        || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                java.util.Optional<Method> setter;
                try {
                    setter = java.util.Optional.of(type.getMethod("set" + getter.getName().substring(3), String.class));
                } catch (NoSuchMethodException e) {
                    setter = java.util.Optional.empty();
                }
                properties.add(new Property(getter, setter));
            }
            return java.util.List.copyOf(properties);
        }
    };

    private static void maskModel(Object value, Map<Object, Boolean> seen) {
        if (value != null && value.getClass().getName().startsWith(MODEL) && !value.getClass().isEnum()) {
            mask(value, seen);
        }
    }
}
