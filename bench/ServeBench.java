import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * serve's speed (run by bench/serve-bench.sh): (1) from launching `java -jar ... serve` to the home
 * page rendered in an already open headless Chromium, and to the API's first answer; (2) an event
 * page's JSON, first request per event (rendered, not cached) and repeated (cached), over a
 * deterministic sample of events across the catalogue once the models are loaded.
 */
public class ServeBench {
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    String jar = args[0];
    int runs = Integer.parseInt(args.length > 1 ? args[1] : "5");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(new File("/usr/bin/chromium"));
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + java.nio.file.Files.createTempDirectory("bench-chrome"));
    WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), o);
    List<Double> baseline = new ArrayList<>();
    List<Double> api = new ArrayList<>();
    List<Double> page = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        driver.get("about:blank");
        long b0 = System.nanoTime();
        new ProcessBuilder("java", "-jar", jar).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true).start().waitFor();
        baseline.add((System.nanoTime() - b0) / 1e6);
        int port = 18700 + i;
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", jar, "serve", "--port", String.valueOf(port))
            .redirectErrorStream(true).start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        while (true) {
          try {
            if (get(base.resolve("api/services")).statusCode() == 200) break;
          } catch (java.io.IOException notYet) {
            Thread.sleep(5);
          }
        }
        api.add((System.nanoTime() - t0) / 1e6);
        driver.get(base.toString());
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready"))
                && !d.findElements(By.cssSelector("#services li")).isEmpty());
        page.add((System.nanoTime() - t0) / 1e6);
        if (i < runs - 1) {
          p.destroy();
          p.waitFor();
        } else {
          events(base);
          p.destroy();
          p.waitFor();
        }
      }
    } finally {
      driver.quit();
    }
    System.out.printf("baseline, java -jar (list services): median %.0f ms  (runs: %s)%n", median(baseline), fmt(baseline));
    System.out.printf("start -> API answers:   median %.0f ms  (runs: %s)%n", median(api), fmt(api));
    System.out.printf("start -> page rendered: median %.0f ms  (runs: %s); %.1f x baseline%n",
        median(page), fmt(page), median(page) / median(baseline));
  }

  static void events(URI base) throws Exception {
    // Wait for the background search index: by then every model is loaded, as in a warm server.
    get(base.resolve("api/search?q=warm"));
    String services = get(base.resolve("api/services")).body();
    List<String> names = all(Pattern.compile("\"name\":\"([^\"]+)\""), services);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < names.size(); i += 5) {
      String svc = get(base.resolve("api/service/" + names.get(i))).body();
      List<String> src = all(Pattern.compile("\"eventSource\":\"([^\"]+)\",\"eventName\":\"([^\"]+)\""), svc, 2);
      for (int j = 0; j < src.size() && j < 8; j += 2) {
        urls.add("api/event/" + src.get(j) + "/" + src.get(j + 1));
      }
    }
    for (int i = 0; i < 20; i++) get(base.resolve(urls.get(urls.size() - 1 - i))); // JIT warm-up
    List<Double> first = new ArrayList<>();
    List<Double> again = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < urls.size() - 20; i++) {
      long t = System.nanoTime();
      bytes += get(base.resolve(urls.get(i))).body().length();
      first.add((System.nanoTime() - t) / 1e6);
    }
    for (int i = 0; i < urls.size() - 20; i++) {
      long t = System.nanoTime();
      get(base.resolve(urls.get(i)));
      again.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(first);
    Collections.sort(again);
    System.out.printf("event JSON, first request (rendered): n=%d median %.1f ms, p90 %.1f ms, max %.1f ms, mean size %d KB%n",
        first.size(), median(first), first.get(first.size() * 9 / 10), first.get(first.size() - 1), bytes / first.size() / 1024);
    System.out.printf("event JSON, repeated (cached):        n=%d median %.1f ms, p90 %.1f ms%n",
        again.size(), median(again), again.get(again.size() * 9 / 10));
  }

  static HttpResponse<String> get(URI u) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<String> all(Pattern p, String s) {
    return all(p, s, 1);
  }

  static List<String> all(Pattern p, String s, int groups) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) for (int g = 1; g <= groups; g++) out.add(m.group(g));
    return out;
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  static String fmt(List<Double> xs) {
    return xs.stream().map(x -> String.format("%.0f", x)).toList().toString();
  }
}
