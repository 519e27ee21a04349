// The reflection's word counter agrees with weerbaarxblock/reflection/rules/words.py
// (cases from tests/reflection/test_words.py).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const words = require("../../static/js/reflection/words.js");

const CASES = [
  ["", 0],
  ["   \n\n\t ", 0],
  ["Ik werk in de wijk.", 5],
  ["zo'n ex-partner uit Noord-Holland", 4],
  ["zo\u2019n collega", 2],
  ["streng -- liefhebben", 2],
  ["3,5 uur en 1.000 euro", 5],
  ["einde.Begin", 2],
  ["Goed gedaan! \u{1F44D}\u{1F3FD} Echt \u{1F389}\u{1F389}", 3],
  ["\u2764\ufe0f", 0],
  ["\u{1F468}\u200d\u{1F469}\u200d\u{1F467} gezin", 1],
  ["\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", 2],
  ["\u200f\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645\u200f", 2],
  ["\u0643\u064e\u062a\u064e\u0628\u064e \u0627\u0644\u0637\u0627\u0644\u0628\u064f", 2],
  ["e\u0301e\u0301n woord", 2],
  ["\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e", 2],
  ["\u793e\u4f1a\u9886\u57df", 4],
  ["Top 600-aanpak", 2],
  ["regel1\nregel2\n\nregel3", 3],
  ["<script>alert(1)</script>", 4],
  ["a_b", 2],
  ["a-\u0301b", 2],
  ["3.5.7", 1],
  ["e\u0301-mail", 1],
  ["\u0301\u0301 woord", 1],
];

for (const [text, expected] of CASES) {
  test(`counts ${JSON.stringify(text)} as ${expected} words`, () => {
    assert.strictEqual(words.count(text), expected);
  });
}

test("blank means nothing visible", () => {
  assert.ok(words.isBlank(""));
  assert.ok(words.isBlank(" \n\t\u200f\u200b\ufeff\u00a0"));
  assert.ok(!words.isBlank(" . "));
  assert.ok(!words.isBlank("\u{1F642}"));
});

test("characters are code points, not UTF-16 units", () => {
  assert.strictEqual(words.characters("\u{1F642}\u{1F642}"), 2);
  assert.strictEqual(words.characters("\u05e9\u05dc\u05d5\u05dd"), 4);
});
