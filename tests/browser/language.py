"""Is what a block shows Dutch? Finds English msgids of the package's catalogs shown as they are.

Every text node and labelling attribute inside the block is compared whole with
the English msgids that have a different Dutch translation: a match is a string
that reached the page untranslated (a missing ``{% trans %}``, ``gettext`` or
catalog).
"""
from functools import lru_cache
from pathlib import Path

import polib

REPO = Path(__file__).resolve().parents[2]
CATALOGS = [REPO / "translations/nl/LC_MESSAGES/text.po", REPO / "translations/nl/LC_MESSAGES/textjs.po"]

SHOWN_TEXTS_JS = """(selector) => {
  const texts = [];
  const attributes = ["aria-label", "aria-description", "placeholder", "title", "alt"];
  const clean = (text) => (text || "").replace(/\\s+/g, " ").trim();
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest("script, style, template")) { texts.push(clean(node.nodeValue)); }
    }
    for (const element of [root, ...root.querySelectorAll("*")]) {
      for (const name of attributes) {
        if (element.hasAttribute(name)) { texts.push(clean(element.getAttribute(name))); }
      }
      if (element.matches("input[type=submit], input[type=button]")) { texts.push(clean(element.value)); }
    }
  }
  return texts.filter(Boolean);
}"""


@lru_cache(maxsize=1)
def english_msgids():
    """Plain msgids (no placeholders, no plurals) whose Dutch translation differs from the English."""
    found = set()
    for path in CATALOGS:
        for entry in polib.pofile(str(path)):
            if entry.msgid_plural or not entry.msgstr or entry.msgstr == entry.msgid:
                continue
            if "{" in entry.msgid or "%(" in entry.msgid:
                continue
            found.add(" ".join(entry.msgid.split()))
    return frozenset(found)


def shown_texts(page, selector):
    return page.evaluate(SHOWN_TEXTS_JS, selector)


def untranslated(page, selector):
    """The English msgids shown as is inside ``selector`` (empty when everything is Dutch)."""
    msgids = english_msgids()
    return sorted({text for text in shown_texts(page, selector) if text in msgids})
