/* WeerbaarLiveRegion: say something to screen-reader users through the block's [data-live] element. */
(function (global) {
  "use strict";

  function announce(root, text) {
    var region = root.querySelector("[data-live]");
    if (!region) { return; }
    region.textContent = "";
    // emptied first and refilled a moment later, so the same text twice is announced twice
    global.setTimeout(function () { region.textContent = text; }, 30);
  }

  var WeerbaarLiveRegion = { announce: announce };
  global.WeerbaarLiveRegion = WeerbaarLiveRegion;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarLiveRegion; }
})(typeof window !== "undefined" ? window : globalThis);
