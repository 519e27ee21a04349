/* WeerbaarText: translation of msgids with the package's JS catalog (window.WeerbaarI18n), English when no
 * catalog is loaded, and "{name}" placeholders filled as Python's str.format does for our msgids. */
(function (global) {
  "use strict";

  function catalog() {
    var i18n = global.WeerbaarI18n;
    return i18n && typeof i18n.gettext === "function" ? i18n : null;
  }

  function gettext(msgid) {
    var found = catalog();
    return found ? found.gettext(msgid) : msgid;
  }

  function ngettext(singular, plural, count) {
    var found = catalog();
    if (found && typeof found.ngettext === "function") { return found.ngettext(singular, plural, count); }
    return count === 1 ? singular : plural;
  }

  function format(text, values) {
    return Object.keys(values || {}).reduce(function (result, key) {
      return result.split("{" + key + "}").join(String(values[key]));
    }, text);
  }

  var WeerbaarText = { gettext: gettext, ngettext: ngettext, format: format };
  global.WeerbaarText = WeerbaarText;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarText; }
})(typeof window !== "undefined" ? window : globalThis);
