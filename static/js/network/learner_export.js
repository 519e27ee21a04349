/* Netwerkkaart learner view: exports and printing (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkExport) { return; }

  function download(name, blob) {
    var link = global.WeerbaarDom.create("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(link);
    link.click();
    global.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  function mapJson(model, caseLabel) {
    var data = model.toJSON();
    data.actors.forEach(function (actor) {
      actor.type_label = model.typeLabel(actor.type);
      actor.ring_label = model.ringLabel(actor.ring);
      actor.sector_label = model.sectorLabel(actor.sector);
    });
    data.relations.forEach(function (relation) { relation.type_label = model.relationTypeLabel(relation.type); });
    data.case = caseLabel;
    return new Blob([JSON.stringify(data, null, 1)], { type: "application/json" });
  }

  /** view: {model(), canvas(), caseLabel, announce(text)}; wires [data-export=png|svg|json] and [data-print]. */
  function wire(root, view) {
    root.querySelectorAll("[data-export]").forEach(function (button) {
      button.addEventListener("click", function () {
        var kind = button.getAttribute("data-export");
        if (kind === "json") { download("netwerkkaart.json", mapJson(view.model(), view.caseLabel)); }
        else if (kind === "svg") {
          download("netwerkkaart.svg", new Blob([view.canvas().exportSvg()], { type: "image/svg+xml" }));
        } else {
          view.canvas().exportPng(function (blob) { if (blob) { download("netwerkkaart.png", blob); } });
        }
        view.announce(global.WeerbaarText.gettext("The download has started."));
      });
    });
    root.querySelector("[data-print]").addEventListener("click", function () { global.print(); });
  }

  global.WeerbaarNetworkExport = { wire: wire };
})(window);
