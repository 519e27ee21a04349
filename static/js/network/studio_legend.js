/* Netwerkkaart Studio editor: the legend of the experts' map, rebuilt when the types change (the learner view
 * renders its legend on the server). Same shapes, colours and line styles as the canvas. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkLegend) { return; }

  function create(tag, attrs, children) { return global.WeerbaarDom.create(tag, attrs, children); }
  function picture(width, height) {
    var node = document.createElementNS(global.WeerbaarNetworkDrawing.NS, "svg");
    [["width", width], ["height", height], ["viewBox", "0 0 " + width + " " + height], ["aria-hidden", "true"],
      ["focusable", "false"]].forEach(function (pair) { node.setAttribute(pair[0], pair[1]); });
    return node;
  }
  function line(color, dash, width) {
    var node = picture(54, 16);
    global.WeerbaarNetworkDrawing.svg("line", { x1: 6, y1: 8, x2: 48, y2: 8, stroke: color, "stroke-width": width,
      "stroke-dasharray": dash || null }, node);
    return node;
  }

  function render(host, config) {
    var Drawing = global.WeerbaarNetworkDrawing, Model = global.WeerbaarNetworkModel;
    var list = create("ul", { className: "wb-net-legend-list" });
    function item(image, label) { list.appendChild(create("li", {}, [image, create("span", { text: label })])); }
    config.actor_types.forEach(function (kind) {
      var node = picture(26, 26);
      Drawing.shape(kind.shape, 8, { fill: kind.color, transform: "translate(13,13)" }, node);
      item(node, kind.label);
    });
    config.relation_types.forEach(function (kind) {
      item(line(kind.color, Drawing.DASHES[kind.line], 3), kind.label);
    });
    ["weak", "normal", "strong"].forEach(function (code) {
      item(line("#444444", null, Drawing.WIDTHS[code]), Model.strengthLabel(code));
    });
    host.textContent = "";
    host.appendChild(create("p", { className: "wb-label", text: global.WeerbaarText.gettext("Legend") }));
    host.appendChild(list);
  }

  global.WeerbaarNetworkLegend = render;
})(window);
