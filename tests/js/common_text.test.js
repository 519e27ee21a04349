// WeerbaarText: placeholders and the English fallback when no catalog is loaded.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const text = require("../../static/js/common/text.js");

test("format fills every named placeholder, each as often as it appears", () => {
  assert.strictEqual(text.format("{count} of {max}, {count}!", { count: 3, max: 5 }), "3 of 5, 3!");
});

test("format leaves unknown placeholders and other braces alone", () => {
  assert.strictEqual(text.format("{known} {unknown} {}", { known: "ja" }), "ja {unknown} {}");
  assert.strictEqual(text.format("no values", undefined), "no values");
});

test("format inserts values as plain text, not as patterns", () => {
  assert.strictEqual(text.format("{name}", { name: "$& {name}" }), "$& {name}");
});

test("without a catalog the msgids are English", () => {
  assert.strictEqual(text.gettext("Saved."), "Saved.");
  assert.strictEqual(text.ngettext("{count} word", "{count} words", 1), "{count} word");
  assert.strictEqual(text.ngettext("{count} word", "{count} words", 2), "{count} words");
});

test("with a catalog its translations are used", () => {
  globalThis.WeerbaarI18n = {
    gettext: (msgid) => "NL " + msgid,
    ngettext: (singular, plural, count) => (count === 1 ? "een" : "veel"),
  };
  try {
    assert.strictEqual(text.gettext("Saved."), "NL Saved.");
    assert.strictEqual(text.ngettext("a", "b", 4), "veel");
  } finally {
    delete globalThis.WeerbaarI18n;
  }
});
