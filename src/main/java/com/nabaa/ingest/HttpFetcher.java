package com.nabaa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages and feeds over HTTP(S) with the JDK client: follows redirects (not https to http),
 * identifies itself with {@link #USER_AGENT}, bounds time and size, and decodes the body with the
 * charset of the {@code Content-Type} header, else the XML prolog or {@code <meta charset>}, else
 * UTF-8; invalid bytes become U+FFFD. Close it to stop the client's threads.
 *
 * <p>The read timeout bounds the whole response, headers and body, so a server that trickles bytes
 * cannot hold a fetch forever.
 */
public final class HttpFetcher implements AutoCloseable {

    public static final String USER_AGENT = "NabaaBot/0.1 (+https://github.com/nabaa)";
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;

    public HttpFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this(connectTimeout, readTimeout, maxBytes, Optional.empty());
    }

    /**
     * A fetcher whose client runs its work on {@code executor} when one is given: a long-running
     * process passes a pool it owns, so that no client thread outlives it.
     */
    public HttpFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes, Optional<Executor> executor) {
        this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
        this.readTimeout = requirePositive(readTimeout, "readTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        executor.ifPresent(builder::executor);
        this.client = builder.build();
    }

    /** A fetcher with the default body limit of 20 MB. */
    public HttpFetcher(Duration connectTimeout, Duration readTimeout) {
        this(connectTimeout, readTimeout, DEFAULT_MAX_BYTES);
    }

    /**
     * GETs {@code uri} and returns the decoded page.
     *
     * @throws FetchException on a non-2xx status (with the status), a timeout, a body larger than
     *                        the limit, a network error or interruption; always naming the URL
     */
    public FetchedPage fetch(URI uri) throws FetchException {
        return fetchIfChanged(uri, HttpValidators.NONE).orElseThrow(() -> FetchException.httpStatus(uri, 304));
    }

    /**
     * GETs {@code uri} unless it is unchanged since the response that gave {@code known}: the request
     * carries {@code If-None-Match} and {@code If-Modified-Since}, and a {@code 304 Not Modified}
     * answer (no body) comes back empty. A 200 comes back with its own validators, for next time.
     *
     * @throws FetchException as {@link #fetch}; a 304 to an unconditional request is a status error
     */
    public Optional<FetchedPage> fetchIfChanged(URI uri, HttpValidators known) throws FetchException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(known, "known");
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .timeout(readTimeout)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", ACCEPT)
                    .header("Accept-Language", "ar,en;q=0.8")
                    .GET();
            known.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
            known.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
            request = builder.build();
        } catch (IllegalArgumentException e) {
            throw FetchException.of(uri, FetchException.Reason.IO, "cannot request " + e.getMessage(), e);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, this::bodyFor);
        HttpResponse<byte[]> response = await(uri, pending);
        int status = response.statusCode();
        if (status == 304 && known.any()) {
            return Optional.empty();
        }
        if (status / 100 != 2) {
            throw FetchException.httpStatus(uri, status);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        HttpValidators validators = new HttpValidators(response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified"));
        return Optional.of(new FetchedPage(uri, response.uri(), status, contentType,
                HttpCharsets.decode(response.body(), contentType), validators));
    }

    /**
     * Reads a local file with the same rules as {@link #fetch}: at most {@code maxBytes}, charset
     * from a byte order mark, XML prolog or {@code <meta charset>}, else UTF-8 with replacement.
     *
     * @throws FetchException ({@link FetchException.Reason#TOO_LARGE} or
     *                        {@link FetchException.Reason#IO}) naming the file
     */
    public static String readFileText(Path file, long maxBytes) throws FetchException {
        URI where = file.toAbsolutePath().toUri();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(where, maxBytes, null);
            }
            return HttpCharsets.decode(bytes, "");
        } catch (IOException e) {
            throw FetchException.of(where, FetchException.Reason.IO, "cannot read file (" + e + ")", e);
        }
    }

    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        return new HttpLimitedBody(maxBytes, declared);
    }

    private HttpResponse<byte[]> await(URI uri, CompletableFuture<HttpResponse<byte[]>> pending)
            throws FetchException {
        try {
            return pending.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(uri, "timed out after " + seconds(readTimeout), e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.of(uri, FetchException.Reason.INTERRUPTED, "interrupted", e);
        } catch (ExecutionException e) {
            throw translate(uri, e.getCause());
        }
    }

    private FetchException translate(URI uri, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpLimitedBody.TooLargeException) {
            return tooLarge(uri, maxBytes, cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return timedOut(uri, "connect timed out after " + seconds(connectTimeout), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(uri, "timed out after " + seconds(readTimeout), cause);
        }
        return FetchException.of(uri, FetchException.Reason.IO, "cannot fetch (" + cause + ")", cause);
    }

    private static FetchException timedOut(URI uri, String message, Throwable cause) {
        return FetchException.of(uri, FetchException.Reason.TIMEOUT, message, cause);
    }

    private static FetchException tooLarge(URI uri, long limit, Throwable cause) {
        return FetchException.of(uri, FetchException.Reason.TOO_LARGE, "page larger than " + size(limit), cause);
    }

    /** "20 MB", "64 KB" or "1000 bytes". */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** "10s" or "0.3s". */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : (ms / 1000.0) + "s";
    }

    private static Duration requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    /** Stops the client, giving in-flight fetches up to one read timeout to finish. */
    @Override
    public void close() {
        client.shutdown();
        try {
            if (!client.awaitTermination(readTimeout)) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            client.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
