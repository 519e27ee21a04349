/* WeerbaarReflectionWords: the word rule of weerbaarxblock/reflection/rules/words.py, character for character
 * (tests/js/reflection_words.test.js and a browser test hold the two together). Pure: no page needed. */
(function (global) {
  "use strict";

  var WORD_CHARACTER = new RegExp("^[\\p{L}\\p{N}]$", "u"), COMBINING_MARK = new RegExp("^\\p{M}$", "u");
  var DIGIT = new RegExp("^\\p{Nd}$", "u"), BLANK = new RegExp("^[\\s\\p{Cf}\\p{Cc}\\p{Zs}]*$", "u");
  var APOSTROPHES_AND_HYPHENS = "'\u2019\u02bc-\u2010\u2011\u200c\u200d";
  var IDEOGRAPH_RANGES = [[0x3040, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x3ffff]];

  /** "word", "mark", "ideograph" or "separator". */
  function kind(character) {
    var code = character.codePointAt(0);
    for (var i = 0; i < IDEOGRAPH_RANGES.length; i += 1) {
      if (code >= IDEOGRAPH_RANGES[i][0] && code <= IDEOGRAPH_RANGES[i][1]) { return "ideograph"; }
    }
    if (WORD_CHARACTER.test(character)) { return "word"; }
    return COMBINING_MARK.test(character) ? "mark" : "separator";
  }

  /** Whether the separator at index keeps the word going: zo'n, ex-partner, 3,5, 1.000. */
  function joins(characters, index) {
    var next = characters[index + 1];
    if (next === undefined || kind(next) !== "word") { return false; }
    var character = characters[index];
    if (APOSTROPHES_AND_HYPHENS.indexOf(character) >= 0) { return true; }
    var betweenDigits = DIGIT.test(characters[index - 1] || "") && DIGIT.test(next);
    return (character === "." || character === ",") && betweenDigits;
  }

  function count(text) {
    var characters = Array.from(text), words = 0, inWord = false;
    for (var i = 0; i < characters.length; i += 1) {
      var found = kind(characters[i]);
      if (found === "ideograph") { words += 1; inWord = false; }
      else if (found === "word") { if (!inWord) { words += 1; inWord = true; } }
      else if (found === "separator" && !(inWord && joins(characters, i))) { inWord = false; }
    }
    return words;
  }

  /** Nothing visible: spaces, line breaks, invisible formatting characters. */
  function isBlank(text) { return BLANK.test(text); }

  /** Counted in code points, as the server does: an emoji is one character. */
  function characters(text) { return Array.from(text).length; }

  var WeerbaarReflectionWords = { count: count, isBlank: isBlank, characters: characters };
  global.WeerbaarReflectionWords = WeerbaarReflectionWords;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarReflectionWords; }
})(typeof window !== "undefined" ? window : globalThis);
