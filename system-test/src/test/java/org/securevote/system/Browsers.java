package org.securevote.system;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its ChromeDriver; nothing is downloaded. */
final class Browsers {
  private Browsers() {}

  static WebDriver chromium() {
    return chromium(null);
  }

  /** As {@link #chromium()}, saving downloads into the given directory without asking. */
  static WebDriver chromium(java.nio.file.Path downloads) {
    ChromeOptions options = new ChromeOptions();
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
    }
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        // The test domain's certificate is Payara's self-signed one.
        "--ignore-certificate-errors");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * A wait that retries through a page replaced under it. After a form post, ChromeDriver may
   * answer a lookup on the old document with "unknown error: Node with given id does not belong to
   * the document" instead of a stale-element error; both only mean "ask again".
   */
  static WebDriverWait waitFor(WebDriver browser, Duration timeout) {
    WebDriverWait wait = new WebDriverWait(browser, timeout);
    // A real failure still ends the wait: it times out with the last error as its cause.
    wait.ignoring(WebDriverException.class);
    return wait;
  }
}
