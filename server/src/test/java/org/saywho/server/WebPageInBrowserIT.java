package org.saywho.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /} in a real browser (Selenium with Debian's chromium and chromium-driver, which
 * .ci/run installs): an article typed in and submitted comes back with every quote highlighted and
 * its speakers listed. Saves {@code target/server-page.png}.
 */
class WebPageInBrowserIT {

  @Test
  void typedArticle_isReported_everyQuoteHighlighted_speakersListed() throws Exception {
    try (SayWhoServer server = SayWhoServer.builder().port(0).build().start()) {
      String base = "http://127.0.0.1:" + server.port();
      JsonNode expected = new ObjectMapper().readTree(
          SayWhoServerIT.post(base, "/v1/extract", "text/plain", SayWhoServerIT.ARTICLE).body());
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
      WebDriver browser = new ChromeDriver(service, options);
      try {
        browser.get(base + "/");
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys(SayWhoServerIT.ARTICLE);
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
            .until(d -> d.findElement(By.id("status")).getText().equals("Done."));
        browser.switchTo().frame(browser.findElement(By.id("report")));
        String highlighted = new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> d.findElement(By.tagName("body")).getAttribute("data-highlighted"));
        assertThat(Integer.parseInt(highlighted)).isEqualTo(expected.get("quotes").size()).isPositive();
        String page = browser.findElement(By.tagName("body")).getText();
        List<String> speakers = new ArrayList<>();
        expected.get("speakers").forEach(s -> speakers.add(s.get("name").asText()));
        assertThat(speakers).isNotEmpty().allSatisfy(name -> assertThat(page).contains(name));
        browser.switchTo().defaultContent();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/server-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }
}
