#!/usr/bin/env python3
"""Opens a personal page (argv[1]) in headless Chromium through Selenium and Debian's chromedriver,
chooses a status in the first activity's form (argv[2], the option's value), types a text (argv[3]),
submits the form with its button and prints, as JSON, what the browser then shows: the address, the
confirmation (role=status), the page's language and whether the fields have labels. samplan's Swift
suite checks these."""
import json
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait


def main():
    url, status, text = sys.argv[1], sys.argv[2], sys.argv[3]
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,844"]:
        options.add_argument(argument)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp(prefix="samplan-selenium-"))
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    try:
        driver.get(url)
        form = driver.find_element(By.CSS_SELECTOR, "section.activity form")
        select = form.find_element(By.NAME, "status")
        area = form.find_element(By.NAME, "text")
        labelled = all(
            driver.find_elements(By.CSS_SELECTOR, "label[for='%s']" % field.get_attribute("id")) for field in (select, area)
        )
        Select(select).select_by_value(status)
        area.send_keys(text)
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        try:
            notice = WebDriverWait(driver, 30).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "[role=status]")))
        except Exception:
            sys.stderr.write("after submitting, at %s:\n%s\n" % (driver.current_url, driver.page_source[:3000]))
            raise
        print(json.dumps({
            "url": driver.current_url,
            "notice": notice.text,
            "lang": driver.find_element(By.TAG_NAME, "html").get_attribute("lang"),
            "labelled": labelled,
            "scripts": len(driver.find_elements(By.TAG_NAME, "script")),
            "page": driver.find_element(By.TAG_NAME, "main").text,
        }, ensure_ascii=False))
    finally:
        driver.quit()


main()
