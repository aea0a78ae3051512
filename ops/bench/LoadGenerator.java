import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The fallback of ops/bench/pages.sh when wrk cannot be installed: N threads, each sending GET requests one after the
 * other for a while (closed loop, like wrk's connections). Run with the source launcher:
 * {@code java ops/bench/LoadGenerator.java URL SECONDS CONNECTIONS [Header: value]}
 * Prints one line: {@code requests=... seconds=... rps=... p50_ms=... p99_ms=... non200=... errors=...}
 */
public class LoadGenerator {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        long seconds = Long.parseLong(args[1]);
        int connections = Integer.parseInt(args[2]);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (args.length > 3) {
            String[] header = args[3].split(":\\s*", 2);
            builder.header(header[0], header[1]);
        }
        HttpRequest request = builder.build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            futures.add(pool.submit(() -> {
                Result r = new Result();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            r.non200++;
                        }
                        r.add(System.nanoTime() - t0);
                    } catch (java.io.IOException e) {
                        r.errors++;
                    }
                }
                return r;
            }));
        }
        Result all = new Result();
        for (Future<Result> f : futures) {
            Result r = f.get();
            for (int i = 0; i < r.count; i++) {
                all.add(r.nanos[i]);
            }
            all.non200 += r.non200;
            all.errors += r.errors;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = Arrays.copyOf(all.nanos, all.count);
        Arrays.sort(sorted);
        System.out.printf(java.util.Locale.ROOT, "requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f non200=%d errors=%d%n",
                all.count, elapsed, all.count / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99), all.non200,
                all.errors);
        System.exit(0); // the HttpClient's selector thread is not a daemon on every JDK
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static final class Result {
        long[] nanos = new long[4096];
        int count;
        long non200;
        long errors;

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }
    }
}
