/* WeerbaarDom: the block's root element, element creation with text only (never HTML from data), the JSON
 * islands of the templates, and dates and times in the page's language. */
(function (global) {
  "use strict";

  /** The runtime hands us a jQuery object in the LMS and Studio, a plain element in the workbench. */
  function rootOf(element) {
    return element && element.jquery ? element[0] : element;
  }

  function setAttribute(node, key, value) {
    if (value === null || value === undefined || value === false) { return; }
    if (key === "text") { node.textContent = value; }
    else if (key === "className") { node.className = value; }
    else if (key.slice(0, 2) === "on") { node.addEventListener(key.slice(2), value); }
    else { node.setAttribute(key, value === true ? "" : value); }
  }

  function create(tag, attrs, children) {
    var node = global.document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { setAttribute(node, key, attrs[key]); });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? global.document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function readJson(root, selector) {
    var node = root.querySelector(selector);
    return node ? JSON.parse(node.textContent) : null;
  }

  function language() {
    return global.document.documentElement.lang || "nl";
  }

  function formatTime(iso) {
    if (!iso) { return ""; }
    return new Date(iso).toLocaleTimeString(language(), { hour: "2-digit", minute: "2-digit" });
  }

  function formatDate(iso) {
    if (!iso) { return ""; }
    return new Date(iso).toLocaleString(language(), { dateStyle: "medium", timeStyle: "short" });
  }

  var WeerbaarDom = {
    rootOf: rootOf, create: create, readJson: readJson, formatTime: formatTime, formatDate: formatDate
  };
  global.WeerbaarDom = WeerbaarDom;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarDom; }
})(typeof window !== "undefined" ? window : globalThis);
