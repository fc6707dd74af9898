package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person signing in through the real form in headless Chromium (Debian's chromium). */
class SignInBrowserIT {
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium();
    wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void adminSignsInThroughTheFormAndReachesAdministration() {
    browser.get(Deployed.url("/admin/").toString());
    fillSignIn(Deployed.adminEmail(), Deployed.adminPassword());

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("whoAmI")));
    assertTrue(browser.getCurrentUrl().endsWith("/admin/"), browser.getCurrentUrl());
    assertEquals("Administration", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("whoAmI")).getText().contains(Deployed.adminEmail()));
    // Styled by the compiled stylesheet: the header has the brand colour, not the default.
    String header = browser.findElement(By.tagName("header")).getCssValue("background-color");
    assertEquals("rgba(15, 44, 87, 1)", header);
  }

  @Test
  void wrongPasswordKeepsThePersonOnTheSignInPageWithAMessage() {
    browser.get(Deployed.url("/public/sign-in.xhtml").toString());
    fillSignIn(Deployed.adminEmail(), "not-the-password");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
    assertEquals(
        "Email or password is not correct.", browser.findElement(By.id("messages")).getText());
  }

  private void fillSignIn(String email, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:email")));
    browser.findElement(By.id("signIn:email")).sendKeys(email);
    browser.findElement(By.id("signIn:password")).sendKeys(password);
    browser.findElement(By.id("signIn:submit")).click();
  }
}
