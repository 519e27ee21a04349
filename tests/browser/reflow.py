"""WCAG 1.4.10 Reflow: at 320 CSS px wide nothing may need horizontal scrolling.

``overflowing(page, selector)`` lists the elements inside ``selector`` whose right edge passes the viewport
(elements inside their own horizontal scroll box, such as a wide table's wrapper, are allowed) and says
whether the page as a whole scrolls sideways.
"""
WIDTH = 320

FIND_JS = """(selector) => {
  const limit = document.documentElement.clientWidth;
  const scrollsItself = (element) => {
    for (let box = element.parentElement; box; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowX;
      if (overflow === "auto" || overflow === "scroll") { return box.getBoundingClientRect().right <= limit + 1; }
    }
    return false;
  };
  const found = [];
  for (const root of document.querySelectorAll(selector)) {
    for (const element of [root, ...root.querySelectorAll("*")]) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 1 && !scrollsItself(element)) {
        const name = element.tagName.toLowerCase() + (element.className ? "." + String(element.className) : "");
        found.push(name + " reaches " + Math.round(box.right) + " px");
      }
    }
  }
  const page = document.documentElement.scrollWidth > limit + 1 ? ["the page scrolls sideways"] : [];
  return page.concat(found.slice(0, 12));
}"""


def overflowing(page, selector):
    """What passes a 320 px viewport inside ``selector``; [] when the view reflows. Resizes ``page``."""
    page.set_viewport_size({"width": WIDTH, "height": 800})
    page.wait_for_timeout(100)  # one layout after the resize
    return page.evaluate(FIND_JS, selector)
