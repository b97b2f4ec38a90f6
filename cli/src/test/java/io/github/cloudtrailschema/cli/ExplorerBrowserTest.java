package io.github.cloudtrailschema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.testing.CliResult;
import io.github.cloudtrailschema.testing.Skip;
import io.github.cloudtrailschema.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer end to end: {@code serve} and {@code export --format site} driven in a headless
 * Chromium (or Chrome) through chromedriver, both found on {@code PATH}. Skipped, saying which is
 * missing, where they are not installed ({@code .ci/run} installs Debian's). Screenshots go to
 * {@code target/screenshots/}.
 */
@Timeout(300)
class ExplorerBrowserTest {
  private static final Path SHOTS = Path.of("target/screenshots");

  private static ServeRun serve;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @TempDir static Path profile;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> browser = Tools.onPath("chromium", "chromium-browser", "google-chrome");
    Optional<Path> chromedriver = Tools.onPath("chromedriver");
    List<String> missing = new ArrayList<>();
    if (browser.isEmpty()) {
      missing.add("chromium (or chromium-browser, google-chrome)");
    }
    if (chromedriver.isEmpty()) {
      missing.add("chromedriver");
    }
    Skip.unless(
        ExplorerBrowserTest.class,
        missing.isEmpty(),
        String.join(" and ", missing)
            + " not on PATH (apt-get install chromium chromium-driver; .ci/run installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    // Without the network-quietening flags Chromium's background connections stall on a closed
    // network; a fresh profile keeps runs independent.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.get().toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    serve = ServeRun.start();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (serve != null) {
      serve.stop();
    }
  }

  private static String url(String path) {
    return serve.uri().resolve(path).toString();
  }

  private static void open(String url) {
    driver.get(url);
    wait.until(d -> "true".equals(body().getAttribute("data-ready")));
  }

  private static WebElement body() {
    return driver.findElement(By.tagName("body"));
  }

  private static WebElement await(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  private static void waitForRoute(String route) {
    wait.until(d -> route.equals(body().getAttribute("data-route")));
  }

  @Test
  void browseFromHomeToAnEventAndUseIt() throws Exception {
    open(url(""));
    assertThat(body().getAttribute("data-mode")).isEqualTo("server");
    assertThat(driver.findElements(By.cssSelector("#services li")).size()).isGreaterThan(300);
    screenshot("home");

    driver.findElement(By.id("service-filter")).sendKeys("identity and access");
    wait.until(d -> d.findElements(By.cssSelector("#services li")).size() == 1);
    driver.findElement(By.cssSelector("#services a.service-link")).click();
    waitForRoute("service/iam");
    assertThat(await("#events").getText()).contains("CreatePolicy", "GetPolicy");
    assertThat(driver.getCurrentUrl()).endsWith("/service/iam");

    WebElement create =
        driver.findElement(By.cssSelector("a[href$='event/iam.amazonaws.com/CreatePolicy']"));
    assertThat(create.getText()).contains("MUTATING");
    create.click();
    waitForRoute("event/iam.amazonaws.com/CreatePolicy");
    assertThat(await("#event-name").getText()).isEqualTo("CreatePolicy");

    // Expand the tree: tags is a list of structures, closed at first.
    WebElement tags = driver.findElement(By.cssSelector("li[data-path='requestParameters.tags']"));
    assertThat(tags.findElements(By.cssSelector("li[data-path='requestParameters.tags[].key']")))
        .isEmpty();
    tags.findElement(By.cssSelector(":scope > .row > button.toggle")).click();
    WebElement list = tags.findElement(By.cssSelector("li[data-path='requestParameters.tags[]']"));
    list.findElement(By.cssSelector(":scope > .row > button.toggle")).click();
    WebElement key = await("li[data-path='requestParameters.tags[].key'] > .row");
    assertThat(key.getText()).contains("key", "string, length 1..128", "REQUIRED");

    // Copy a path, both forms.
    key.findElement(By.cssSelector("button.copy-detail")).click();
    wait.until(
        ExpectedConditions.textToBe(
            By.id("toast"), "Copied: detail.requestParameters.tags[].key"));
    key.findElement(By.cssSelector("button.copy-path")).click();
    wait.until(ExpectedConditions.textToBe(By.id("toast"), "Copied: requestParameters.tags[].key"));

    // Documentation on expand.
    WebElement name = driver.findElement(By.cssSelector("li[data-path='requestParameters.policyName']"));
    name.findElement(By.cssSelector("button.doc-toggle")).click();
    assertThat(name.findElement(By.cssSelector(".doc")).getText()).contains("friendly name");

    // Every format is a tab showing the CLI's output.
    List<String> tabs =
        driver.findElements(By.cssSelector(".tabs .tab")).stream().map(WebElement::getText).toList();
    assertThat(tabs)
        .containsExactly(
            "tree", "paths", "json-schema", "example", "custodian", "eventbridge", "sigma",
            "athena", "markdown");
    driver.findElement(By.cssSelector(".tab[data-format='sigma']")).click();
    String sigma = driver.findElement(By.id("format-text")).getText();
    assertThat(sigma)
        .isEqualTo(
            CliResult.run("iam.CreatePolicy", "-f", "sigma").succeeded().stdout().stripTrailing());
    driver.findElement(By.id("copy-format")).click();
    wait.until(ExpectedConditions.textMatches(By.id("toast"), java.util.regex.Pattern.compile("^Copied: title:")));
    driver.findElement(By.cssSelector(".tab[data-format='paths']")).click();
    assertThat(driver.findElement(By.id("format-text")).getDomProperty("textContent"))
        .contains("requestParameters.policyName\tstring");
    assertThat(driver.findElement(By.id("example")).getText()).contains("\"eventName\": \"CreatePolicy\"");
    screenshot("event-iam-CreatePolicy");
  }

  @Test
  void searchAndFollowAHitByKeyboard() throws Exception {
    open(url(""));
    WebElement search = driver.findElement(By.id("search"));
    body().sendKeys("/");
    assertThat(driver.switchTo().activeElement()).isEqualTo(search);
    search.sendKeys("PutBucketPolicy");
    WebElement first = await("#search-results a.hit");
    assertThat(first.getText()).contains("PutBucketPolicy", "s3");
    screenshot("search");
    search.sendKeys(Keys.ARROW_DOWN);
    assertThat(driver.switchTo().activeElement().getText()).contains("PutBucketPolicy");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitForRoute("event/s3.amazonaws.com/PutBucketPolicy");
    assertThat(await("#event-name").getText()).isEqualTo("PutBucketPolicy");
  }

  @Test
  void listsAreKeyboardNavigable() {
    open(url("service/sts"));
    body().sendKeys(Keys.ARROW_DOWN);
    String focused = driver.switchTo().activeElement().getAttribute("href");
    assertThat(focused).contains("/event/sts.amazonaws.com/");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(d -> String.valueOf(body().getAttribute("data-route")).startsWith("event/"));
  }

  @Test
  void deepLinksLoadDirectly() {
    open(url("event/iam.amazonaws.com/CreatePolicy"));
    assertThat(await("#event-name").getText()).isEqualTo("CreatePolicy");
    open(url("event/lambda.amazonaws.com/CreateFunction20150331"));
    assertThat(await("#event-name").getText()).isEqualTo("CreateFunction20150331");
    open(url("service/iam"));
    assertThat(await("h1").getText()).isEqualTo("AWS Identity and Access Management");
    open(url("event/iam.amazonaws.com/NoSuchEvent"));
    assertThat(await(".status.error").getText()).startsWith("Not found");
    driver.navigate().back();
    waitForRoute("service/iam");
  }

  @Test
  void theStaticExportWorksFromAPlainStaticServer(@TempDir Path site) throws Exception {
    CliResult.run("export", "--format", "site", "--out", site.toString(), "iam", "s3", "sts")
        .succeeded();
    try (StaticFileServer http = new StaticFileServer(site)) {
      open(http.uri().toString());
      assertThat(body().getAttribute("data-mode")).isEqualTo("static");
      assertThat(driver.findElements(By.cssSelector("#services li"))).hasSize(3);
      driver.findElement(By.cssSelector("a[href='#/service/s3']")).click();
      waitForRoute("service/s3");
      driver.findElement(By.cssSelector("a[href$='event/s3.amazonaws.com/PutBucketPolicy']")).click();
      waitForRoute("event/s3.amazonaws.com/PutBucketPolicy");
      assertThat(await("#event-name").getText()).isEqualTo("PutBucketPolicy");
      screenshot("static-event-s3-PutBucketPolicy");

      WebElement search = driver.findElement(By.id("search"));
      search.sendKeys("AssumeRole");
      await("#search-results a.hit").click();
      waitForRoute("event/sts.amazonaws.com/AssumeRole");
      assertThat(await("#event-name").getText()).isEqualTo("AssumeRole");

      open(http.uri() + "#/event/iam.amazonaws.com/CreatePolicy");
      assertThat(await("#event-name").getText()).isEqualTo("CreatePolicy");
    }
  }

  @Test
  void hostileDocumentationRendersInert() throws Exception {
    try (ServeRun hostile = ServeRun.start("--models", "src/test/resources/models/xss")) {
      driver.get(hostile.uri().resolve("event/xss.amazonaws.com/PutPayload").toString());
      wait.until(d -> "true".equals(body().getAttribute("data-ready")));
      await("#event-name");
      driver.findElement(By.cssSelector("li[data-path='requestParameters.body'] button.doc-toggle")).click();
      driver.findElement(By.cssSelector("li[data-path='requestParameters.mode'] button.doc-toggle")).click();
      for (WebElement a : driver.findElements(By.cssSelector("#main a"))) {
        String href = String.valueOf(a.getAttribute("href")).toLowerCase(java.util.Locale.ROOT);
        if (href.contains("javascript")) {
          throw new AssertionError("javascript: link survived: " + href);
        }
      }
      for (WebElement a : driver.findElements(By.cssSelector(".description a"))) {
        a.click(); // a javascript: link would run here; the real one opens a blank tab
      }
      Object xss = ((JavascriptExecutor) driver).executeScript("return window.__xss || null;");
      assertThat(xss).as("a payload ran").isNull();
      assertThat(driver.findElements(By.cssSelector("#main script, #main img, #main iframe, #main svg")))
          .isEmpty();
      assertThat(driver.findElement(By.cssSelector(".description")).getText())
          .contains("A javascript: link", "a real one");
      assertThat(driver.findElement(By.id("main")).getText())
          .contains("<img src=x onerror=window.__xss='enum'>");
      try {
        driver.switchTo().alert();
        throw new AssertionError("an alert opened");
      } catch (NoAlertPresentException expected) {
        // inert
      }
      screenshot("xss-inert");
    }
  }
}
