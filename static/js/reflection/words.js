/* WeerbaarReflectionWords: the word rule of weerbaarxblock/reflection/rules/words.py, the same expression
 * (tests/js/reflection_words.test.js and a browser test hold the two together). Pure: no page needed. */
(function (global) {
  "use strict";

  var IDEOGRAPH = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3ffff}";
  var LETTER = "(?:(?![" + IDEOGRAPH + "])[\\p{L}\\p{N}])";
  var JOINER = "['\\u2019\\u02bc\\-\\u2010\\u2011\\u200c\\u200d]";
  /* One expression for the whole rule, as the server's: an ideograph, or a word with its marks, the apostrophes
   * and hyphens between its letters (zo'n, ex-partner) and the points and commas between its digits (3,5). */
  var WORD = new RegExp("[" + IDEOGRAPH + "]|" + LETTER + "(?:" + LETTER + "|\\p{M}|" + JOINER + "(?=" + LETTER +
    ")|(?<=\\p{Nd})[.,](?=\\p{Nd}))*", "gu");
  var BLANK = new RegExp("^[\\s\\p{Cf}\\p{Cc}\\p{Zs}]*$", "u");

  function count(text) {
    var found = String(text).match(WORD);
    return found ? found.length : 0;
  }

  /** Nothing visible: spaces, line breaks, invisible formatting characters. */
  function isBlank(text) { return BLANK.test(text); }

  /** Counted in code points, as the server does: an emoji is one character. */
  function characters(text) { return Array.from(text).length; }

  var WeerbaarReflectionWords = { count: count, isBlank: isBlank, characters: characters };
  global.WeerbaarReflectionWords = WeerbaarReflectionWords;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarReflectionWords; }
})(typeof window !== "undefined" ? window : globalThis);
