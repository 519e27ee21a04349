/* Netwerkkaart instructor view (course staff only): the class overlay — one map where each actor's size and
 * each relation's width shows how many learners included it, with a table of the same numbers — each
 * learner's submitted map read-only with its comparison, and CSV/JSON exports. */
(function (global) {
  "use strict";
  var C = global.WeerbaarCommon, el = C.el, fmt = C.fmt;
  var gettext = WeerbaarCommon.t, ngettext = WeerbaarCommon.nt;

  function percent(value) { return value === null || value === undefined ? "—" : Math.round(value * 100) + "%"; }
  function yesNo(value) { return value ? gettext("yes") : gettext("no"); }

  function table(caption, head, rows) {
    return el("table", { className: "wb-net-table" }, [
      el("caption", { text: caption }),
      el("thead", {}, [el("tr", {}, head.map(function (text) { return el("th", { scope: "col", text: text }); }))]),
      el("tbody", {}, rows.map(function (cells) {
        return el("tr", {}, cells.map(function (cell, i) { return el(i ? "td" : "th", i ? { text: String(cell) } : { scope: "row", text: String(cell) }); }));
      }))
    ]);
  }

  function WeerbaarNetworkStaff(runtime, element, root) {
    var body = root.querySelector("[data-staff-body]");
    var announce = function (text) { C.announce(root, text); };

    function overlayPart(data) {
      var overlay = data.overlay, config = data.config, learners = Math.max(1, overlay.learners);
      var labels = {};
      overlay.actors.forEach(function (actor) { labels[actor.key] = actor.label; });
      var map = {
        actors: overlay.actors.map(function (actor) {
          return { id: actor.key, label: actor.label, type: actor.type, ring: actor.ring, sector: null, x: actor.x, y: actor.y, count: actor.count };
        }),
        relations: overlay.relations.map(function (relation, i) {
          return { id: "o" + i, source: relation.source, target: relation.target, type: relation.type, direction: "none", strength: "normal", count: relation.count };
        })
      };
      var part = el("div", { className: "wb-net-staff-part" }, [
        el("h4", { text: gettext("Class overlay") }),
        el("p", { text: fmt(ngettext("{count} learner has submitted a map.", "{count} learners have submitted a map.", overlay.learners), { count: overlay.learners }) }),
        el("p", { className: "wb-muted", text: gettext("The size of an actor and the width of a line show how many learners included it.") })
      ]);
      var host = el("div", { className: "wb-net-canvas" });
      part.appendChild(host);
      body.appendChild(part);
      var model = new global.WeerbaarNetworkModel(config, map, { readOnly: true });
      new global.WeerbaarNetworkCanvas(host, model, {
        readOnly: true,
        label: gettext("Class overlay of all submitted maps. The tables below give the numbers."),
        scaleOf: function (actor) { return 0.6 + 1.1 * Math.sqrt(actor.count / learners); },
        widthOf: function (relation) { return 1 + 9 * relation.count / learners; },
        suffix: function (actor) { return " (" + actor.count + ")"; }
      });
      var types = {};
      config.relation_types.forEach(function (kind) { types[kind.id] = kind.label; });
      part.appendChild(table(gettext("Actors in the class overlay"), [gettext("Actor"), gettext("Learners"), gettext("On the experts' map")],
        overlay.actors.map(function (actor) { return [actor.label, actor.count, yesNo(actor.in_reference)]; })));
      part.appendChild(table(gettext("Relations in the class overlay"), [gettext("From"), gettext("To"), gettext("Type"), gettext("Learners"), gettext("On the experts' map")],
        overlay.relations.map(function (relation) {
          return [labels[relation.source] || relation.source, labels[relation.target] || relation.target, types[relation.type] || relation.type, relation.count, yesNo(relation.in_reference)];
        })));
    }

    function learnersPart(data) {
      var part = el("div", { className: "wb-net-staff-part" }, [el("h4", { text: gettext("Learners' maps") })]);
      var exports = el("p", { className: "wb-net-export" }, [
        el("a", { className: "wb-button wb-secondary", href: runtime.handlerUrl(element, "export", "", "format=csv"), text: gettext("Download all maps (CSV)") }),
        el("a", { className: "wb-button wb-secondary", href: runtime.handlerUrl(element, "export", "", "format=json"), text: gettext("Download all maps (JSON)") })
      ]);
      part.appendChild(exports);
      if (!data.learners.length) {
        part.appendChild(el("p", { className: "wb-muted", text: gettext("No learner has submitted a map yet.") }));
        body.appendChild(part);
        return;
      }
      var head = [gettext("Learner"), gettext("Submitted"), gettext("Actors"), gettext("Relations"), gettext("Key actors found"), gettext("Relations as the experts drew them")]
        .concat(data.graded ? [gettext("Score")] : [], [gettext("Map")]);
      var rows = data.learners.map(function (learner) {
        var summary = learner.summary;
        var button = el("button", { type: "button", className: "wb-button wb-secondary wb-net-small", text: gettext("Show map"),
          "aria-label": fmt(gettext("Show the map of {name}"), { name: learner.name }), onclick: function () { showLearner(learner, data.config); } });
        var cells = [el("th", { scope: "row", className: "wb-user-text", text: learner.name }), el("td", { text: C.formatDate(learner.submitted_at) }),
          el("td", { text: String(learner.actors) }), el("td", { text: String(learner.relations) }),
          el("td", { text: fmt(gettext("{found} of {total}"), { found: summary.actors_matched, total: summary.actors_matched + summary.actors_missing }) }),
          el("td", { text: String(summary.relations_correct) })];
        if (data.graded) { cells.push(el("td", { text: percent(summary.score) })); }
        cells.push(el("td", {}, [button]));
        return el("tr", {}, cells);
      });
      part.appendChild(el("table", { className: "wb-net-table" }, [el("caption", { text: gettext("Submitted maps") }),
        el("thead", {}, [el("tr", {}, head.map(function (text) { return el("th", { scope: "col", text: text }); }))]), el("tbody", {}, rows)]));
      detail = el("section", { className: "wb-net-staff-detail", tabindex: "-1", hidden: true, "aria-label": gettext("Learner's map") });
      part.appendChild(detail);
      body.appendChild(part);
    }

    var detail = null;
    function showLearner(learner, config) {
      C.post(runtime, element, "staff_learner_map", { learner_id: learner.learner_id }).then(function (result) {
        if (!result.ok) { announce(result.data.error); return; }
        detail.textContent = "";
        var data = result.data, host = el("div", { className: "wb-net-canvas" }), tableHost = el("div", {}), feedbackHost = el("div", {});
        detail.appendChild(el("h5", { className: "wb-user-text", text: fmt(gettext("Map of {name}"), { name: data.name }) }));
        detail.appendChild(host);
        detail.appendChild(tableHost);
        detail.appendChild(el("h5", { text: gettext("Compared with the experts' map") }));
        detail.appendChild(feedbackHost);
        detail.hidden = false;
        var model = new global.WeerbaarNetworkModel(config, data.map, { readOnly: true });
        new global.WeerbaarNetworkCanvas(host, model, { readOnly: true, label: fmt(gettext("Map of {name}. The table below lists it."), { name: data.name }) });
        new global.WeerbaarNetworkTable(tableHost, model, { readOnly: true });
        global.WeerbaarNetworkFeedback(feedbackHost, data.feedback, config, 6);
        detail.focus();
      });
    }

    function load() {
      C.post(runtime, element, "staff_overview", {}).then(function (result) {
        body.textContent = "";
        if (!result.ok) { body.appendChild(el("p", { className: "wb-error", text: result.data.error })); return; }
        overlayPart(result.data);
        learnersPart(result.data);
        body.appendChild(el("button", { type: "button", className: "wb-button wb-secondary", text: gettext("Refresh the instructor view"), onclick: load }));
      });
    }
    load();
  }

  global.WeerbaarNetworkStaff = WeerbaarNetworkStaff;
})(window);
