/* Netwerkkaart: the SVG canvas (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkCanvas) { return; }
  var Drawing = global.WeerbaarNetworkDrawing, Text = global.WeerbaarText, gettext = Text.gettext;
  var SCALE = Drawing.SCALE, RADIUS = Drawing.RADIUS;
  var counter = 0;

  function Canvas(host, model, options) {
    this.host = host;
    this.model = model;
    this.options = options = options || {};
    this.readOnly = !!(options.readOnly || model.readOnly);
    this.uid = "wbnet-canvas-" + (counter += 1);
    this.actorElements = {};
    this.relationElements = {};
    this.offsets = {};
    this.selected = null;
    this.connecting = null;
    this.build();
    this.drawBackground();
    this.drawItems();
    this.fit();
    model.on(this.onChange.bind(this));
  }

  Canvas.prototype = {
    build: function () {
      var options = this.options, svg = Drawing.svg;
      this.message = global.WeerbaarDom.create("p", { className: "wb-net-canvas-message", "aria-hidden": "true" });
      this.svg = svg("svg", {
        "class": "wb-net-svg", xmlns: Drawing.NS, role: this.readOnly ? "img" : "group",
        "aria-label": options.label || gettext("Network map"), "aria-describedby": options.describedBy,
        "font-family": "Arial, Helvetica, sans-serif", viewBox: "-360 -360 720 720"
      });
      if (!this.readOnly) { this.svg.setAttribute("tabindex", "-1"); }
      this.host.appendChild(this.svg);
      this.host.appendChild(this.message);
      this.defs = svg("defs", {}, this.svg);
      this.background = svg("g", {}, this.svg);
      this.relationLayer = svg("g", {}, this.svg);
      this.actorLayer = svg("g", {}, this.svg);
      this.listen();
      if (options.tools) { this.buildTools(options.tools); }
    },
    buildTools: function (host) {
      var self = this;
      function button(label, handler, extra) {
        var node = global.WeerbaarDom.create("button", Object.assign({
          type: "button", className: "wb-button wb-secondary", text: label, onclick: handler
        }, extra || {}));
        host.appendChild(node);
        return node;
      }
      if (!this.readOnly) {
        this.connectButton = button(gettext("Connect two actors"), function () { self.toggleConnect(); },
          { "aria-pressed": "false" });
        button(gettext("Tidy up"), function () { self.model.tidy(); });
      }
      button(gettext("Zoom in"), function () { self.zoom(1.25); });
      button(gettext("Zoom out"), function () { self.zoom(0.8); });
      button(gettext("Fit to screen"), function () { self.fit(); });
    },
    say: function (message, visible) {
      if (visible !== false) { this.message.textContent = message; }
      if (this.options.announce) { this.options.announce(message); }
    },

    drawBackground: function () {
      this.defs.textContent = "";
      this.markers = Drawing.markers(this.defs, this.model.config.relation_types, this.uid);
      Drawing.background(this.background, this.model);
      this.spread = this.model.spread;
    },
    translate: function (actor) {
      var scale = SCALE * this.model.spread;
      return "translate(" + actor.x * scale + "," + actor.y * scale + ")";
    },
    drawItems: function () {
      var focused = document.activeElement, self = this;
      var focusId = focused && focused.getAttribute && this.actorLayer.contains(focused) ?
        focused.getAttribute("data-id") : null;
      this.relationLayer.textContent = this.actorLayer.textContent = "";
      this.actorElements = {};
      this.relationElements = {};
      this.model.actors().forEach(function (actor) { self.actorLayer.appendChild(self.makeActor(actor)); });
      this.drawRelations();
      if (focusId && this.actorElements[focusId]) { this.actorElements[focusId].focus({ preventScroll: true }); }
      if (this.selected) { this.select(this.selected.kind, this.selected.id, true); }
    },
    drawRelations: function () {
      var self = this, groups = {};
      this.relationLayer.textContent = "";
      this.relationElements = {};
      this.model.relations().forEach(function (relation) {
        var key = relation.source < relation.target ? relation.source + "|" + relation.target :
          relation.target + "|" + relation.source;
        (groups[key] = groups[key] || []).push(relation.id);
      });
      Object.keys(groups).forEach(function (key) {  // parallel relations between the same two actors side by side
        var ids = groups[key];
        ids.forEach(function (id, position) { self.offsets[id] = (position - (ids.length - 1) / 2) * 8; });
      });
      this.model.relations().forEach(function (relation) {
        self.relationLayer.appendChild(self.makeRelation(relation));
      });
    },
    describe: function (actor) {
      var model = this.model, count = model.relationsOf(actor.id).length;
      var description = Text.format(Text.ngettext("{label}: {type}, ring {ring}, {count} relation",
        "{label}: {type}, ring {ring}, {count} relations", count),
      { label: actor.label, type: model.typeLabel(actor.type), ring: model.ringLabel(actor.ring), count: count });
      return actor.flags && actor.flags.length ? description + ". " + gettext("Check this actor.") : description;
    },
    radiusOf: function (actor) { return RADIUS * (this.options.scaleOf ? this.options.scaleOf(actor) : 1); },
    makeActor: function (actor) {
      var kind = this.model.actorTypes[actor.type] || { shape: "circle", color: "#555555" };
      var label = global.WeerbaarNetworkGeometry.lines(actor.label, this.options.suffix && this.options.suffix(actor));
      var group = Drawing.actor(actor, kind, this.radiusOf(actor), label);
      group.setAttribute("transform", this.translate(actor));
      if (!this.readOnly) {
        group.setAttribute("tabindex", "0");
        group.setAttribute("role", "button");
        group.setAttribute("aria-label", this.describe(actor));
      }
      this.actorElements[actor.id] = group;
      return group;
    },
    makeRelation: function (relation) {
      var kind = this.model.relationTypes[relation.type] || { line: "solid", color: "#555555" };
      var width = this.options.widthOf ? this.options.widthOf(relation) : Drawing.WIDTHS[relation.strength] || 3;
      var drawn = Drawing.relation(relation, kind, width, this.markers[relation.type],
        this.model.relationText(relation));
      this.relationElements[relation.id] = drawn;
      this.placeRelation(relation);
      return drawn.g;
    },
    placeActor: function (id) {
      var actor = this.model.actor(id), group = this.actorElements[id], self = this;
      if (!actor || !group) { return; }
      group.setAttribute("transform", this.translate(actor));
      this.model.relationsOf(id).forEach(function (relation) { self.placeRelation(relation); });
    },
    placeRelation: function (relation) {
      var drawn = this.relationElements[relation.id];
      var from = this.model.actor(relation.source), to = this.model.actor(relation.target);
      if (!drawn || !from || !to) { return; }
      var scale = SCALE * this.model.spread, fromX = from.x * scale, fromY = from.y * scale;
      var deltaX = to.x * scale - fromX, deltaY = to.y * scale - fromY;
      var length = Math.sqrt(deltaX * deltaX + deltaY * deltaY) || 1, unitX = deltaX / length, unitY = deltaY / length;
      var offset = this.offsets[relation.id] || 0, fromGap = this.radiusOf(from) + 5, toGap = this.radiusOf(to) + 5;
      if (length < fromGap + toGap) { fromGap = toGap = 0; }
      var coords = {
        x1: fromX + unitX * fromGap - unitY * offset, y1: fromY + unitY * fromGap + unitX * offset,
        x2: fromX + deltaX - unitX * toGap - unitY * offset, y2: fromY + deltaY - unitY * toGap + unitX * offset
      };
      drawn.lines.forEach(function (line) {
        Object.keys(coords).forEach(function (key) { line.setAttribute(key, coords[key].toFixed(1)); });
      });
    },
    redrawActor: function (id) {
      var old = this.actorElements[id], hadFocus = document.activeElement === old;
      var fresh = this.makeActor(this.model.actor(id));
      this.actorLayer.replaceChild(fresh, old);
      this.placeActor(id);
      if (hadFocus) { fresh.focus({ preventScroll: true }); }
      if (this.selected && this.selected.id === id) { this.select("actor", id, true); }
    },
    onChange: function (event) {
      if (event.action === "move") { this.placeActor(event.id); return; }
      var grown = this.spread !== this.model.spread;
      if (event.action === "config" || grown) { this.drawBackground(); }
      if (event.action === "update" && event.kind === "actor" && this.actorElements[event.id]) {
        this.redrawActor(event.id);
        return;
      }
      if (event.action === "update" && event.kind === "relation") {
        this.drawRelations();
        this.refreshLabels();
        return;
      }
      if (event.action === "remove" && this.connecting === event.id) { this.cancelConnect(true); }
      this.drawItems();
      if (grown) { this.fit(); }
    },
    refreshLabels: function () {
      var self = this;
      if (this.readOnly) { return; }
      this.model.actors().forEach(function (actor) {
        var group = self.actorElements[actor.id];
        if (group) { group.setAttribute("aria-label", self.describe(actor)); }
      });
    },

    select: function (kind, id, quiet) {
      var previous = this.svg.querySelectorAll(".is-selected");
      for (var index = 0; index < previous.length; index += 1) { previous[index].classList.remove("is-selected"); }
      this.selected = id ? { kind: kind, id: id } : null;
      var relation = this.relationElements[id];
      var node = !id ? null : kind === "actor" ? this.actorElements[id] : relation && relation.g;
      if (node) { node.classList.add("is-selected"); }
      if (!quiet && this.options.onSelect) { this.options.onSelect(kind, id); }
    },
    focusActor: function (id) {
      if (this.actorElements[id]) { this.actorElements[id].focus(); this.select("actor", id, true); }
    },
    toggleConnect: function () {
      if (this.connecting || this.connectArmed) { this.cancelConnect(); return; }
      this.connectArmed = true;
      this.connectButton.setAttribute("aria-pressed", "true");
      this.say(gettext("Click the actor where the relation starts."));
    },
    startConnect: function (id) {
      this.connectArmed = false;
      this.connecting = id;
      if (this.connectButton) { this.connectButton.setAttribute("aria-pressed", "true"); }
      if (this.actorElements[id]) { this.actorElements[id].classList.add("is-source"); }
      this.say(Text.format(gettext("Relation from {label}: now choose the other actor (click it, or press R or " +
        "Enter on it). Escape cancels."), { label: this.model.actorLabel(id) }));
    },
    finishConnect: function (targetId) {
      var source = this.connecting;
      this.cancelConnect(true);
      var result = this.model.addRelation({ source: source, target: targetId });
      if (result.error) { this.say(result.error); return; }
      this.message.textContent = "";
      this.select("relation", result.id);
    },
    cancelConnect: function (quiet) {
      var marked = this.svg.querySelectorAll(".is-source");
      for (var index = 0; index < marked.length; index += 1) { marked[index].classList.remove("is-source"); }
      this.connecting = null;
      this.connectArmed = false;
      if (this.connectButton) { this.connectButton.setAttribute("aria-pressed", "false"); }
      if (!quiet) { this.say(gettext("No relation made.")); }
    },

    setBox: function (box) {
      this.box = box;
      this.svg.setAttribute("viewBox", box.map(function (number) { return number.toFixed(1); }).join(" "));
    },
    zoom: function (factor, centreX, centreY) {
      var box = this.box, width = Math.max(150, Math.min(3000, box[2] / factor)), height = width * box[3] / box[2];
      centreX = centreX === undefined ? box[0] + box[2] / 2 : centreX;
      centreY = centreY === undefined ? box[1] + box[3] / 2 : centreY;
      var shareX = (centreX - box[0]) / box[2], shareY = (centreY - box[1]) / box[3];
      this.setBox([centreX - shareX * width, centreY - shareY * height, width, height]);
    },
    bounds: function () {
      var box = this.svg.getBBox();
      if (!box.width) { box = { x: -380, y: -380, width: 760, height: 760 }; }
      var left = Math.floor(box.x / 20) * 20 - 10, top = Math.floor(box.y / 20) * 20 - 10;  // text sizes vary a bit
      return [left, top, Math.ceil((box.x + box.width - left) / 20) * 20 + 10,
        Math.ceil((box.y + box.height - top) / 20) * 20 + 10];
    },
    fit: function () {
      var box = this.bounds(), svg = this.svg, style = svg.style;
      style.width = style.height = "";
      var width = svg.clientWidth, height = svg.clientHeight;
      var small = width && Math.min(width / box[2], height / box[3]) < 0.86;
      style.width = small ? Math.max(width, box[2] * 0.9) + "px" : "";
      style.height = small ? Math.max(height, box[3] * 0.9) + "px" : "";
      this.host[small && box[2] * 0.9 > width ? "setAttribute" : "removeAttribute"]("tabindex", 0);  // keys scroll
      this.host.scrollLeft = (svg.clientWidth - width) / 2;  // the middle of the map in view
      this.setBox(box);
    },

    exportSvg: function () {
      var copy = this.svg.cloneNode(true), box = this.bounds();
      ["wb-net-focus", "wb-net-mark"].forEach(function (name) {
        var nodes = copy.querySelectorAll("." + name);
        for (var index = 0; index < nodes.length; index += 1) { nodes[index].parentNode.removeChild(nodes[index]); }
      });
      copy.removeAttribute("style");
      copy.setAttribute("viewBox", box.join(" "));
      copy.setAttribute("width", Math.round(box[2]));
      copy.setAttribute("height", Math.round(box[3]));
      var paper = Drawing.svg("rect", { x: box[0], y: box[1], width: box[2], height: box[3], fill: "#ffffff" });
      copy.insertBefore(paper, copy.firstChild);
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new XMLSerializer().serializeToString(copy);
    },
    exportPng: function (callback) {
      var source = this.exportSvg(), box = this.bounds(), image = new Image();
      var url = URL.createObjectURL(new Blob([source], { type: "image/svg+xml" }));
      image.onload = function () {
        var canvas = document.createElement("canvas");
        canvas.width = Math.round(box[2] * 2);
        canvas.height = Math.round(box[3] * 2);
        var context = canvas.getContext("2d");
        context.scale(2, 2);
        context.drawImage(image, 0, 0);
        URL.revokeObjectURL(url);
        canvas.toBlob(callback, "image/png");
      };
      image.onerror = function () { URL.revokeObjectURL(url); callback(null); };
      image.src = url;
    }
  };
  Object.assign(Canvas.prototype, global.WeerbaarNetworkCanvasInput);

  Canvas.shape = Drawing.shape;
  Canvas.WIDTHS = Drawing.WIDTHS;
  Canvas.DASHES = Drawing.DASHES;
  Canvas.SCALE = SCALE;
  global.WeerbaarNetworkCanvas = Canvas;
})(window);
