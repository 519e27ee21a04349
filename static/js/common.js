/* Shared front-end helpers of the weerbaar blocks: translation, server calls, announcements.
 * Plain modern JS, no build step. Text from users is always inserted with textContent. */
(function (global) {
  "use strict";
  if (global.WeerbaarCommon) { return; }

  function catalog() {
    return global.WeerbaarI18n && typeof global.WeerbaarI18n.gettext === "function" ? global.WeerbaarI18n : null;
  }

  /** Translate a msgid with the package's JS catalog; English when no catalog is loaded. */
  function gettext(msgid) {
    var c = catalog();
    return c ? c.gettext(msgid) : msgid;
  }

  function nt(singular, plural, count) {
    var c = catalog();
    if (c && typeof c.ngettext === "function") { return c.ngettext(singular, plural, count); }
    return count === 1 ? singular : plural;
  }

  /** Fill "{name}" placeholders, as Python's str.format does for our msgids. */
  function fmt(text, values) {
    return Object.keys(values).reduce(function (result, key) {
      return result.split("{" + key + "}").join(String(values[key]));
    }, text);
  }

  function csrfToken() {
    var pairs = document.cookie ? document.cookie.split(";") : [];
    for (var i = 0; i < pairs.length; i += 1) {
      var pair = pairs[i].trim();
      if (pair.indexOf("csrftoken=") === 0) { return decodeURIComponent(pair.slice(10)); }
    }
    return "";
  }

  /** POST JSON to a block handler. Resolves to {ok, status, data}; never rejects on HTTP errors.
   * options.keepalive: let the request outlive the page (saving on pagehide). */
  function post(runtime, element, handler, payload, options) {
    var url = runtime.handlerUrl(element, handler);
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: Boolean(options && options.keepalive),
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest" },
      body: JSON.stringify(payload || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok && !data.error) { data.error = gettext("The server could not handle the request. Please try again."); }
        return { ok: response.ok, status: response.status, data: data };
      });
    }, function () {
      return { ok: false, status: 0, data: { error: gettext("No connection to the server. Your work is kept in this browser; we will try again.") } };
    });
  }

  /** Say something to screen-reader users through the block's live region. */
  function announce(root, text) {
    var region = root.querySelector("[data-live]");
    if (!region) { return; }
    region.textContent = "";
    global.setTimeout(function () { region.textContent = text; }, 30);
  }

  /** Studio's runtime has notify(); the workbench's has not. */
  function notify(runtime, name, data) {
    if (runtime && typeof runtime.notify === "function") { runtime.notify(name, data || {}); }
  }

  /** Element creation with text only (never HTML from data). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) { return; }
      if (key === "text") { node.textContent = value; }
      else if (key === "className") { node.className = value; }
      else if (key.slice(0, 2) === "on") { node.addEventListener(key.slice(2), value); }
      else { node.setAttribute(key, value === true ? "" : value); }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function readJson(root, selector) {
    var node = root.querySelector(selector);
    return node ? JSON.parse(node.textContent) : null;
  }

  function formatTime(iso) {
    if (!iso) { return ""; }
    var date = new Date(iso);
    return date.toLocaleTimeString(document.documentElement.lang || "nl", { hour: "2-digit", minute: "2-digit" });
  }

  function formatDate(iso) {
    if (!iso) { return ""; }
    var date = new Date(iso);
    return date.toLocaleString(document.documentElement.lang || "nl", { dateStyle: "medium", timeStyle: "short" });
  }

  global.WeerbaarCommon = {
    t: gettext, nt: nt, fmt: fmt, post: post, announce: announce, notify: notify, el: el,
    readJson: readJson, formatTime: formatTime, formatDate: formatDate
  };
})(window);
