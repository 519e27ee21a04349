/* Netwerkkaart: the comparison with the experts' map (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkFeedback) { return; }
  var create = function (tag, attrs, children) { return global.WeerbaarDom.create(tag, attrs, children); };

  function summaryTable(summary) {
    var head = summary.head.map(function (text, column) {
      return column ? create("th", { scope: "col", text: text }) : create("td", {});
    });
    var rows = summary.rows.map(function (row) {
      return create("tr", {}, row.map(function (text, column) {
        return column ? create("td", { text: text }) : create("th", { scope: "row", text: text });
      }));
    });
    return create("table", { className: "wb-net-summary" }, [
      create("caption", { text: summary.caption }), create("thead", {}, [create("tr", {}, head)]),
      create("tbody", {}, rows)
    ]);
  }

  function section(part, heading) {
    var items = part.items.map(function (item) {
      return create("li", {}, [create("span", { className: "wb-user-text wb-net-feedback-what", text: item.what }),
        item.why ? create("span", { className: "wb-user-text wb-net-explanation", text: item.why }) : null]);
    });
    return create("div", { className: "wb-net-feedback-part" }, [create(heading, { text: part.title }),
      create("ul", { className: "wb-net-feedback-list" }, items)]);
  }

  /** feedback: {view, reference_map}; headingLevel: the level of the parts' headings (4 by default). */
  function render(host, feedback, config, headingLevel) {
    var heading = "h" + (headingLevel || 4), view = feedback.view, map = feedback.reference_map;
    host.textContent = "";
    if (view.score) { host.appendChild(create("p", { className: "wb-net-score", text: view.score })); }
    host.appendChild(summaryTable(view.summary));
    if (view.note) { host.appendChild(create("p", { className: "wb-muted", text: view.note })); }
    view.sections.forEach(function (part) { host.appendChild(section(part, heading)); });
    if (!map || !map.actors.length) { return; }
    var canvasHost = create("div", { className: "wb-net-canvas wb-net-canvas-small" });
    host.appendChild(create("div", { className: "wb-net-feedback-part" },
      [create(heading, { text: view.map_title }), canvasHost]));
    var model = new global.WeerbaarNetworkModel(config, map, { readOnly: true });
    new global.WeerbaarNetworkCanvas(canvasHost, model, { readOnly: true, label: view.map_label });
  }

  global.WeerbaarNetworkFeedback = render;
})(window);
